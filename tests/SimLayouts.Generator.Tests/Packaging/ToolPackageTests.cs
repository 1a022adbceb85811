using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using SimLayouts.Generator.Tests.Infrastructure;

namespace SimLayouts.Generator.Tests.Packaging;

/// <summary>
/// The command line as a .NET tool: <c>dotnet tool install --global simlayouts</c> from the local feed gives a
/// <c>simlayouts</c> command that runs. Hermetic: a HOME, DOTNET_CLI_HOME and NuGet cache of its own, and a
/// nuget.config that knows the local feed only.
/// </summary>
[Category("Build")]
public sealed class ToolPackageTests
{
    private static PackageFeed Feed => PackageFeedSetup.Feed;

    [Test]
    public void A_global_install_from_the_local_feed_gives_a_simlayouts_command_that_runs()
    {
        var home = Path.Combine(Feed.Root, "tool-home");
        Directory.CreateDirectory(home);
        var config = Path.Combine(home, "nuget.config");
        File.WriteAllText(config, """
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
              </packageSources>
            </configuration>
            """);
        var environment = new Dictionary<string, string>
        {
            ["HOME"] = home,
            ["DOTNET_CLI_HOME"] = home,
            ["NUGET_PACKAGES"] = Path.Combine(home, "nuget-packages"),
            ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
        };

        var install = DotnetCli.Run(
            home,
            $"tool install --global simlayouts --add-source \"{Feed.PackagesFolder}\" --configfile \"{config}\" --version {Feed.Version}",
            environment);

        Assert.That(install.ExitCode, Is.EqualTo(0), install.Output);
        var command = Path.Combine(home, ".dotnet", "tools", OperatingSystem.IsWindows() ? "simlayouts.exe" : "simlayouts");
        Assert.That(File.Exists(command), Is.True, $"{command} after: {install.Output}");

        var help = RunTool(command, environment, "--help");
        Assert.That(help.ExitCode, Is.EqualTo(0), help.Error);
        Assert.That(help.Output, Does.Contain("SimLayouts: typed sim-racing telemetry").And.Contain("simulate"));

        var games = RunTool(command, environment, "games");
        Assert.That(games.ExitCode, Is.EqualTo(0), games.Error);
        Assert.That(games.Output, Does.Contain("pcars2\t").And.Contain("acevo\t"));
    }

    [Test]
    public void The_tool_package_is_a_dotnet_tool_named_simlayouts()
    {
        Assert.That(File.Exists(Feed.PackagePath("simlayouts")), Is.True, "dotnet pack SimLayouts.sln packs the tool");
        using var archive = System.IO.Compression.ZipFile.OpenRead(Feed.PackagePath("simlayouts"));
        var settings = archive.GetEntry("tools/net10.0/any/DotnetToolSettings.xml");
        Assert.That(settings, Is.Not.Null, "a tool package has DotnetToolSettings.xml");
        using var reader = new StreamReader(settings!.Open());
        Assert.That(reader.ReadToEnd(), Does.Contain("Name=\"simlayouts\"").And.Contain("EntryPoint=\"simlayouts.dll\""));
    }

    private static (int ExitCode, string Output, string Error) RunTool(string command, IReadOnlyDictionary<string, string> environment, string arguments)
    {
        var start = new ProcessStartInfo(command, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        Assert.That(process.WaitForExit(60_000), Is.True, $"simlayouts {arguments} did not exit");
        return (process.ExitCode, output, error.Result);
    }
}
