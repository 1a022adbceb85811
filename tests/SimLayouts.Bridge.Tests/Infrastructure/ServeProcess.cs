using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text.RegularExpressions;
using System.Threading;
using NUnit.Framework;

namespace SimLayouts.Bridge.Tests.Infrastructure;

/// <summary>
/// <c>simlayouts serve</c> as a user runs it: a child process (<c>dotnet simlayouts.dll serve … --port 0</c>) whose
/// address is read from its status line; stderr is kept for assertions and failure messages.
/// </summary>
internal sealed partial class ServeProcess : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _errorLines = new();

    private ServeProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    /// <summary>The server's root (<c>http://127.0.0.1:PORT/</c>).</summary>
    public Uri Address { get; private set; }

    /// <summary>Every status line so far.</summary>
    public string Error => string.Join('\n', _errorLines);

    /// <summary>Starts the server with <paramref name="arguments"/> (after <c>serve</c>) and waits until it listens.</summary>
    public static ServeProcess Start(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(TestContext.CurrentContext.TestDirectory, "simlayouts.dll"));
        start.ArgumentList.Add("serve");
        foreach (var argument in arguments.Append("--port").Append("0"))
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var server = new ServeProcess(process, new Uri("http://127.0.0.1/"));
        using var listening = new ManualResetEventSlim();
        process.ErrorDataReceived += (_, line) =>
        {
            if (line.Data is null)
            {
                return;
            }

            server._errorLines.Enqueue(line.Data);
            if (Listening().Match(line.Data) is { Success: true } match)
            {
                server.Address = new Uri(match.Groups[1].Value + "/");
                listening.Set();
            }
        };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        var deadline = DateTime.UtcNow + StartTimeout;
        while (!listening.Wait(100))
        {
            if (process.HasExited || DateTime.UtcNow > deadline)
            {
                server.Dispose();
                Assert.Fail($"simlayouts serve did not start listening: {server.Error}");
            }
        }

        return server;
    }

    /// <summary>A client for the server, with a generous timeout for a loaded machine.</summary>
    public HttpClient Client(HttpMessageHandler? handler = null) =>
        new(handler ?? new SocketsHttpHandler(), disposeHandler: true) { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(60) };

    /// <inheritdoc/>
    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // It exited by itself meanwhile.
        }

        _process.Dispose();
    }

    [GeneratedRegex(@" on (http://[^/ ]+)/ ")]
    private static partial Regex Listening();
}
