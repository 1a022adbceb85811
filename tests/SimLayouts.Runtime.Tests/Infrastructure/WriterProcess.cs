using System;
using System.Diagnostics;
using System.IO;

namespace SimLayouts.Runtime.Tests.Infrastructure;

/// <summary>
/// The writer process (SimLayouts.SeqlockWriter) publishing pages in a tight loop into a shm-style directory, in its
/// default mode (the pcars2 seqlock page) or a named one (<c>--page rf2-telemetry</c>, <c>--page r3e</c>). Starting
/// waits for its "ready"; disposing closes its stdin, which stops it.
/// </summary>
internal sealed class WriterProcess : IDisposable
{
    private readonly Process _process;

    private WriterProcess(Process process) => _process = process;

    public static WriterProcess Start(string shmDirectory, string? page = null)
    {
        var writerDll = Path.Combine(TestContext.CurrentContext.TestDirectory, "SimLayouts.SeqlockWriter.dll");
        Assert.That(File.Exists(writerDll), Is.True, $"the writer helper at {writerDll}");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(writerDll);
        start.ArgumentList.Add(shmDirectory);
        if (page is not null)
        {
            start.ArgumentList.Add("--page");
            start.ArgumentList.Add(page);
        }

        var process = Process.Start(start)!;
        var ready = process.StandardOutput.ReadLineAsync();
        if (!ready.Wait(TimeSpan.FromSeconds(30)) || ready.Result != "ready")
        {
            process.Kill();
            Assert.Fail("the writer process did not start");
        }

        return new WriterProcess(process);
    }

    public void Dispose()
    {
        _process.StandardInput.Close();
        if (!_process.WaitForExit(10_000))
        {
            _process.Kill();
        }

        _process.Dispose();
    }
}
