using System;

namespace SimLayouts.Sources;

/// <summary>
/// One opened segment: the bytes a game (or a file, or a replay) exposes under a segment name. The bytes are
/// live: another process may change them at any time, so read them only through a <see cref="Snapshots.SnapshotReader"/>.
/// </summary>
public interface ISegment : IDisposable
{
    /// <summary>The segment name as the layout declares it (<c>$pcars2$</c>, <c>Local\acevo_pmf_physics</c>).</summary>
    string Name { get; }

    /// <summary>How many bytes are mapped; may be more than the layout's page size (padding) or fewer (an older revision).</summary>
    int Length { get; }

    /// <summary>The mapped bytes, exactly <see cref="Length"/> long; never reaches past the mapping.</summary>
    ReadOnlySpan<byte> Bytes { get; }

    /// <summary>Whether the segment behind these bytes was removed or replaced since it was opened (the game left).</summary>
    bool IsGone { get; }
}
