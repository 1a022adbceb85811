using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using NUnit.Framework;

namespace SimLayouts.Bridge.Tests.Infrastructure;

/// <summary>What a <c>simlayouts</c> process printed and how it ended.</summary>
internal sealed record CliResult(int ExitCode, string Output, string Error);

/// <summary>
/// <c>simlayouts</c> (or the writer process) as a real child process: faults such as SIGBUS, hangs and writes into
/// closed pipes only show for real there, and cannot take the test runner down with them. Every wait is bounded;
/// a process still running at the bound is killed and the test fails.
/// </summary>
internal sealed class CliProcess : IDisposable
{
    /// <summary>How long any child may take: generous, for a loaded two-core machine.</summary>
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(90);

    private readonly StringBuilder _output = new();
    private readonly StringBuilder _error = new();
    private readonly Task? _outputPump;
    private readonly Task _errorPump;

    private CliProcess(Process process, bool pumpOutput)
    {
        Process = process;
        _errorPump = Pump(process.StandardError, _error);
        if (pumpOutput)
        {
            _outputPump = Pump(process.StandardOutput, _output);
        }
    }

    public Process Process { get; }

    /// <summary>Standard error so far.</summary>
    public string Error
    {
        get
        {
            lock (_error)
            {
                return _error.ToString();
            }
        }
    }

    /// <summary>Starts <c>simlayouts</c> with <paramref name="args"/>.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="pumpOutput">False to read standard output yourself (<see cref="Process"/>), e.g. to close it.</param>
    /// <param name="asUser">A numeric user id to run as (root only, with setpriv), or null.</param>
    public static CliProcess Start(IEnumerable<string> args, bool pumpOutput = true, int? asUser = null) =>
        StartDll("simlayouts.dll", args, pumpOutput, asUser);

    /// <summary>Starts the writer process (SimLayouts.SeqlockWriter) with <paramref name="args"/>.</summary>
    public static CliProcess StartWriter(params string[] args) => StartDll("SimLayouts.SeqlockWriter.dll", args, pumpOutput: false, asUser: null);

    /// <summary>Runs <c>simlayouts</c> to its end (bounded) and returns what it printed.</summary>
    public static CliResult Run(params string[] args)
    {
        using var process = Start(args);
        return process.WaitForExit();
    }

    /// <summary>Asks the process to stop as Ctrl+C or a service manager would (SIGTERM), then waits for it (bounded).</summary>
    public CliResult Stop()
    {
        if (!Process.HasExited)
        {
            using var kill = System.Diagnostics.Process.Start("kill", ["-TERM", Process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            kill.WaitForExit();
        }

        return WaitForExit();
    }

    /// <summary>Waits until standard error contains <paramref name="text"/> (bounded); false if the process ended first.</summary>
    public bool WaitForError(string text)
    {
        var deadline = DateTime.UtcNow + Bound;
        while (!Error.Contains(text, StringComparison.Ordinal))
        {
            if (Process.HasExited || DateTime.UtcNow > deadline)
            {
                return Error.Contains(text, StringComparison.Ordinal);
            }

            System.Threading.Thread.Sleep(20);
        }

        return true;
    }

    /// <summary>Waits for the process to end, at most <see cref="Bound"/>; a process still running then fails the test.</summary>
    public CliResult WaitForExit(TimeSpan? bound = null)
    {
        if (!Process.WaitForExit(bound ?? Bound))
        {
            Process.Kill(entireProcessTree: true);
            Process.WaitForExit();
            Assert.Fail($"'{Process.StartInfo.ArgumentList[1]}' did not end within {(bound ?? Bound).TotalSeconds} s (a hang). stderr:\n{Error}");
        }

        // The exit of the process does not wait for our reads of its pipes.
        Task.WaitAll(_outputPump is null ? [_errorPump] : [_errorPump, _outputPump], Bound);
        lock (_output)
        {
            return new CliResult(Process.ExitCode, _output.ToString(), Error);
        }
    }

    public void Dispose()
    {
        if (!Process.HasExited)
        {
            Process.Kill(entireProcessTree: true);
            Process.WaitForExit();
        }

        Process.Dispose();
    }

    private static CliProcess StartDll(string dll, IEnumerable<string> args, bool pumpOutput, int? asUser)
    {
        var path = Path.Combine(TestContext.CurrentContext.TestDirectory, dll);
        Assert.That(File.Exists(path), Is.True, path);
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        var start = new ProcessStartInfo(asUser is null ? host : "setpriv")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asUser is { } user)
        {
            foreach (var argument in (string[])["--reuid", $"{user}", "--regid", $"{user}", "--clear-groups", "--", FullPath(host)])
            {
                start.ArgumentList.Add(argument);
            }

            start.Environment["HOME"] = Path.GetTempPath();
            start.Environment["DOTNET_CLI_HOME"] = Path.GetTempPath();
        }

        start.ArgumentList.Add(path);
        foreach (var argument in args)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        return new CliProcess(Process.Start(start) ?? throw new InvalidOperationException("the process did not start"), pumpOutput);
    }

    private static string FullPath(string host)
    {
        if (Path.IsPathRooted(host))
        {
            return host;
        }

        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
        {
            var candidate = Path.Combine(directory, host);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return host;
    }

    private static async Task Pump(StreamReader reader, StringBuilder into)
    {
        var buffer = new char[4096];
        int read;
        while ((read = await reader.ReadAsync(buffer).ConfigureAwait(false)) > 0)
        {
            lock (into)
            {
                into.Append(buffer, 0, read);
            }
        }
    }
}
