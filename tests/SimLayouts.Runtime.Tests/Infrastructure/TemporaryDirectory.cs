using System;
using System.IO;

namespace SimLayouts.Runtime.Tests.Infrastructure;

/// <summary>A fresh directory (a stand-in for /dev/shm) removed when disposed.</summary>
internal sealed class TemporaryDirectory : IDisposable
{
    public TemporaryDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "simlayouts-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A writer process may still be closing; the OS cleans temp later.
        }
    }
}
