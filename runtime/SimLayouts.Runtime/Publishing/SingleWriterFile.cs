using System;
using System.IO;

namespace SimLayouts.Publishing;

/// <summary>
/// Opens a file that one process at a time may write (a recording, a published segment): a second writer is
/// refused at once, before it changes a byte, while readers are not affected. Windows enforces it through the
/// share mode; Linux and FreeBSD through a record lock (<c>fcntl</c>), which readers never take. Elsewhere
/// (macOS) nothing is enforced.
/// </summary>
internal static class SingleWriterFile
{
    /// <summary>Opens (creating if needed, never truncating) <paramref name="path"/> for writing.</summary>
    /// <exception cref="IOException">Another process writes the file, or it cannot be opened; one sentence.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be written.</exception>
    public static FileStream Open(string path, FileAccess access, int bufferSize)
    {
        // Readers share writing, so denying other writers leaves them alone (Windows); Unix ignores share modes
        // other than None, which would lock readers out too.
        var share = OperatingSystem.IsWindows() ? FileShare.Read | FileShare.Delete : FileShare.ReadWrite | FileShare.Delete;
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.OpenOrCreate, access, share, bufferSize);
        }
        catch (IOException exception) when (OperatingSystem.IsWindows() && IsSharingViolation(exception))
        {
            throw new IOException($"{path} is being written by another process.", exception);
        }

        if (OperatingSystem.IsLinux() || OperatingSystem.IsFreeBSD())
        {
            try
            {
                stream.Lock(0, 1);
            }
            catch (IOException exception)
            {
                stream.Dispose();
                throw new IOException($"{path} is being written by another process.", exception);
            }
        }

        return stream;
    }

    private static bool IsSharingViolation(IOException exception) => (exception.HResult & 0xFFFF) is 32 or 33;
}
