using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using NUnit.Framework;
using SimLayouts.Bridge.Tests.Infrastructure;

namespace SimLayouts.Bridge.Tests.Bridging;

/// <summary>
/// The whole path across processes: <c>simlayouts simulate</c> in a child process writes real shared-memory files,
/// the bridge in this process reads them and POSTs to a real HTTP server on 127.0.0.1 that checks every frame.
/// </summary>
[NonParallelizable]
public sealed class EndToEndTests
{
    private string _directory = null!;

    [SetUp]
    public void SetUp()
    {
        _directory = Path.Combine(Path.GetTempPath(), "simlayouts-e2e-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_directory, recursive: true);

    [Test]
    public void The_simulator_in_one_process_feeds_the_bridge_in_another_which_posts_to_the_server()
    {
        using var simulator = StartSimulator("pcars2");
        WaitForPages(simulator, "$pcars2$");
        using var server = new IngestServer(IngestServer.FreePort());

        var result = CommandLine.Run("bridge", "--shm-dir", _directory, "--url", server.Url.ToString(), "--frames", "15", "--interval", "0.05", "--no-wait");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        Assert.That(server.Problems, Is.Empty);
        var frames = server.Frames.Select(frame => frame.RootElement).ToArray();
        Assert.That(frames, Has.Length.EqualTo(15));
        for (var index = 0; index < frames.Length; index++)
        {
            FrameChecks.AssertPcars2Frame(frames[index], index);
        }

        // The pages are live: the leader's lap distance moves between the first and the last frame.
        Assert.That(LapDistances(frames[^1]), Is.Not.EqualTo(LapDistances(frames[0])));
        Assert.That(result.Error, Does.Contain($"Attached to pcars2 through shared memory files in {_directory}").And.Match(@"done: 15 frames sent, 0 failed, \d+ dropped"));
        StopSimulator(simulator);
    }

    [Test]
    public void AC_EVO_goes_the_same_way_through_its_three_segments()
    {
        using var simulator = StartSimulator("acevo");
        WaitForPages(simulator, "acevo_pmf_physics", "acevo_pmf_graphics", "acevo_pmf_static");
        using var server = new IngestServer(IngestServer.FreePort());

        var result = CommandLine.Run("bridge", "--game", "acevo", "--shm-dir", _directory, "--url", server.Url.ToString(), "--frames", "5", "--interval", "0.1", "--no-wait");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        var frames = server.Frames.Select(frame => frame.RootElement).ToArray();
        Assert.That(frames.Select(frame => frame.GetProperty("sequence").GetInt64()), Is.EqualTo(new long[] { 0, 1, 2, 3, 4 }));
        // A frame goes out every interval whether or not the simulator (starved on a loaded machine) published
        // since the last one: pages never go back, and they do move.
        var packetIds = frames.Select(frame => frame.GetProperty("physics").GetProperty("packetId").GetInt64()).ToArray();
        Assert.That(packetIds, Is.Ordered.Ascending, "never an older physics page");
        Assert.That(packetIds[^1], Is.GreaterThan(packetIds[0]), "the pages are live");
        Assert.That(frames.All(frame => frame.GetProperty("graphics").ValueKind == System.Text.Json.JsonValueKind.Object && frame.GetProperty("static").ValueKind == System.Text.Json.JsonValueKind.Object));
        StopSimulator(simulator);
    }

    [Test]
    public void RaceRoom_goes_the_same_way_through_its_one_page_without_a_protocol()
    {
        using var simulator = StartSimulator("r3e");
        WaitForPages(simulator, "$R3E");
        using var server = new IngestServer(IngestServer.FreePort());

        var result = CommandLine.Run("bridge", "--game", "r3e", "--shm-dir", _directory, "--url", server.Url.ToString(), "--frames", "5", "--interval", "0.1", "--no-wait");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        var pages = server.Frames.Select(frame => frame.RootElement.GetProperty("shared")).ToArray();
        Assert.That(pages, Has.Length.EqualTo(5));
        Assert.That(pages.Select(page => page.GetProperty("versionMajor").GetInt32()), Is.All.EqualTo(3));
        var cars = pages[0].GetProperty("numCars").GetInt32();
        Assert.That(cars, Is.GreaterThan(1));
        Assert.That(pages[0].GetProperty("allDriversData1").GetArrayLength(), Is.EqualTo(cars), "the driver array is trimmed to num_cars");
        var ticks = pages.Select(page => page.GetProperty("player").GetProperty("gameSimulationTicks").GetInt64()).ToArray();
        Assert.That(ticks, Is.Ordered.Ascending, "never an older page");
        Assert.That(ticks[^1], Is.GreaterThan(ticks[0]), "the page is live");
        StopSimulator(simulator);
    }

    [Test]
    public void RFactor2_goes_the_same_way_through_its_nine_version_block_pages()
    {
        using var simulator = StartSimulator("rf2");
        string[] segments = ["$rFactor2SMMP_Telemetry$", "$rFactor2SMMP_Scoring$", "$rFactor2SMMP_Rules$", "$rFactor2SMMP_MultiRules$", "$rFactor2SMMP_ForceFeedback$", "$rFactor2SMMP_Graphics$", "$rFactor2SMMP_PitInfo$", "$rFactor2SMMP_Weather$", "$rFactor2SMMP_Extended$"];
        WaitForPages(simulator, segments);
        using var server = new IngestServer(IngestServer.FreePort());

        var result = CommandLine.Run("bridge", "--game", "rf2", "--shm-dir", _directory, "--url", server.Url.ToString(), "--frames", "5", "--interval", "0.1", "--no-wait");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        var frames = server.Frames.Select(frame => frame.RootElement).ToArray();
        Assert.That(frames, Has.Length.EqualTo(5));
        Assert.That(frames[0].EnumerateObject().Select(property => property.Name).Skip(3), Is.EqualTo(new[] { "telemetry", "scoring", "rules", "multiRules", "forceFeedback", "graphics", "pitInfo", "weather", "extended" }));
        var telemetry = frames.Select(frame => frame.GetProperty("telemetry")).ToArray();
        var cars = telemetry[0].GetProperty("numVehicles").GetInt32();
        Assert.That(telemetry[0].GetProperty("vehicles").GetArrayLength(), Is.EqualTo(cars), "vehicles trimmed to mNumVehicles");
        Assert.That(telemetry[0].GetProperty("vehicles")[0].GetProperty("wheel").GetArrayLength(), Is.EqualTo(4), "wheels inside vehicles");
        var scoring = frames[0].GetProperty("scoring");
        Assert.That(scoring.GetProperty("vehicles").GetArrayLength(), Is.EqualTo(scoring.GetProperty("scoringInfo").GetProperty("numVehicles").GetInt32()).And.EqualTo(cars), "scoring's vehicles trimmed to mScoringInfo.mNumVehicles");
        var rules = frames[0].GetProperty("rules");
        Assert.That(rules.GetProperty("participants").GetArrayLength(), Is.EqualTo(rules.GetProperty("trackRules").GetProperty("numParticipants").GetInt32()).And.EqualTo(cars), "trimmed to mTrackRules.mNumParticipants");
        Assert.That(rules.GetProperty("actions").GetArrayLength(), Is.EqualTo(rules.GetProperty("trackRules").GetProperty("numActions").GetInt32()), "trimmed to mTrackRules.mNumActions");
        var multiRules = frames[0].GetProperty("multiRules");
        Assert.That(multiRules.GetProperty("participants").GetArrayLength(), Is.EqualTo(multiRules.GetProperty("multiSessionRules").GetProperty("numParticipants").GetInt32()).And.EqualTo(cars), "trimmed to mMultiSessionRules.mNumParticipants");
        var versions = telemetry.Select(page => page.GetProperty("versionUpdateBegin").GetInt64()).ToArray();
        Assert.That(versions, Is.Ordered.Ascending, "never an older telemetry page");
        Assert.That(versions[^1], Is.GreaterThan(versions[0]), "the pages are live");
        Assert.That(telemetry.Select(page => page.GetProperty("versionUpdateEnd").GetInt64()), Is.EqualTo(versions), "every page whole: begin equals end");
        Assert.That(frames[0].GetProperty("extended").GetProperty("version").GetString(), Is.EqualTo("3.7.15.1"));
        StopSimulator(simulator);
    }

    private static double[] LapDistances(System.Text.Json.JsonElement frame) =>
        [.. frame.GetProperty("packets")[2].GetProperty("data").GetProperty("participants").EnumerateArray().Select(participant => participant.GetProperty("currentLapDistance").GetDouble())];

    private Process StartSimulator(string game)
    {
        var dll = Path.Combine(TestContext.CurrentContext.TestDirectory, "simlayouts.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { dll, "simulate", game, "--shm-dir", _directory, "--rate", "60", "--duration", "30" },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        return Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
    }

    /// <summary>
    /// Waits until the simulator has published into every segment: a file appears (zero-filled) before its first
    /// page, and a bridge started in between rightly sees no game yet.
    /// </summary>
    private void WaitForPages(Process simulator, params string[] segmentFiles)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        foreach (var path in segmentFiles.Select(name => Path.Combine(_directory, name)))
        {
            while (!HoldsAPage(path))
            {
                Assert.That(simulator.HasExited, Is.False, () => "the simulator exited: " + simulator.StandardError.ReadToEnd());
                Assert.That(DateTime.UtcNow, Is.LessThan(deadline), "the simulator did not publish " + path);
                Thread.Sleep(50);
            }
        }
    }

    private static bool HoldsAPage(string path)
    {
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            var bytes = new byte[file.Length];
            file.ReadExactly(bytes);
            return Array.Exists(bytes, value => value != 0);
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static void StopSimulator(Process simulator)
    {
        if (!simulator.HasExited)
        {
            simulator.Kill();
        }

        simulator.WaitForExit(5000);
    }
}
