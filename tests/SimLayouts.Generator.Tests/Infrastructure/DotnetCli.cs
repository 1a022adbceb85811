using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;

namespace SimLayouts.Generator.Tests.Infrastructure;

/// <summary>What one run of the <c>dotnet</c> command line gave: exit code, stdout and stderr together, wall time.</summary>
internal sealed record DotnetResult(int ExitCode, string Output, TimeSpan Elapsed);

/// <summary>
/// Runs the real <c>dotnet</c> command line (build, pack, restore, an app) in a folder, the way a developer
/// would, with MSBuild node reuse off so that no build process outlives a test.
/// </summary>
internal static class DotnetCli
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Runs <c>dotnet {arguments}</c> in <paramref name="workingDirectory"/> with the extra environment variables
    /// given (an MSBuild property can be passed this way too); fails the test if it runs over five minutes.
    /// </summary>
    public static DotnetResult Run(string workingDirectory, string arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var isMsBuildCommand = arguments.StartsWith("build", StringComparison.Ordinal)
            || arguments.StartsWith("pack", StringComparison.Ordinal)
            || arguments.StartsWith("restore", StringComparison.Ordinal);
        var start = new ProcessStartInfo("dotnet", arguments + (isMsBuildCommand ? " -nologo -v:m -nodeReuse:false" : string.Empty))
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"dotnet {arguments} timed out after {Timeout}");
        }

        // The parameterless wait also drains the redirected streams.
        process.WaitForExit();
        clock.Stop();
        lock (output)
        {
            return new DotnetResult(process.ExitCode, output.ToString(), clock.Elapsed);
        }
    }
}
