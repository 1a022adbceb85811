using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using SimLayouts.Generator.Tests.Infrastructure;

namespace SimLayouts.Generator.Tests;

/// <summary>
/// Builds a real project outside the repository with the real compiler: the generator is referenced as an
/// analyzer, YamlDotNet must load beside it, and the layout loop (edit YAML, build, use the accessor) works.
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
    }

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

        var lines = File.ReadAllLines(Path.Combine(_project, "dashboard.layout.yaml"));
        var line = Array.FindIndex(lines, l => l.Contains("type: byte", StringComparison.Ordinal));
        var column = lines[line].IndexOf("byte", StringComparison.Ordinal);

        var build = Dotnet("build");

        Assert.That(build.ExitCode, Is.Not.EqualTo(0));
        // MSBuild prints one-based positions.
        Assert.That(build.Output, Does.Contain($"dashboard.layout.yaml({line + 1},{column + 1}): error SL0005: Unknown type 'byte'"), build.Output);
    }

    private void Edit(string file, string find, string replace)
    {
        var path = Path.Combine(_project, file);
        var text = File.ReadAllText(path);
        Assert.That(text, Does.Contain(find));
        File.WriteAllText(path, text.Replace(find, replace, StringComparison.Ordinal));
    }

    private (int ExitCode, string Output) Dotnet(string arguments)
    {
        var start = new ProcessStartInfo("dotnet", arguments + " -nologo" + (arguments.StartsWith("build", StringComparison.Ordinal) ? " -v:m -nodeReuse:false" : string.Empty))
        {
            WorkingDirectory = _project,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"dotnet {arguments} timed out");
        }

        process.WaitForExit();
        return (process.ExitCode, output.ToString());
    }
}
