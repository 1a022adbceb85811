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
    public void An_interval_that_is_not_positive_is_rejected_with_a_clear_message(string interval)
    {
        var result = CommandLine.Run("bridge", "--interval", interval, "--source", "sim", "--print");

        Assert.That(result.ExitCode, Is.EqualTo(BridgeCommand.UsageExitCode));
        Assert.That(result.Error, Is.EqualTo("simlayouts: --interval must be greater than 0 (seconds between frames).\n"));
        Assert.That(result.Output, Is.Empty);
    }

    [Test]
    public void A_timeout_that_is_not_positive_is_rejected()
    {
        var result = CommandLine.Run("bridge", "--timeout", "0", "--source", "sim");

        Assert.That(result.ExitCode, Is.EqualTo(BridgeCommand.UsageExitCode));
        Assert.That(result.Error, Does.Contain("--timeout must be greater than 0"));
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
