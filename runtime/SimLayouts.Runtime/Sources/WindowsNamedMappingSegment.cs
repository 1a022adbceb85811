using System;
using System.IO.MemoryMappedFiles;
using System.Runtime.Versioning;

namespace SimLayouts.Sources;

/// <summary>A view of a Windows named mapping.</summary>
[SupportedOSPlatform("windows")]
internal sealed class WindowsNamedMappingSegment : ISegment
{
    private readonly MappedView _view;

    public WindowsNamedMappingSegment(string name, MemoryMappedFile mapping, MemoryMappedViewAccessor view)
    {
        Name = name;
        _view = new MappedView(mapping, view, (int)Math.Min(view.Capacity, int.MaxValue));
    }

    public string Name { get; }

    public int Length => _view.Length;

    // A section cannot shrink while it is mapped, so mapped memory is safe to read here (unlike a file).
    public LiveBytes Live => new(_view.Bytes);

    public bool Refresh() => !_view.IsReleased;

    public void Dispose() => _view.Dispose();
}
