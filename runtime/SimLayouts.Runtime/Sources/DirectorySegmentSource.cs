using System;
using System.IO;

namespace SimLayouts.Sources;

/// <summary>
/// Segments as files in one directory, named after the segment without <c>Local\</c>: <c>/dev/shm</c> on Linux
/// (where Proton bridges put them), a <c>--shm-dir</c> on any system, or a directory of page dumps.
/// </summary>
public sealed class DirectorySegmentSource : ISegmentSource
{
    /// <summary>Creates a source over <paramref name="directory"/>.</summary>
    /// <param name="directory">The directory holding the segment files.</param>
    /// <param name="isLive">True when a game (or bridge) writes the files, so removal means the game left.</param>
    public DirectorySegmentSource(string directory, bool isLive = true)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        Directory = Path.GetFullPath(directory);
        IsLive = isLive;
    }

    /// <summary>The directory holding the segment files.</summary>
    public string Directory { get; }

    /// <inheritdoc/>
    public string Description => IsLive ? $"shared memory files in {Directory}" : $"page files in {Directory}";

    /// <inheritdoc/>
    public bool IsLive { get; }

    /// <inheritdoc/>
    public TimeSpan? DelayBeforeNextPoll => null;

    /// <summary>The file that holds <paramref name="segmentName"/>.</summary>
    public string PathOf(string segmentName) => Path.Combine(Directory, SegmentFileNames.FileName(segmentName));

    /// <inheritdoc/>
    /// <exception cref="IOException">The segment's path exists but cannot be read (permissions, a directory, a FIFO).</exception>
    public ISegment? TryOpen(string segmentName) => FileSegment.TryOpen(segmentName, PathOf(segmentName));

    /// <inheritdoc/>
    public bool Advance() => true;

    /// <inheritdoc/>
    public void Dispose()
    {
    }
}
