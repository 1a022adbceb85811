using System;
using System.IO;
using System.IO.MemoryMappedFiles;
using SimLayouts.Sources;

namespace SimLayouts.Publishing;

/// <summary>A segment published as a file mapped read-write.</summary>
internal sealed class FilePublishedSegment : PublishedSegment
{
    private readonly string _path;
    private readonly FileStream _stream;
    private readonly MappedView _view;

    private FilePublishedSegment(string name, string path, FileStream stream, MappedView view)
    {
        Name = name;
        _path = path;
        _stream = stream;
        _view = view;
    }

    public override string Name { get; }

    public override Span<byte> Bytes => _view.IsReleased ? throw new ObjectDisposedException(Name) : _view.Bytes;

    public override int Length => _view.Length;

    public override string Location => _path;

    public static FilePublishedSegment Create(string name, string path, int length)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);

        // One publisher per segment: a second one (another simulate) is refused before it resizes or removes the
        // file the first one is writing.
        var stream = SingleWriterFile.Open(path, FileAccess.ReadWrite, bufferSize: 1);
        try
        {
            if (stream.Length != length)
            {
                stream.SetLength(length);
            }

            var mapping = MemoryMappedFile.CreateFromFile(stream, mapName: null, capacity: 0, MemoryMappedFileAccess.ReadWrite, HandleInheritability.None, leaveOpen: true);
            var view = mapping.CreateViewAccessor(0, length, MemoryMappedFileAccess.ReadWrite);
            return new FilePublishedSegment(name, path, stream, new MappedView(mapping, view, length));
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (_view.IsReleased)
        {
            return;
        }

        _view.Dispose();
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
