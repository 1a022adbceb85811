using System.ComponentModel;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;
using NUnit.Framework;

namespace SimLayouts.Bridge.Tests.Infrastructure;

/// <summary>Runs python3 for the tests that compare with the seed; ignores the test when python3 is missing.</summary>
internal static class Python
{
    /// <summary>The reconstructed seed bridge, copied next to the test assembly.</summary>
    public static string SeedBridgeScript => Path.Combine(TestContext.CurrentContext.TestDirectory, "oracle", "seed_bridge.py");

    /// <summary>Runs <c>python3</c> with <paramref name="arguments"/> and returns its stdout; fails on a non-zero exit.</summary>
    public static string Run(string standardInput, params string[] arguments)
    {
        var start = new ProcessStartInfo("python3")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new Win32Exception("python3 did not start");
        }
        catch (Win32Exception error)
        {
            Assert.Ignore($"python3 is not available ({error.Message}); the comparison with the seed needs it.");
            throw;
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            process.StandardInput.Write(standardInput);
            process.StandardInput.Close();
            Task.WaitAll(output, error);
            process.WaitForExit();
            Assert.That(process.ExitCode, Is.Zero, $"python3 {string.Join(' ', arguments)} failed:\n{error.Result}");
            return output.Result;
        }
    }
}
