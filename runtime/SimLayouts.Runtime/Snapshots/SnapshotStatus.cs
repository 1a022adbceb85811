namespace SimLayouts.Snapshots;

/// <summary>What one <see cref="SnapshotReader.TryRead(in Sources.LiveBytes, PageSnapshot?, out PageSnapshot?)"/> produced.</summary>
public enum SnapshotStatus
{
    /// <summary>A new torn-free copy with contents different from the previous one.</summary>
    New,

    /// <summary>The page has not changed since the previous snapshot; nothing was copied or kept.</summary>
    Unchanged,

    /// <summary>The writer was busy on every attempt; no copy was accepted this time.</summary>
    Busy,

    /// <summary>
    /// The segment holds fewer bytes than a whole page (<see cref="SnapshotReader.MinimumLength"/>): a file being
    /// created or cut short. Nothing was copied.
    /// </summary>
    Short,
}
