using System;
using System.IO;
using System.IO.MemoryMappedFiles;
using System.Runtime.Versioning;

namespace SimLayouts.Sources;

/// <summary>
/// Windows named file mappings opened read-only with <see cref="MemoryMappedFile.OpenExisting(string, MemoryMappedFileRights)"/>,
/// the way the games publish their pages. A named mapping lives while any process holds it, so this reader
/// keeps the game's page alive after the game exits: leaving is noticed by the counter stopping and by the
/// layout's presence rule, not by the mapping disappearing.
/// </summary>
[SupportedOSPlatform("windows")]
public sealed class WindowsNamedMappingSource : ISegmentSource
{
    /// <inheritdoc/>
    public string Description => "Windows named shared memory";

    /// <inheritdoc/>
    public bool IsLive => true;

    /// <inheritdoc/>
    public TimeSpan? DelayBeforeNextPoll => null;

    /// <inheritdoc/>
    public ISegment? TryOpen(string segmentName)
    {
        ArgumentException.ThrowIfNullOrEmpty(segmentName);
        MemoryMappedFile mapping;
        try
        {
            mapping = MemoryMappedFile.OpenExisting(segmentName, MemoryMappedFileRights.Read);
        }
        catch (FileNotFoundException)
        {
            return null;
        }

        try
        {
            // Size 0 maps the whole object; its capacity is rounded up to whole pages of the mapping, all readable.
            var view = mapping.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read);
            return new WindowsNamedMappingSegment(segmentName, mapping, view);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            mapping.Dispose();
            return null;
        }
    }

    /// <inheritdoc/>
    public bool Advance() => true;

    /// <inheritdoc/>
    public void Dispose()
    {
    }
}
