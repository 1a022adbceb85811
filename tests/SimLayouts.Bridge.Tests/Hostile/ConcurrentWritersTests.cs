using System;
using System.IO;
using System.Text.RegularExpressions;
using System.Threading;
using NUnit.Framework;
using SimLayouts.Bridge.Commands;
using SimLayouts.Bridge.Tests.Infrastructure;
using SimLayouts.Pcars2;
using SimLayouts.Recording;

namespace SimLayouts.Bridge.Tests.Hostile;

/// <summary>
/// Two processes that would write the same file: a second <c>record --out</c> of a file being recorded, and a second
/// <c>simulate</c> into a shm directory being published. The second one refuses in one line before it changes
/// anything; the first one's work is intact.
/// </summary>
[Category("Hostile")]
[NonParallelizable]
public sealed class ConcurrentWritersTests
{
    private TemporaryDirectory _temporary = null!;

    [SetUp]
    public void SetUp()
    {
        _temporary = new TemporaryDirectory("writers");
    }

    [TearDown]
    public void TearDown() => _temporary?.Dispose();

    [Test]
    public void A_second_record_of_the_same_file_refuses_and_the_first_recording_replays_whole()
    {
        var path = Path.Combine(_temporary.Path, "same.slrec");
        using var first = CliProcess.Start(["record", "pcars2", "--source", "sim", "--interval-ms", "20", "--out", path]);
        Assert.That(first.WaitForError("Attached"), Is.True, first.Error);

        var second = CliProcess.Run("record", "pcars2", "--source", "sim", "--interval-ms", "20", "--out", path);
        var recorded = first.Stop();

        NoCrash.Check(second, RecordCommand.OutputExitCode);
        Assert.That(second.Error, Is.EqualTo($"simlayouts: cannot write {path}: {path} is being written by another process.\n"));
        NoCrash.Check(recorded, 0);
        var written = long.Parse(Regex.Match(recorded.Error, @"recorded (\d+) frames").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        using var reader = RecordingReader.Open(path, Pcars2Layout.Description);
        var replayed = 0;
        while (reader.TryReadFrame())
        {
            replayed++;
        }

        Assert.That(reader.StopReason, Is.Null, "no damaged frame");
        Assert.That(replayed, Is.EqualTo(written).And.GreaterThan(0));
    }

    [Test]
    public void A_second_simulate_into_the_same_directory_refuses_and_leaves_the_first_publishing()
    {
        var segment = Path.Combine(_temporary.Path, SharedMemoryLayout.SegmentName);
        using var first = CliProcess.Start(["simulate", "pcars2", "--shm-dir", _temporary.Path, "--rate", "100"]);
        Assert.That(first.WaitForError("simulating pcars2"), Is.True, first.Error);

        var second = CliProcess.Run("simulate", "pcars2", "--shm-dir", _temporary.Path, "--rate", "100", "--duration", "1");

        NoCrash.Check(second, SimulateCommand.SegmentExitCode);
        Assert.That(second.Error, Does.Contain($"{segment} is being written by another process."));
        Assert.That(File.Exists(segment), Is.True, "the second simulate did not remove the first one's segment");
        var counter = Counter(segment);
        var deadline = DateTime.UtcNow + CliProcess.Bound;
        while (Counter(segment) == counter && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(20);
        }

        Assert.That(Counter(segment), Is.Not.EqualTo(counter), "the first simulate still publishes");
        NoCrash.Check(first.Stop(), 0);
        Assert.That(File.Exists(segment), Is.False, "the first simulate removed its segment when it stopped");
    }

    private static uint Counter(string segment)
    {
        using var file = new FileStream(segment, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var bytes = new byte[sizeof(uint)];
        file.Position = SharedMemoryLayout.Offsets.SequenceNumber;
        file.ReadExactly(bytes);
        return BitConverter.ToUInt32(bytes);
    }
}
