using System;
using System.IO;
using SimLayouts.Sources;

namespace SimLayouts.Publishing;

/// <summary>
/// The writer's side of a segment, for simulators and tests: a file in a shm directory (or <c>/dev/shm</c>)
/// mapped read-write, or a Windows named mapping. Disposing it removes the segment, as a game does when it exits.
/// </summary>
public abstract class PublishedSegment : IDisposable
{
    // Only the runtime's own kinds (a file, a Windows mapping): Create picks one, nothing outside derives.
    private protected PublishedSegment()
    {
    }

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
