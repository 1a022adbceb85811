using System;
using System.IO;
using Microsoft.Win32.SafeHandles;

namespace SimLayouts.Sources;

/// <summary>
/// A segment that is a file: a <c>/dev/shm</c> file, a file in a shm directory, or a page dump. It is read with
/// positioned reads, never mapped, so a writer that shrinks, grows, replaces or removes the file cannot fault the
/// reader; <see cref="Refresh"/> follows the file's size and identity.
/// </summary>
internal sealed class FileSegment : ISegment
{
    private readonly SafeFileHandle _handle;
    private readonly FileIdentity _identity;

    private FileSegment(string name, SafeFileHandle handle, FileIdentity identity, long length)
    {
        Name = name;
        _handle = handle;
        _identity = identity;
        Length = Clamp(length);
    }

    public string Name { get; }

    public int Length { get; private set; }

    public LiveBytes Live => new(_handle, Length);

    /// <summary>Opens <paramref name="path"/>, or returns null when it does not exist (yet).</summary>
    /// <param name="name">The segment name to report.</param>
    /// <param name="path">The file.</param>
    /// <exception cref="IOException">The path exists but cannot be read as a page: one sentence saying why.</exception>
    public static FileSegment? TryOpen(string name, string path)
    {
        switch (FileIdentity.KindOf(path))
        {
            case FileKind.Missing:
                return null;
            case FileKind.Regular:
                break;
            case var other:
                // Never open a FIFO or device to find out: opening a FIFO for reading blocks until a writer comes.
                throw new IOException($"cannot read {path}: it is {FileIdentity.Describe(other)}, not a file.");
        }

        SafeFileHandle handle;
        try
        {
            handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            throw new IOException($"cannot read {path}: permission denied (the file belongs to another user, or its mode forbids reading).");
        }
        catch (IOException exception)
        {
            throw new IOException($"cannot read {path}: {exception.Message}", exception);
        }

        try
        {
            var identity = new FileIdentity(handle, path);
            if (!identity.TryRefresh(out var length))
            {
                // Removed between the look and the open: not there.
                handle.Dispose();
                return null;
            }

            return new FileSegment(name, handle, identity, length);
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    public bool Refresh()
    {
        if (_handle.IsClosed || !_identity.TryRefresh(out var length))
        {
            return false;
        }

        Length = Clamp(length);
        return true;
    }

    public void Dispose() => _handle.Dispose();

    private static int Clamp(long length) => (int)Math.Clamp(length, 0, int.MaxValue);
}
