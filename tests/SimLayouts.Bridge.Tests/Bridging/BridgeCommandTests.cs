using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;
using SimLayouts.Bridge.Commands;
using SimLayouts.Bridge.Simulation;
using SimLayouts.Bridge.Tests.Infrastructure;
using SimLayouts.Pcars2;
using SimLayouts.Publishing;

namespace SimLayouts.Bridge.Tests.Bridging;

/// <summary><c>simlayouts bridge</c> (and <c>simlayouts</c> alone) as a user runs it: options, --print, waiting for the game.</summary>
[NonParallelizable]
public sealed class BridgeCommandTests
{
    private string _directory = null!;

    [SetUp]
    public void SetUp()
    {
        _directory = Path.Combine(Path.GetTempPath(), "simlayouts-bridge-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_directory, recursive: true);

    [TestCase("0")]
    [TestCase("-0.5")]
    [TestCase("NaN")]
    [TestCase("1e-7")]
    [TestCase("1e300")]
    [TestCase("abc")]
    public void An_interval_out_of_range_is_rejected_with_one_clear_line(string interval)
    {
        var result = CommandLine.Run("bridge", "--interval", interval, "--source", "sim", "--print");

        Assert.That(result.ExitCode, Is.EqualTo(BridgeCommand.UsageExitCode));
        Assert.That(result.Error, Is.EqualTo($"simlayouts: --interval must be a number of seconds from 0.001 to 86400, not '{interval}'. See 'simlayouts bridge --help'.\n"));
        Assert.That(result.Output, Is.Empty);
    }

    [TestCase("0")]
    [TestCase("1e-9")]
    [TestCase("1e300")]
    public void A_timeout_out_of_range_is_rejected(string timeout)
    {
        var result = CommandLine.Run("bridge", "--timeout", timeout, "--source", "sim");

        Assert.That(result.ExitCode, Is.EqualTo(BridgeCommand.UsageExitCode));
        Assert.That(result.Error, Does.StartWith("simlayouts: --timeout must be a number of seconds from 0.001 to 86400"));
    }

    [TestCase("pcars2", "http://127.0.0.1:3000/api/ingest/shared-memory")]
    [TestCase("acevo", "http://127.0.0.1:3000/api/ingest/acevo-shared-memory")]
    public void Each_game_posts_to_its_default_url_every_fifth_of_a_second(string game, string url)
    {
        var result = CommandLine.Run("bridge", "--game", game, "--shm-dir", _directory, "--no-wait");

        Assert.That(result.Error, Does.Contain($"every 0.2 s, posting frames to {url}."));
    }

    [Test]
    public void Help_shows_the_seeds_defaults()
    {
        var result = CommandLine.Run("bridge", "--help");

        Assert.That(result.Output, Does.Match(@"--interval <S>\s+Seconds between frames\. \[default: 0\.2\]"));
        Assert.That(result.Output, Does.Match(@"--timeout <S>\s+HTTP timeout in seconds\. \[default: 2\]"));
        Assert.That(result.Output, Does.Contain("--once").And.Contain("--print").And.Contain("--no-wait").And.Contain("--frames <N>"));
    }

    [Test]
    public void Print_writes_one_compact_frame_per_line_on_stdout_and_status_on_stderr()
    {
        var result = CommandLine.Run("bridge", "--source", "sim", "--print", "--frames", "5", "--interval", "0.02");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Length.EqualTo(5));
        for (var sequence = 0; sequence < lines.Length; sequence++)
        {
            using var frame = JsonDocument.Parse(lines[sequence]);
            FrameChecks.AssertPcars2Frame(frame.RootElement, sequence);
        }

        Assert.That(result.Output, Does.Not.Contain("simlayouts:"));
        Assert.That(result.Error, Does.Contain("Attached to pcars2 through the built-in pcars2 simulator").And.Contain("done: 5 frames printed"));
    }

    [Test]
    public void Indented_frames_are_for_people_and_once_prints_one()
    {
        var result = CommandLine.Run("bridge", "--source", "sim", "--print", "--indented", "--once");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        Assert.That(result.Output.Split('\n').Length, Is.GreaterThan(100));
        using var frame = JsonDocument.Parse(result.Output);
        FrameChecks.AssertPcars2Frame(frame.RootElement, 0);
    }

    [Test]
    public void AC_EVO_frames_hold_the_three_pages_as_generated_json()
    {
        var result = CommandLine.Run("bridge", "--game", "acevo", "--source", "sim", "--print", "--frames", "3", "--interval", "0.02");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Length.EqualTo(3));
        for (var sequence = 0; sequence < lines.Length; sequence++)
        {
            using var document = JsonDocument.Parse(lines[sequence]);
            var frame = document.RootElement;
            Assert.That(frame.EnumerateObject().Select(property => property.Name), Is.EqualTo(new[] { "source", "sequence", "capturedAt", "physics", "graphics", "static" }));
            Assert.That(frame.GetProperty("sequence").GetInt64(), Is.EqualTo(sequence));
            Assert.That(frame.GetProperty("physics").GetProperty("packetId").GetInt32(), Is.GreaterThan(0));
            Assert.That(frame.GetProperty("static").GetProperty("smVersion").GetString(), Is.EqualTo(AcEvoSimulator.SharedMemoryVersion));
        }
    }

    [Test]
    public void No_wait_without_a_game_gives_the_message_and_a_non_zero_exit_code()
    {
        var result = CommandLine.Run("bridge", "--shm-dir", _directory, "--no-wait", "--print");

        Assert.That(result.ExitCode, Is.EqualTo(BridgeCommand.NoGameExitCode));
        Assert.That(result.Error, Does.Contain("segment $pcars2$ not found").And.Contain("no game: pcars2 is not running. Start the game with shared memory enabled first"));
        Assert.That(result.Output, Is.Empty);
    }

    [Test]
    public void Simlayouts_alone_runs_the_bridge()
    {
        var result = CommandLine.Run("--shm-dir", _directory, "--no-wait");

        Assert.That(result.ExitCode, Is.EqualTo(BridgeCommand.NoGameExitCode));
        Assert.That(result.Error, Does.Contain("posting frames to http://127.0.0.1:3000/api/ingest/shared-memory").And.Contain("no game"));
    }

    [Test]
    public void Once_from_a_page_file_saved_mid_write_prints_the_frame_with_a_warning()
    {
        var page = new byte[SharedMemoryLayout.Size];
        var simulator = new Pcars2Simulator();
        simulator.Advance(TimeSpan.FromSeconds(20));
        simulator.WritePage(page);
        new SharedMemoryWritableView(page).SequenceNumber = 41;
        var path = Path.Combine(_directory, "page.bin");
        File.WriteAllBytes(path, page);

        var result = CommandLine.Run("bridge", "--source", "file:" + path, "--once", "--print");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        using var frame = JsonDocument.Parse(result.Output);
        FrameChecks.AssertPcars2Frame(frame.RootElement, 0);
        Assert.That(result.Error, Does.Contain("warning: page file").And.Contain("was saved while its writer was writing it (seqlock counter mSequenceNumber is 41)"));
    }

    [TestCase(0)]
    [TestCase(100)]
    [TestCase(20000)]
    public void Once_from_a_page_file_too_short_to_be_a_page_ends_with_exit_code_1_saying_why(int length)
    {
        var path = Path.Combine(_directory, "short.bin");
        File.WriteAllBytes(path, new byte[length]);

        var result = CommandLine.Run("bridge", "--source", "file:" + path, "--once", "--print");

        Assert.That(result.ExitCode, Is.EqualTo(BridgeCommand.NoGameExitCode));
        Assert.That(result.Output, Is.Empty, "no frame of made-up zeros");
        Assert.That(result.Error, Does.Contain($"holds {length} bytes, fewer than the 20576 of a whole page (revision v9).").And.Contain("nothing to send"));
    }

    [Test]
    public void Once_from_a_page_file_prints_one_frame_and_exits_0_whatever_the_game_state_says()
    {
        foreach (var state in Enum.GetValues<GameState>())
        {
            var page = new byte[SharedMemoryLayout.Size];
            var simulator = new Pcars2Simulator();
            simulator.Advance(TimeSpan.FromSeconds(20));
            simulator.WritePage(page);
            new SharedMemoryWritableView(page).GameState = state;
            var path = Path.Combine(_directory, $"{state}.bin");
            File.WriteAllBytes(path, page);

            var result = CommandLine.Run("bridge", "--source", "file:" + path, "--once", "--print");

            // A file is data: a page saying the game exited is decoded, with a warning.
            Assert.That(result.ExitCode, Is.EqualTo(0), $"{state}: {result.Error}");
            using var frame = JsonDocument.Parse(result.Output);
            FrameChecks.AssertPcars2Frame(frame.RootElement, 0);
            Assert.That(result.Error.Contains("GAME_EXITED", StringComparison.Ordinal), Is.EqualTo(state == GameState.Exited), result.Error);
        }
    }

    [Test]
    public void A_replay_at_speed_max_sends_every_recorded_frame_without_waiting_for_the_interval()
    {
        var recording = Path.Combine(_directory, "session.slrec");
        Recordings.WritePcars2(recording, frames: 30, apart: TimeSpan.FromSeconds(1));

        // A day between frames: only a replay that does not wait for the interval ends.
        var result = CliProcess.Run("bridge", "--source", "replay:" + recording, "--speed", "max", "--print", "--interval", "86400");

        NoCrash.Check(result, 0);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Length.EqualTo(30), "every recorded frame, once");
        for (var sequence = 0; sequence < lines.Length; sequence++)
        {
            using var frame = JsonDocument.Parse(lines[sequence]);
            FrameChecks.AssertPcars2Frame(frame.RootElement, sequence);
        }

        Assert.That(result.Error, Does.Contain("as fast as possible").And.Contain("the source ended: 30 frames printed"));
    }

    [Test]
    public void A_replay_at_speed_max_posts_every_recorded_frame_rather_than_dropping_any()
    {
        var recording = Path.Combine(_directory, "session.slrec");
        Recordings.WritePcars2(recording, frames: 30, apart: TimeSpan.FromSeconds(1));
        using var server = new IngestServer(IngestServer.FreePort());

        var result = CommandLine.Run("bridge", "--source", "replay:" + recording, "--speed", "max", "--url", server.Url.ToString());

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        Assert.That(server.Frames.Select(frame => frame.RootElement.GetProperty("sequence").GetInt64()), Is.EqualTo(Enumerable.Range(0, 30).Select(n => (long)n)));
        Assert.That(result.Error, Does.Contain("30 frames sent, 0 failed, 0 dropped"));
    }

    [Test]
    public void A_recording_replayed_at_an_absurd_speed_still_plays()
    {
        var recording = Path.Combine(_directory, "session.slrec");
        Recordings.WritePcars2(recording, frames: 5, apart: TimeSpan.FromSeconds(1));

        var result = CommandLine.Run("bridge", "--source", "replay:" + recording, "--speed", "1e300", "--print", "--interval", "0.01");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        Assert.That(result.Output, Is.Not.Empty);
        Assert.That(result.Error, Does.Contain("the source ended"));
    }

    [Test]
    public async Task Without_no_wait_it_waits_for_the_game_and_attaches_when_it_starts()
    {
        var bridge = Task.Run(() => CommandLine.Run("bridge", "--shm-dir", _directory, "--print", "--frames", "2", "--interval", "0.02"));
        await Task.Delay(300);
        Assert.That(bridge.IsCompleted, Is.False, "the bridge waits for the game");

        using (var game = PagePublisher.Create<SharedMemoryView>(_directory))
        {
            var simulator = new Pcars2Simulator();
            var page = new byte[SharedMemoryLayout.Size];
            using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            while (!bridge.IsCompleted && !stop.IsCancellationRequested)
            {
                simulator.Advance(TimeSpan.FromMilliseconds(10));
                simulator.WritePage(page);
                game.Publish(page);
                await Task.Delay(10);
            }
        }

        var result = await bridge;
        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        Assert.That(result.Error, Does.Contain("Waiting for pcars2").And.Contain("the bridge attaches when pcars2 starts").And.Contain("Attached to pcars2"));
        Assert.That(result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(2));
    }
}
