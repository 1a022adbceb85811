using System.IO;
using BenchmarkDotNet.Running;

namespace SimLayouts.Benchmarks;

internal static class Program
{
    public static void Main(string[] args)
    {
        // `--write-page PATH` saves FrameBenchmarks' page so the Python seed can be timed on the very same bytes.
        if (args is ["--write-page", var path])
        {
            File.WriteAllBytes(path, FrameBenchmarks.CreatePage());
            return;
        }

        _ = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
