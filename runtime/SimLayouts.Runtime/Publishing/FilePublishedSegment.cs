using System;
using System.IO;
using System.IO.MemoryMappedFiles;

namespace SimLayouts.Publishing;

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
