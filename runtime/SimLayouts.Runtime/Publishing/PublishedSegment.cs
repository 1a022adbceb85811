using System;
using System.IO;
using System.IO.MemoryMappedFiles;
using SimLayouts.Sources;

namespace SimLayouts.Publishing;

/// <summary>
/// The writer's side of a segment, for simulators and tests: a file in a shm directory (or <c>/dev/shm</c>)
/// mapped read-write, or a Windows named mapping. Disposing it removes the segment, as a game does when it exits.
/// </summary>
public abstract class PublishedSegment : IDisposable
{
    /// <summary>The segment name (<c>$pcars2$</c>).</summary>
    public abstract string Name { get; }

    /// <summary>The writable bytes, <see cref="Length"/> long.</summary>
    public abstract Span<byte> Bytes { get; }

    /// <summary>The mapped length.</summary>
    public abstract int Length { get; }

    /// <summary>Where the segment lives, for messages.</summary>
    public abstract string Location { get; }

    /// <summary>
    /// Creates (or opens and resizes) the segment <paramref name="segmentName"/> with <paramref name="length"/> bytes:
    /// a file in <paramref name="shmDirectory"/>, else in <c>$SIMLAYOUTS_SHM_DIR</c>, else a Windows named mapping
    /// on Windows and a file in <c>/dev/shm</c> elsewhere (the same places <see cref="SharedMemorySource.Create"/> reads).
    /// </summary>
    public static PublishedSegment Create(string segmentName, int length, string? shmDirectory = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(segmentName);
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 1);
        var directory = SharedMemorySource.ResolveDirectory(shmDirectory);
        if (directory is not null)
        {
            return FilePublishedSegment.Create(segmentName, Path.Combine(directory, SegmentFileNames.FileName(segmentName)), length);
        }

        if (OperatingSystem.IsWindows())
        {
            return WindowsPublishedSegment.Create(segmentName, length);
        }

        throw new PlatformNotSupportedException("Named shared memory needs Windows; give a shm directory instead.");
    }

    /// <summary>Unmaps the segment and removes it.</summary>
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the mapping.</summary>
    protected abstract void Dispose(bool disposing);
}

/// <summary>A segment published as a file mapped read-write.</summary>
internal sealed unsafe class FilePublishedSegment : PublishedSegment
{
    private readonly string _path;
    private readonly FileStream _stream;
    private readonly MemoryMappedFile _mapping;
    private readonly MemoryMappedViewAccessor _view;
    private byte* _pointer;

    private FilePublishedSegment(string name, string path, FileStream stream, MemoryMappedFile mapping, MemoryMappedViewAccessor view, int length)
    {
        Name = name;
        _path = path;
        _stream = stream;
        _mapping = mapping;
        _view = view;
        Length = length;
        byte* pointer = null;
        view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
        _pointer = pointer + view.PointerOffset;
    }

    public override string Name { get; }

    public override Span<byte> Bytes => _pointer is null ? throw new ObjectDisposedException(Name) : new Span<byte>(_pointer, Length);

    public override int Length { get; }

    public override string Location => _path;

    public static FilePublishedSegment Create(string name, string path, int length)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1);
        try
        {
            if (stream.Length != length)
            {
                stream.SetLength(length);
            }

            var mapping = MemoryMappedFile.CreateFromFile(stream, mapName: null, capacity: 0, MemoryMappedFileAccess.ReadWrite, HandleInheritability.None, leaveOpen: true);
            var view = mapping.CreateViewAccessor(0, length, MemoryMappedFileAccess.ReadWrite);
            return new FilePublishedSegment(name, path, stream, mapping, view, length);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (_pointer is null)
        {
            return;
        }

        _pointer = null;
        _view.SafeMemoryMappedViewHandle.ReleasePointer();
        _view.Dispose();
        _mapping.Dispose();
        _stream.Dispose();
        try
        {
            File.Delete(_path);
        }
        catch (IOException)
        {
            // Someone else removed or holds it; the segment is gone for us either way.
        }
    }
}
