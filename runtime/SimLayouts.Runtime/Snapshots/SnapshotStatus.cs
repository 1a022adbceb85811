namespace SimLayouts.Snapshots;

/// <summary>What one <see cref="SnapshotReader.TryRead"/> produced.</summary>
public enum SnapshotStatus
{
    /// <summary>A new torn-free copy with contents different from the previous one.</summary>
    New,

    /// <summary>The page has not changed since the previous snapshot; nothing was copied or kept.</summary>
    Unchanged,

    /// <summary>The writer was busy on every attempt; no copy was accepted this time.</summary>
    Busy,
}
