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

    /// <summary>
    /// How many bytes the segment holds, as of the last <see cref="Refresh"/>; may be more than the layout's page
    /// size (padding) or fewer (an older revision, or a file being created or cut short).
    /// </summary>
    int Length { get; }

    /// <summary>The bytes, <see cref="Length"/> long: mapped memory, or a file read with positioned reads.</summary>
    LiveBytes Live { get; }

    /// <summary>
    /// Looks at the segment again, once per poll: a file's current size becomes <see cref="Length"/>. Returns
    /// false when the segment behind these bytes was removed or replaced since it was opened (for a game's
    /// segment: the game left).
    /// </summary>
    bool Refresh();
}
