using System;
using System.IO.MemoryMappedFiles;
using SimLayouts.Sources;
using System.Runtime.Versioning;

namespace SimLayouts.Publishing;

/// <summary>A segment published as a Windows named mapping, as the games create theirs.</summary>
[SupportedOSPlatform("windows")]
internal sealed class WindowsPublishedSegment : PublishedSegment
{
    private readonly MappedView _view;

    private WindowsPublishedSegment(string name, MappedView view)
    {
        Name = name;
        _view = view;
    }

    public override string Name { get; }

    public override Span<byte> Bytes => _view.IsReleased ? throw new ObjectDisposedException(Name) : _view.Bytes;

    public override int Length => _view.Length;

    public override string Location => $"named mapping {Name}";

    public static WindowsPublishedSegment Create(string name, int length)
    {
        var mapping = MemoryMappedFile.CreateOrOpen(name, length, MemoryMappedFileAccess.ReadWrite);
        try
        {
            var view = mapping.CreateViewAccessor(0, length, MemoryMappedFileAccess.ReadWrite);
            return new WindowsPublishedSegment(name, new MappedView(mapping, view, length));
        }
        catch
        {
            mapping.Dispose();
            throw;
        }
    }

    protected override void Dispose(bool disposing) => _view.Dispose();
}
