using System;
using System.IO;
using System.Linq;
using SimLayouts.Generator.Tests.Infrastructure;

namespace SimLayouts.Generator.Tests;

/// <summary>
/// Builds a real project outside the repository with the real compiler: the generator is referenced as an
/// analyzer, YamlDotNet must load beside it, the project gets its own layout registry and presence metadata, and
/// the layout loop (edit YAML, build, use the accessor) works.
/// </summary>
[Category("Build")]
public sealed class ConsumerBuildTests
{
    private string _project = string.Empty;

    [OneTimeSetUp]
    public void CreateProject()
    {
        _project = Directory.CreateTempSubdirectory("simlayouts-consumer-").FullName;
        var fixture = Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "Consumer");
        File.Copy(Path.Combine(fixture, "Program.cs"), Path.Combine(_project, "Program.cs"));
        File.Copy(Path.Combine(fixture, "dashboard.layout.yaml"), Path.Combine(_project, "dashboard.layout.yaml"));
        var root = RepositoryPaths.Root;
        File.WriteAllText(Path.Combine(_project, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <GenerateDocumentationFile>true</GenerateDocumentationFile>
                <AnalysisLevel>latest</AnalysisLevel>
                <NoWarn>$(NoWarn);NU1603</NoWarn>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{root}/generator/SimLayouts.Generator/SimLayouts.Generator.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                <ProjectReference Include="{root}/runtime/SimLayouts.Runtime/SimLayouts.Runtime.csproj" />
                <AdditionalFiles Include="*.layout.yaml" />
              </ItemGroup>
            </Project>
            """);
    }

    [OneTimeTearDown]
    public void DeleteProject()
    {
        try
        {
            Directory.Delete(_project, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    /// <summary>Three builds in sequence: each step starts from the state the previous one left.</summary>
    [Test]
    public void Build_run_add_a_field_rebuild_then_break_the_yaml()
    {
        A_consumer_project_builds_with_the_generator_as_an_analyzer_and_runs();
        Adding_a_field_in_yaml_and_building_gives_its_accessor();
        A_mistake_in_yaml_fails_the_build_with_the_sl_diagnostic_at_its_line_and_column();
    }

    private void A_consumer_project_builds_with_the_generator_as_an_analyzer_and_runs()
    {
        var build = Dotnet("build");
        Assert.That(build.ExitCode, Is.EqualTo(0), build.Output);
        Assert.That(build.Output, Does.Not.Contain("CS8784").And.Not.Contain("CS8785").And.Not.Contain("warning"));

        var run = Dotnet("run --no-build");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Output);
        Assert.That(run.Output, Does.Contain("7 212.5 On ACE"));
        Assert.That(run.Output, Does.Contain("pcars2 33"));
        Assert.That(run.Output, Does.Contain("dashboard 'Dashboard demo' /api/ingest/dashboard-shared-memory dashboard-lines power: POWER_OFF,POWER_SHUTDOWN"), "the project's registry and presence");
        Assert.That(run.Output, Does.Contain("built in: " + string.Join(",", BundledLayoutNames())), "the runtime's registry");
    }

    /// <summary>The names of the layouts in layouts/ (their <c>layout:</c> lines), ordered as the registry orders them.</summary>
    private static string[] BundledLayoutNames() =>
        [.. Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "layouts"), "*.layout.yaml")
            .Select(path => File.ReadLines(path).First(line => line.StartsWith("layout:", StringComparison.Ordinal))["layout:".Length..].Trim())
            .Order(StringComparer.Ordinal)];

    private void Adding_a_field_in_yaml_and_building_gives_its_accessor()
    {
        Edit("dashboard.layout.yaml", "      - { name: driver,", "      - { name: gear, offset: 24, type: i8, doc: \"Gear, -1 reverse.\" }\n      - { name: driver,");
        Edit("Program.cs", "//EXTRA-WRITE", "writer.Gear = -1;");
        Edit("Program.cs", "//EXTRA-READ", "Console.WriteLine($\"gear {view.Gear} at {DashboardPageLayout.Offsets.Gear}\");");

        var build = Dotnet("build");
        Assert.That(build.ExitCode, Is.EqualTo(0), build.Output);
        var run = Dotnet("run --no-build");
        Assert.That(run.Output, Does.Contain("gear -1 at 24"));
    }

    private void A_mistake_in_yaml_fails_the_build_with_the_sl_diagnostic_at_its_line_and_column()
    {
        Edit("dashboard.layout.yaml", "{ name: light, offset: 8, type: u8,", "{ name: light, offset: 8, type: byte,");

        var (line, column) = FileText.PositionOf(Path.Combine(_project, "dashboard.layout.yaml"), "byte,");

        var build = Dotnet("build");

        Assert.That(build.ExitCode, Is.Not.EqualTo(0));
        Assert.That(build.Output, Does.Contain($"dashboard.layout.yaml({line},{column}): error SL0005: Unknown type 'byte'"), build.Output);
    }

    private void Edit(string file, string find, string replace) => FileText.Replace(Path.Combine(_project, file), find, replace);

    private DotnetResult Dotnet(string arguments) => DotnetCli.Run(_project, arguments);
}
