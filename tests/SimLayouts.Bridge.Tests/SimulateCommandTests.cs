using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using NUnit.Framework;
using SimLayouts.Bridge.Commands;
using SimLayouts.Bridge.Simulation;
using SimLayouts.Bridge.Tests.Infrastructure;
using SimLayouts.Pcars2;

namespace SimLayouts.Bridge.Tests;

/// <summary><c>simlayouts simulate</c> and <c>simlayouts bench</c> as a user runs them.</summary>
[NonParallelizable]
public sealed class SimulateCommandTests
{
    private string _directory = null!;

    [SetUp]
    public void SetUp()
    {
        _directory = Path.Combine(Path.GetTempPath(), "simlayouts-sim-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_directory, recursive: true);

    [Test]
    public void Simulate_publishes_for_the_duration_and_removes_the_segments()
    {
        var result = CommandLine.Run("simulate", "acevo", "--shm-dir", _directory, "--rate", "50", "--duration", "0.3");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        Assert.That(result.Error, Does.Contain($"simulating acevo at 50 Hz into {Path.Combine(_directory, "acevo_pmf_physics")}").And.Contain("for 0.3 s"));
        Assert.That(result.Error, Does.Match(@"published \d+ frames of acevo; removing the segments\."));
        Assert.That(Directory.GetFiles(_directory), Is.Empty);
    }

    [TestCase("--rate", "0")]
    [TestCase("--duration", "-1")]
    public void Simulate_rejects_bad_numbers(string option, string value)
    {
        var result = CommandLine.Run("simulate", "pcars2", "--shm-dir", _directory, option, value);

        Assert.That(result.ExitCode, Is.EqualTo(SimulateCommand.UsageExitCode));
        Assert.That(Directory.GetFiles(_directory), Is.Empty);
    }

    [Test]
    public void Simulate_plays_an_older_pcars2_version_in_a_shorter_segment_with_its_version_number()
    {
        using var simulation = SimulateInBackground("pcars2", "--revision", "v9");
        var file = WaitForPage("$pcars2$");

        Assert.That(new FileInfo(file).Length, Is.EqualTo(SharedMemoryView.Page.Revisions.Single(revision => revision.Name == "v9").Size));
        var dump = CommandLine.Run("dump", "pcars2", "--shm-dir", _directory);

        Assert.That(dump.ExitCode, Is.EqualTo(0), dump.Error);
        Assert.That(dump.Error, Does.Contain("mVersion is 9, older than 14"));
        using var json = JsonDocument.Parse(dump.Output);
        Assert.That(json.RootElement.GetProperty("version").GetInt64(), Is.EqualTo(9));
        Assert.That(json.RootElement.TryGetProperty("launchStage", out _), Is.False, "a v14 field is unavailable in a v9 page");
        Assert.That(json.RootElement.GetProperty("participantInfo").GetArrayLength(), Is.GreaterThanOrEqualTo(20));
        Assert.That(simulation.Finish().Error, Does.Contain("simulating pcars2 (revision v9)"));
    }

    [Test]
    public void Simulate_plays_an_older_acevo_revision_with_only_the_pages_that_were_shorter_then()
    {
        using var simulation = SimulateInBackground("acevo", "--revision", "2026-03-31");
        var graphics = WaitForPage("acevo_pmf_graphics");
        var physics = WaitForPage("acevo_pmf_physics");
        WaitForPage("acevo_pmf_static");

        Assert.That(new FileInfo(graphics).Length, Is.EqualTo(3940));
        Assert.That(new FileInfo(physics).Length, Is.EqualTo(AcEvo.PhysicsView.Page.Size));
        var dump = CommandLine.Run("dump", "acevo", "--shm-dir", _directory);

        Assert.That(dump.ExitCode, Is.EqualTo(0), dump.Error);
        using var json = JsonDocument.Parse(dump.Output);
        Assert.That(json.RootElement.GetProperty("graphics").TryGetProperty("carIds", out _), Is.False, "car_ids came with 2026-04-01");
        Assert.That(json.RootElement.GetProperty("graphics").TryGetProperty("packetId", out _), Is.True);
        simulation.Finish();
    }

    [Test]
    public void Simulate_plays_raceroom_3_4_by_its_minor_version_and_dump_leaves_out_what_3_5_named()
    {
        using var simulation = SimulateInBackground("r3e", "--revision", "3.4");
        WaitForPage("$R3E");
        var dump = CommandLine.Run("dump", "r3e", "--shm-dir", _directory);

        Assert.That(dump.ExitCode, Is.EqualTo(0), dump.Error);
        using var json = JsonDocument.Parse(dump.Output);
        Assert.That(json.RootElement.GetProperty("versionMinor").GetInt32(), Is.EqualTo(4));
        Assert.That(json.RootElement.TryGetProperty("gamePlayerInGarage", out _), Is.False, "named in 3.5");
        Assert.That(json.RootElement.TryGetProperty("numCars", out _), Is.True);
        simulation.Finish();
    }

    [Test]
    public void Simulate_names_the_revisions_when_given_an_unknown_one()
    {
        var result = CommandLine.Run("simulate", "pcars2", "--shm-dir", _directory, "--revision", "v99", "--duration", "1");

        Assert.That(result.ExitCode, Is.EqualTo(SimulateCommand.UsageExitCode));
        Assert.That(result.Error, Does.Contain("pcars2 has no revision 'v99' (revisions: v9, v10, v11, v12, v13, v14)."));
        Assert.That(Directory.GetFiles(_directory), Is.Empty);
    }

    [Test]
    public void Bench_reports_one_json_object_with_zero_bytes_allocated_per_frame()
    {
        var page = Path.Combine(_directory, "page.bin");
        var simulator = new Pcars2Simulator();
        simulator.Advance(TimeSpan.FromSeconds(200));
        var bytes = new byte[SharedMemoryLayout.Size];
        simulator.WritePage(bytes);
        File.WriteAllBytes(page, bytes);

        var result = CommandLine.Run("bench", "pcars2", "--source", "file:" + page, "--frames", "300", "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        using var report = JsonDocument.Parse(result.Output);
        Assert.That(report.RootElement.GetProperty("frames").GetInt64(), Is.EqualTo(300));
        Assert.That(report.RootElement.GetProperty("usPerFrame").GetDouble(), Is.GreaterThan(0));
        Assert.That(report.RootElement.GetProperty("allocatedBytesPerFrame").GetDouble(), Is.EqualTo(0));
    }

    /// <summary>Runs <c>simulate</c> in-process on another thread for a few seconds.</summary>
    private BackgroundSimulation SimulateInBackground(string game, params string[] options) =>
        new(System.Threading.Tasks.Task.Run(() => CommandLine.Run(["simulate", game, "--shm-dir", _directory, "--rate", "50", "--duration", "3", .. options])));

    /// <summary>Waits until the segment file holds a published page (it is created zero-filled just before).</summary>
    private string WaitForPage(string fileName)
    {
        var path = Path.Combine(_directory, fileName);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!HoldsAPage(path))
        {
            Assert.That(DateTime.UtcNow, Is.LessThan(deadline), "no page in " + path);
            System.Threading.Thread.Sleep(20);
        }

        return path;
    }

    private static bool HoldsAPage(string path)
    {
        try
        {
            return Array.Exists(File.ReadAllBytes(path), value => value != 0);
        }
        catch (IOException)
        {
            return false;
        }
    }

    private sealed class BackgroundSimulation(System.Threading.Tasks.Task<CommandResult> run) : IDisposable
    {
        public CommandResult Finish()
        {
            Assert.That(run.Wait(TimeSpan.FromSeconds(60)), Is.True, "simulate did not stop");
            Assert.That(run.Result.ExitCode, Is.EqualTo(0), run.Result.Error);
            return run.Result;
        }

        public void Dispose() => run.Wait(TimeSpan.FromSeconds(60));
    }

    [Test]
    public void Bench_says_which_build_it_measured_and_warns_about_debug_figures()
    {
        var page = Path.Combine(_directory, "page.bin");
        var bytes = new byte[SharedMemoryLayout.Size];
        new Pcars2Simulator().WritePage(bytes);
        File.WriteAllBytes(page, bytes);
        var debug = typeof(Program).Assembly.GetCustomAttributes(typeof(System.Diagnostics.DebuggableAttribute), false) is [System.Diagnostics.DebuggableAttribute { IsJITOptimizerDisabled: true }];

        var json = CommandLine.Run("bench", "pcars2", "--source", "file:" + page, "--frames", "10", "--format", "json");
        var text = CommandLine.Run("bench", "pcars2", "--source", "file:" + page, "--frames", "10");

        using var report = JsonDocument.Parse(json.Output);
        Assert.That(report.RootElement.GetProperty("build").GetString(), Is.EqualTo(debug ? "Debug" : "Release"));
        Assert.That(text.Output, Does.Contain(debug ? "(Debug build)" : "(Release build)"));
        Assert.That(json.Error.Contains("warning: this is a Debug build", StringComparison.Ordinal), Is.EqualTo(debug), json.Error);
    }

    [Test]
    public void Bench_explains_a_missing_page()
    {
        var result = CommandLine.Run("bench", "pcars2", "--source", "file:" + Path.Combine(_directory, "none.bin"));

        Assert.That(result.ExitCode, Is.EqualTo(BenchCommand.UsageExitCode));
        Assert.That(result.Error, Does.Contain("no such file"));
    }
}
