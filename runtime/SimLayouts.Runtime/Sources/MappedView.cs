using System;
using System.IO.MemoryMappedFiles;

namespace SimLayouts.Sources;

/// <summary>
/// A mapping and one view of it, with the view's pointer acquired once so that every read is a span over live
/// memory, not an accessor call. Reading and publishing segments, file-backed or named, all own one of these.
/// </summary>
internal sealed unsafe class MappedView : IDisposable
{
    private readonly MemoryMappedFile _mapping;
    private readonly MemoryMappedViewAccessor _view;
    private byte* _pointer;

    /// <summary>Takes ownership of <paramref name="mapping"/> and <paramref name="view"/>; <paramref name="length"/> bytes are exposed.</summary>
    public MappedView(MemoryMappedFile mapping, MemoryMappedViewAccessor view, int length)
    {
        _mapping = mapping;
        _view = view;
        Length = length;
        byte* pointer = null;
        view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
        _pointer = pointer + view.PointerOffset;
    }

    /// <summary>The exposed length.</summary>
    public int Length { get; }

    /// <summary>Whether <see cref="Dispose"/> has released the view.</summary>
    public bool IsReleased => _pointer is null;

    /// <summary>The mapped bytes; empty once released.</summary>
    public Span<byte> Bytes => _pointer is null ? default : new Span<byte>(_pointer, Length);

    /// <summary>Releases the pointer, the view and the mapping; safe to call twice.</summary>
    public void Dispose()
    {
        if (_pointer is not null)
        {
            _pointer = null;
            _view.SafeMemoryMappedViewHandle.ReleasePointer();
        }

        _view.Dispose();
        _mapping.Dispose();
    }
}
