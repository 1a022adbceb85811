using System;
using System.IO;

namespace SimLayouts.Sources;

/// <summary>
/// One raw page dump (the bytes of a single page, as a game wrote them) serving as the segment of a one-page
/// layout. For layouts with several pages, use a <see cref="DirectorySegmentSource"/> of segment-named files.
/// </summary>
public sealed class PageFileSource : ISegmentSource
{
    /// <summary>Creates a source over the dump at <paramref name="path"/>.</summary>
    public PageFileSource(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        Path = System.IO.Path.GetFullPath(path);
    }

    /// <summary>The dump file.</summary>
    public string Path { get; }

    /// <inheritdoc/>
    public string Description => $"page file {Path}";

    /// <inheritdoc/>
    public bool IsLive => false;

    /// <inheritdoc/>
    public TimeSpan? DelayBeforeNextPoll => null;

    /// <inheritdoc/>
    /// <exception cref="IOException">The file exists but cannot be read (permissions, a directory, a FIFO).</exception>
    public ISegment? TryOpen(string segmentName) => FileSegment.TryOpen(segmentName, Path);

    /// <inheritdoc/>
    public bool Advance() => true;

    /// <inheritdoc/>
    public void Dispose()
    {
    }
}
