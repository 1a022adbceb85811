using System;
using System.IO.MemoryMappedFiles;
using System.Runtime.Versioning;

namespace SimLayouts.Sources;

/// <summary>A view of a Windows named mapping.</summary>
[SupportedOSPlatform("windows")]
internal sealed unsafe class WindowsNamedMappingSegment : ISegment
{
    private readonly MemoryMappedFile _mapping;
    private readonly MemoryMappedViewAccessor _view;
    private byte* _pointer;

    public WindowsNamedMappingSegment(string name, MemoryMappedFile mapping, MemoryMappedViewAccessor view)
    {
        Name = name;
        _mapping = mapping;
        _view = view;
        Length = (int)Math.Min(view.Capacity, int.MaxValue);
        byte* pointer = null;
        view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
        _pointer = pointer + view.PointerOffset;
    }

    public string Name { get; }

    public int Length { get; }

    public ReadOnlySpan<byte> Bytes => _pointer is null ? default : new ReadOnlySpan<byte>(_pointer, Length);

    public bool IsGone => _pointer is null;

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
