using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using NUnit.Framework;
using SimLayouts.Bridge.Simulation;
using SimLayouts.Bridge.Tests.Infrastructure;
using SimLayouts.Pcars2;
using SimLayouts.Recording;
using SimLayouts.SeqlockWriter;

namespace SimLayouts.Bridge.Tests.Hostile;

/// <summary>
/// Files that shrink, grow, vanish and are replaced while the real program reads them, the writer being another
/// process: no fault (a mapped file that shrinks kills its reader with SIGBUS), no hang, no frame from a partial
/// page, and every recorded frame replays.
/// </summary>
[Category("Hostile")]
[NonParallelizable]
public sealed class ChangingFilesTests
{
    private TemporaryDirectory _temporary = null!;

    private string SegmentPath => Path.Combine(_temporary.Path, SharedMemoryLayout.SegmentName);

    [SetUp]
    public void SetUp()
    {
        _temporary = new TemporaryDirectory("churn");
    }

    [TearDown]
    public void TearDown() => _temporary?.Dispose();

    [Test]
    public async Task A_page_file_cut_to_100_bytes_under_bridge_print_is_waited_for_and_read_again_once_whole()
    {
        var page = Path.Combine(_temporary.Path, "page.bin");
        File.WriteAllBytes(page, SimulatedPage());
        using var bridge = CliProcess.Start(["bridge", "--source", "file:" + page, "--print", "--interval", "0.005", "--frames", "600"], pumpOutput: false);
        var lines = bridge.Process.StandardOutput;
        var first = await lines.ReadLineAsync().WaitAsync(CliProcess.Bound);
        Assert.That(first, Is.Not.Null, bridge.Error);

        // `truncate -s 100 PAGE`, then the page written again.
        using (var file = new FileStream(page, FileMode.Open, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete))
        {
            file.SetLength(100);
        }

        Assert.That(bridge.WaitForError("holds 100 bytes"), Is.True, "the bridge says the page is short; stderr:\n" + bridge.Error);
        File.WriteAllBytes(page, SimulatedPage());
        var rest = await lines.ReadToEndAsync().WaitAsync(CliProcess.Bound);
        var result = bridge.WaitForExit();

        NoCrash.Check(result, 0);
        var frames = rest.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(frames.Length + 1, Is.EqualTo(600));
        foreach (var frame in frames)
        {
            using var json = JsonDocument.Parse(frame);
            FrameChecks.AssertPcars2Frame(json.RootElement, json.RootElement.GetProperty("sequence").GetInt64());
        }
    }

    [Test]
    public void A_segment_churned_by_another_process_never_faults_record_or_bridge_and_only_whole_pages_are_recorded()
    {
        using var writer = StartChurningWriter(seconds: 6);
        var recording = Path.Combine(_temporary.Path, "churn.slrec");
        using var record = CliProcess.Start(["record", "pcars2", "--shm-dir", _temporary.Path, "--interval-ms", "0", "--out", recording]);
        using var bridge = CliProcess.Start(["bridge", "--shm-dir", _temporary.Path, "--print", "--interval", "0.001"]);
        Assert.That(record.WaitForError("Attached") && bridge.WaitForError("Attached"), Is.True, "both attached before the churn:\n" + record.Error + bridge.Error);

        Churn(writer);
        var recorded = record.Stop();
        var bridged = bridge.Stop();

        NoCrash.Check(recorded, 0);
        NoCrash.Check(bridged, 0);
        foreach (var line in bridged.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using (JsonDocument.Parse(line))
            {
            }
        }

        var (frames, partial) = ReplayEveryFrame(recording);
        TestContext.Out.WriteLine($"{frames} frames recorded, {bridged.Output.Count(c => c == '\n')} printed; record said:\n{recorded.Error}");
        Assert.That(frames, Is.GreaterThan(10), "the churn was recorded");
        Assert.That(partial, Is.Zero, "frames from a partial or torn page");
        Assert.That(recorded.Error, Does.Contain("removed or replaced").And.Contain("fewer than the 20576 of a whole page"), "the reader saw the file cut short and replaced");
    }

    [Test]
    public void A_page_file_churned_by_another_process_never_faults_a_file_source_and_every_recorded_frame_replays()
    {
        using var writer = StartChurningWriter(seconds: 5);
        var recording = Path.Combine(_temporary.Path, "file.slrec");
        using var record = CliProcess.Start(["record", "pcars2", "--source", "file:" + SegmentPath, "--interval-ms", "1", "--out", recording]);
        Assert.That(record.WaitForError("Attached"), Is.True, record.Error);

        Churn(writer);
        var recorded = record.Stop();

        // A page file is data: it is read as it is, even while something writes it (with a warning if caught
        // mid-write); what matters here is that nothing faults or hangs and that the recording is sound.
        NoCrash.Check(recorded, 0);
        var (frames, _) = ReplayEveryFrame(recording);
        Assert.That(frames, Is.GreaterThan(1));
    }

    [Test]
    public void A_page_file_removed_under_the_bridge_is_waited_for_and_read_when_it_is_back()
    {
        var page = Path.Combine(_temporary.Path, "page.bin");
        File.WriteAllBytes(page, SimulatedPage());
        using var bridge = CliProcess.Start(["bridge", "--source", "file:" + page, "--print", "--interval", "0.01", "--frames", "300"]);
        Assert.That(bridge.WaitForError("Attached"), Is.True, bridge.Error);

        File.Delete(page);
        Assert.That(bridge.WaitForError("not found"), Is.True, "the bridge says the page went; stderr:\n" + bridge.Error);
        File.WriteAllBytes(page, SimulatedPage());
        var result = bridge.WaitForExit();

        NoCrash.Check(result, 0);
        Assert.That(result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(300));
    }

    // Tells the writer to start churning, and waits until it has finished.
    private static void Churn(CliProcess writer)
    {
        writer.Process.StandardInput.WriteLine("go");
        writer.Process.StandardInput.Flush();
        var done = writer.Process.StandardOutput.ReadLineAsync();
        Assert.That(done.Wait(CliProcess.Bound) && done.Result == "done", Is.True, "the writer finished its churn: " + writer.Error);
    }

    private CliProcess StartChurningWriter(int seconds)
    {
        var writer = CliProcess.StartWriter(_temporary.Path, "--churn", seconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var ready = writer.Process.StandardOutput.ReadLineAsync();
        Assert.That(ready.Wait(CliProcess.Bound) && ready.Result == "ready", Is.True, "the writer started: " + writer.Error);
        return writer;
    }

    // Every frame of the recording, replayed; how many of its pages are not one whole update of the writer's.
    private static (int Frames, int Partial) ReplayEveryFrame(string path)
    {
        using var reader = RecordingReader.Open(path, Pcars2Layout.Description);
        var frames = 0;
        var partial = 0;
        while (reader.TryReadFrame())
        {
            frames++;
            if (!TestPage.IsWhole(reader.Page(0), out var update))
            {
                partial++;
                var words = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, uint>(reader.Page(0)).ToArray();
                var summary = string.Join(" ", Enumerable.Range(0, words.Length).Where(i => i == 0 || words[i] != words[i - 1]).Select(i => $"[{i}]={words[i]}"));
                TestContext.Out.WriteLine($"partial page in frame {frames} at {reader.Timestamp} length {reader.Page(0).Length} update {update}: {summary}");
            }
        }

        Assert.That(reader.StopReason, Is.Null, "every recorded frame replays");
        return (frames, partial);
    }

    private static byte[] SimulatedPage()
    {
        var simulator = new Pcars2Simulator();
        simulator.Advance(TimeSpan.FromSeconds(30));
        var page = new byte[SharedMemoryLayout.Size];
        simulator.WritePage(page);
        return page;
    }
}
