using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using NUnit.Framework;
using SimLayouts.Bridge.Tests.Infrastructure;

namespace SimLayouts.Bridge.Tests.Exporting;

/// <summary>
/// A long session never sits in memory whole: exporting a 30-minute recording peaks at about the memory of exporting a
/// 1-minute one. Each export runs as its own process and its peak resident memory (VmHWM) is read from /proc.
/// </summary>
[NonParallelizable]
[Platform("Linux")]
public sealed class ExportMemoryTests
{
    // The Parquet footer keeps a few hundred bytes per column per row group (about 2 MB a group for pcars2's 2,220
    // columns, 30 groups in 30 minutes) and the garbage collector has its slack; 30 minutes of rows held in memory
    // would take over 1 GB (108,000 rows of 2,220 values).
    private const long AllowedGrowthBytes = 128L << 20;

    private string _directory = null!;

    [SetUp]
    public void SetUp()
    {
        _directory = Path.Combine(Path.GetTempPath(), "simlayouts-memory-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_directory, recursive: true);

    [Test]
    public void Exporting_a_30_minute_recording_peaks_at_about_the_memory_of_a_1_minute_one()
    {
        var layout = ExportTests.Layout("pcars2");
        var shortRecording = Path.Combine(_directory, "short.rec");
        var longRecording = Path.Combine(_directory, "long.rec");
        var shortFrames = SyntheticRecording.Write(shortRecording, layout, TimeSpan.FromMinutes(1));
        var longFrames = SyntheticRecording.Write(longRecording, layout, TimeSpan.FromMinutes(30));

        var shortPeak = PeakMemoryOfExport(shortRecording);
        var longPeak = PeakMemoryOfExport(longRecording);

        TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"1 minute: {shortFrames} frames, {new FileInfo(shortRecording).Length / 1e6:0.0} MB recorded, peak {shortPeak / 1e6:0.0} MB; 30 minutes: {longFrames} frames, {new FileInfo(longRecording).Length / 1e6:0.0} MB recorded, {new FileInfo(Path.ChangeExtension(longRecording, ".parquet")).Length / 1e6:0.0} MB of Parquet, peak {longPeak / 1e6:0.0} MB"));
        Assert.That(longFrames, Is.GreaterThan(30 * shortFrames - shortFrames));
        Assert.That(longPeak, Is.LessThan(shortPeak + AllowedGrowthBytes));
    }

    private static long PeakMemoryOfExport(string recording)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(TestContext.CurrentContext.TestDirectory, "simlayouts.dll"), "export", recording },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var error = process.StandardError.ReadToEndAsync();
        long peak = 0;
        var deadline = DateTime.UtcNow.AddMinutes(10);
        while (!process.HasExited && DateTime.UtcNow < deadline)
        {
            peak = Math.Max(peak, HighWaterMark(process.Id));
            Thread.Sleep(20);
        }

        Assert.That(process.WaitForExit(60_000), Is.True, "the export did not finish");
        Assert.That(process.ExitCode, Is.EqualTo(0), error.Result);
        Assert.That(peak, Is.GreaterThan(0), "no memory reading");
        return peak;
    }

    // VmHWM: the process's peak resident set so far, in kB.
    private static long HighWaterMark(int processId)
    {
        try
        {
            var line = File.ReadLines($"/proc/{processId}/status").FirstOrDefault(text => text.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
