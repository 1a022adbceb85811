using System;
using System.IO;
using System.IO.MemoryMappedFiles;

namespace SimLayouts.Sources;

/// <summary>A segment backed by a file mapped read-only: a <c>/dev/shm</c> file, a file in a shm directory, or a page dump.</summary>
internal sealed class MappedFileSegment : ISegment
{
    private readonly FileStream _stream;
    private readonly MappedView _view;
    private readonly FileIdentity _identity;
    private readonly bool _watchIdentity;

    private MappedFileSegment(string name, FileStream stream, MappedView view, FileIdentity identity, bool watchIdentity)
    {
        Name = name;
        _stream = stream;
        _view = view;
        _identity = identity;
        _watchIdentity = watchIdentity;
    }

    public string Name { get; }

    public int Length => _view.Length;

    public ReadOnlySpan<byte> Bytes => _view.Bytes;

    public bool IsGone => _view.IsReleased || (_watchIdentity && _identity.IsGone);

    /// <summary>Maps <paramref name="path"/>, or returns null when it does not exist or is empty (a bridge still creating it).</summary>
    /// <param name="name">The segment name to report.</param>
    /// <param name="path">The file.</param>
    /// <param name="watchIdentity">Whether <see cref="IsGone"/> should notice the file being removed or replaced.</param>
    public static MappedFileSegment? TryOpen(string name, string path, bool watchIdentity)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException or IOException)
        {
            // Absent, or (on Windows) still being created with an exclusive share mode: not there yet.
            return null;
        }

        try
        {
            var length = (int)Math.Min(stream.Length, int.MaxValue);
            if (length == 0)
            {
                stream.Dispose();
                return null;
            }

            var mapping = MemoryMappedFile.CreateFromFile(stream, mapName: null, capacity: 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: true);
            var view = mapping.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read);
            return new MappedFileSegment(name, stream, new MappedView(mapping, view, length), new FileIdentity(stream.SafeFileHandle, path, length), watchIdentity);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            stream.Dispose();
            return null;
        }
    }

    public void Dispose()
    {
        _view.Dispose();
        _stream.Dispose();
    }
}
