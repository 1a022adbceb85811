using System;
using System.IO;
using System.Linq;
using SimLayouts.Generator.Tests.Infrastructure;
using SimLayouts.Pcars2;

namespace SimLayouts.Generator.Tests.Packaging;

/// <summary>
/// samples/SimLayouts.Sample, copied out of the repository, restored from the local feed by PackageReference into
/// an isolated NuGet cache, built as strictly as a careful consumer builds, and run.
/// </summary>
[Category("Build")]
public sealed class SampleAppTests
{
    private string _sample = string.Empty;
    private DotnetResult _restore = null!;
    private DotnetResult _build = null!;

    private static PackageFeed Feed => PackageFeedSetup.Feed;

    [OneTimeSetUp]
    public void RestoreAndBuild()
    {
        _sample = Feed.CopySample("sample-app");
        _restore = Feed.Dotnet(_sample, "restore");
        _build = Feed.Dotnet(_sample, "build --no-restore");
        TestContext.Progress.WriteLine($"sample: restore {_restore.Elapsed.TotalSeconds:0.0} s, build {_build.Elapsed.TotalSeconds:0.0} s");
    }

    [Test]
    public void The_packages_are_restored_from_the_local_feed_into_the_isolated_cache()
    {
        Assert.That(_restore.ExitCode, Is.EqualTo(0), _restore.Output);
        Assert.That(Path.Combine(Feed.NuGetCache, "simlayouts.runtime", Feed.Version, $"simlayouts.runtime.{Feed.Version}.nupkg"), Does.Exist);
        Assert.That(Path.Combine(Feed.NuGetCache, "simlayouts.generator", Feed.Version, $"simlayouts.generator.{Feed.Version}.nupkg"), Does.Exist);
    }

    [Test]
    public void The_sample_builds_without_a_single_warning_with_docs_nullable_and_latest_analysis_on()
    {
        Assert.That(_build.ExitCode, Is.EqualTo(0), _build.Output);
        Assert.That(_build.Output, Does.Contain("0 Warning(s)").And.Not.Contain("warning"), _build.Output);
        var project = File.ReadAllText(Path.Combine(_sample, "SimLayouts.Sample.csproj"));
        Assert.That(project, Does.Contain("<TreatWarningsAsErrors>true</TreatWarningsAsErrors>")
            .And.Contain("<GenerateDocumentationFile>true</GenerateDocumentationFile>")
            .And.Contain("<Nullable>enable</Nullable>")
            .And.Contain("<AnalysisLevel>latest</AnalysisLevel>")
            .And.Not.Contain("NoWarn"));
    }

    [Test]
    public void The_generator_compiles_the_samples_own_layout_found_without_listing_it()
    {
        Assert.That(_build.ExitCode, Is.EqualTo(0), _build.Output);
        var generated = Directory.GetFiles(Path.Combine(_sample, "obj"), "*.g.cs", SearchOption.AllDirectories)
            .Select(Path.GetFileName)
            .ToArray();

        Assert.That(generated, Does.Contain("SimLayouts.Sample.Dashboard.DashboardPageView.g.cs"));
        Assert.That(File.ReadAllText(Path.Combine(_sample, "SimLayouts.Sample.csproj")), Does.Not.Contain("AdditionalFiles"));
    }

    [Test]
    public void The_generator_is_not_a_dependency_of_the_built_app()
    {
        Assert.That(_build.ExitCode, Is.EqualTo(0), _build.Output);
        var output = Path.Combine(_sample, "bin", "Debug", "net10.0");

        Assert.That(Path.Combine(output, "SimLayouts.Runtime.dll"), Does.Exist);
        Assert.That(Path.Combine(output, "SimLayouts.Generator.dll"), Does.Not.Exist);
        Assert.That(Path.Combine(output, "YamlDotNet.dll"), Does.Not.Exist);
        Assert.That(File.ReadAllText(Path.Combine(output, "SimLayouts.Sample.deps.json")), Does.Not.Contain("SimLayouts.Generator"));
    }

    [Test]
    public void Without_a_file_the_sample_reads_a_page_it_writes_and_fills_its_own_dashboard_page()
    {
        var run = Run(string.Empty);

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Output);
        Assert.That(run.Output, Does.Contain("pcars2: a page built with SharedMemoryWritableView, 20700 bytes, revision v14, version 14"));
        Assert.That(run.Output, Does.Contain("pcars2: Formula Demo at Brands Hatch, IngamePlaying, 52.50 m/s, gear 4, 8800/9000 rpm"));
        Assert.That(run.Output, Does.Contain("dashboard: packet 1, 189.0 km/h, gear 4, 8800/9000 rpm, shift light Flash, driver Ace Driver"));
        Assert.That(run.Output, Does.Contain(@"dashboard page: 32 bytes, segment Local\simlayouts_sample_dashboard, 7 fields"));
    }

    [Test]
    public void With_a_file_the_sample_reads_that_pcars2_page_even_of_an_older_revision()
    {
        // A v9 (Project CARS 2) page is shorter than today's: the sample must read it as it is.
        var page = new byte[SharedMemoryView.Page.Revisions[0].Size];
        var writer = new SharedMemoryWritableView(page);
        writer.Version = 9;
        writer.GameState = GameState.IngamePaused;
        writer.CarName = "Old Car";
        writer.TrackLocation = "Old Track";
        writer.Speed = 10f;
        writer.Rpm = 4000f;
        writer.MaxRPM = 8000f;
        writer.Gear = -1;
        writer.ViewedParticipantIndex = 3;
        var driver = writer.ParticipantInfo[3];
        driver.Name = "Old Driver";
        var path = Path.Combine(Feed.Root, "v9-page.bin");
        File.WriteAllBytes(path, page);

        var run = Run($"\"{path}\"");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Output);
        Assert.That(run.Output, Does.Contain($"pcars2: {path}, 20576 bytes, revision v9, version 9"));
        Assert.That(run.Output, Does.Contain("pcars2: Old Car at Old Track, IngamePaused, 10.00 m/s, gear -1, 4000/8000 rpm"));
        Assert.That(run.Output, Does.Contain("dashboard: packet 1, 36.0 km/h, gear -1, 4000/8000 rpm, shift light Off, driver Old Driver"));
    }

    [Test]
    public void A_file_that_is_not_a_pcars2_page_gets_one_clear_message()
    {
        var path = Path.Combine(Feed.Root, "short.bin");
        File.WriteAllBytes(path, new byte[100]);

        var run = Run($"\"{path}\"");

        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Output.Trim(), Is.EqualTo($"SimLayouts.Sample: {path} holds 100 bytes, fewer than any pcars2 page revision (20576 bytes or more)"));
    }

    private DotnetResult Run(string arguments)
    {
        Assert.That(_build.ExitCode, Is.EqualTo(0), _build.Output);
        return Feed.Dotnet(_sample, $"bin/Debug/net10.0/SimLayouts.Sample.dll {arguments}");
    }
}
