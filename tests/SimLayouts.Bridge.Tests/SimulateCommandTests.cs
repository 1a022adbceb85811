using System;
using System.IO;
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

    [Test]
    public void Bench_explains_a_missing_page()
    {
        var result = CommandLine.Run("bench", "pcars2", "--source", "file:" + Path.Combine(_directory, "none.bin"));

        Assert.That(result.ExitCode, Is.EqualTo(BenchCommand.UsageExitCode));
        Assert.That(result.Error, Does.Contain("no such file"));
    }
}
