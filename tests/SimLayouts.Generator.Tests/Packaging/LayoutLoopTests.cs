using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using SimLayouts.Generator.Tests.Infrastructure;

namespace SimLayouts.Generator.Tests.Packaging;

/// <summary>
/// The layout author's loop through the packages: edit the sample's YAML, build, use the new accessor; make a
/// mistake, get the SL error at its file, line and column. Every test starts from the sample as committed.
/// </summary>
[Category("Build")]
public sealed class LayoutLoopTests
{
    private const string GearLine = "      - { name: gear, offset: 12, type: i8,";
    private string _sample = string.Empty;

    private static PackageFeed Feed => PackageFeedSetup.Feed;

    private string Layout => Path.Combine(_sample, "layouts", "dashboard.layout.yaml");

    private string Program => Path.Combine(_sample, "Program.cs");

    private string Project => Path.Combine(_sample, "SimLayouts.Sample.csproj");

    [OneTimeSetUp]
    public void RestoreAndBuild()
    {
        _sample = Feed.CopySample("layout-loop");
        var restore = Feed.Dotnet(_sample, "restore");
        Assert.That(restore.ExitCode, Is.EqualTo(0), restore.Output);
        var build = Feed.Dotnet(_sample, "build --no-restore");
        Assert.That(build.ExitCode, Is.EqualTo(0), build.Output);
    }

    [SetUp]
    public void ResetToTheCommittedSample()
    {
        var committed = Path.Combine(RepositoryPaths.Root, "samples", "SimLayouts.Sample");
        File.Copy(Path.Combine(committed, "layouts", "dashboard.layout.yaml"), Layout, overwrite: true);
        File.Copy(Path.Combine(committed, "Program.cs"), Program, overwrite: true);
        File.Copy(Path.Combine(committed, "SimLayouts.Sample.csproj"), Project, overwrite: true);
    }

    [Test]
    public void A_field_added_in_yaml_is_an_accessor_after_the_next_build()
    {
        FileText.Replace(Layout, GearLine, "      - { name: position, offset: 14, type: u8, doc: \"Race position.\" }\n" + GearLine);
        FileText.Replace(Program, "return 0;", """
            new DashboardPageWritableView(dashboard).Position = 3;
            Console.WriteLine($"position {new DashboardPageView(dashboard).Position} at offset {DashboardPageLayout.Offsets.Position}");
            return 0;
            """);

        var build = Feed.Dotnet(_sample, "build --no-restore");
        TestContext.Progress.WriteLine($"sample: incremental build after a YAML edit {build.Elapsed.TotalSeconds:0.0} s");

        Assert.That(build.ExitCode, Is.EqualTo(0), build.Output);
        var run = Feed.Dotnet(_sample, "bin/Debug/net10.0/SimLayouts.Sample.dll");
        Assert.That(run.Output, Does.Contain("position 3 at offset 14"));
        Assert.That(run.Output, Does.Contain("dashboard page: 32 bytes, segment Local\\simlayouts_sample_dashboard, 8 fields"));
    }

    [Test]
    public void A_mistake_in_yaml_fails_the_build_with_the_sl_error_at_its_file_line_and_column()
    {
        FileText.Replace(Layout, "{ name: light, offset: 13, type: u8,", "{ name: light, offset: 13, type: byte,");
        var (line, column) = FileText.PositionOf(Layout, "byte,");

        var build = Feed.Dotnet(_sample, "build --no-restore");

        Assert.That(build.ExitCode, Is.Not.EqualTo(0));
        Assert.That(build.Output, Does.Contain($"{Layout}({line},{column}): error SL0005: Unknown type 'byte'"), build.Output);
    }

    [Test]
    public void A_project_that_lists_its_layout_itself_passes_it_to_the_compiler_once_with_its_own_metadata()
    {
        // The package adds **/*.layout.yaml on its own. The compiler happens to tolerate a file given twice, but
        // the IDE would show it twice and other tools reading AdditionalFiles would see it twice: the project's
        // own entry (spelt differently here, with a Link) must be the only one.
        FileText.Replace(Project, "</Project>", """
              <ItemGroup>
                <AdditionalFiles Include="./layouts/dashboard.layout.yaml" Link="Layouts/dashboard.layout.yaml" />
              </ItemGroup>
            </Project>
            """);

        var items = Feed.Dotnet(_sample, "msbuild -getItem:AdditionalFiles");
        var build = Feed.Dotnet(_sample, "build --no-restore");

        Assert.That(items.ExitCode, Is.EqualTo(0), items.Output);
        var layouts = JsonDocument.Parse(items.Output).RootElement.GetProperty("Items").GetProperty("AdditionalFiles")
            .EnumerateArray()
            .Where(item => item.GetProperty("FullPath").GetString() == Layout)
            .ToArray();
        Assert.That(layouts, Has.Length.EqualTo(1), items.Output);
        Assert.That(layouts[0].GetProperty("Link").GetString(), Is.EqualTo("Layouts/dashboard.layout.yaml"));
        Assert.That(build.ExitCode, Is.EqualTo(0), build.Output);
    }

    [Test]
    public void A_project_can_turn_the_automatic_layout_files_off()
    {
        FileText.Replace(Project, "</PropertyGroup>", "  <EnableSimLayoutsDefaultItems>false</EnableSimLayoutsDefaultItems>\n  </PropertyGroup>");

        var items = Feed.Dotnet(_sample, "msbuild -getItem:AdditionalFiles");

        Assert.That(items.ExitCode, Is.EqualTo(0), items.Output);
        Assert.That(items.Output, Does.Not.Contain("dashboard.layout.yaml"));
    }
}
