using System;
using System.IO.MemoryMappedFiles;
using System.Runtime.Versioning;

namespace SimLayouts.Publishing;

/// <summary>A segment published as a Windows named mapping, as the games create theirs.</summary>
[SupportedOSPlatform("windows")]
internal sealed unsafe class WindowsPublishedSegment : PublishedSegment
{
    private readonly MemoryMappedFile _mapping;
    private readonly MemoryMappedViewAccessor _view;
    private byte* _pointer;

    private WindowsPublishedSegment(string name, MemoryMappedFile mapping, MemoryMappedViewAccessor view, int length)
    {
        Name = name;
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

    public override string Location => $"named mapping {Name}";

    public static WindowsPublishedSegment Create(string name, int length)
    {
        var mapping = MemoryMappedFile.CreateOrOpen(name, length, MemoryMappedFileAccess.ReadWrite);
        try
        {
            var view = mapping.CreateViewAccessor(0, length, MemoryMappedFileAccess.ReadWrite);
            return new WindowsPublishedSegment(name, mapping, view, length);
        }
        catch
        {
            mapping.Dispose();
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
    }
}
