using System;
using System.Collections.Generic;
using SimLayouts.Snapshots;

namespace SimLayouts.Reading;

/// <summary>How a <see cref="LayoutReader"/> decides that the game is there.</summary>
public sealed class LayoutReaderOptions
{
    /// <summary>The default <see cref="StallTimeout"/>.</summary>
    public static readonly TimeSpan DefaultStallTimeout = TimeSpan.FromSeconds(5);

    /// <summary>
    /// On live sources, how long every counter of the layout may stay still (for a layout without counters, every
    /// page unchanged) before the game counts as gone; null never gives up on a silent game. The reader re-attaches
    /// once a counter moves (or a page changes) again.
    /// </summary>
    public TimeSpan? StallTimeout { get; init; } = DefaultStallTimeout;

    /// <summary>Field values that mean the game is not there; null uses the layout's own (<see cref="PresenceRule.FromLayout"/>).</summary>
    public IReadOnlyList<PresenceRule>? PresenceRules { get; init; }

    /// <summary>Copy attempts per page and poll before giving up on a busy writer.</summary>
    public int MaximumAttempts { get; init; } = SnapshotReader.DefaultMaximumAttempts;

    /// <summary>The clock for timestamps and the stall timeout; the system clock when null.</summary>
    public TimeProvider? Time { get; init; }
}
