namespace SimLayouts.Reading;

/// <summary>Why a <see cref="LayoutReader"/> has no frame for now (<see cref="SourceStateChangedEventArgs.Reason"/>).</summary>
public enum WaitReason
{
    /// <summary>Nothing is missing: attached, starting or ended.</summary>
    None,

    /// <summary>A segment does not exist: the game (or its bridge) is not running.</summary>
    Missing,

    /// <summary>A segment exists but cannot be read: another user's file, a directory or FIFO in its place.</summary>
    Unreadable,

    /// <summary>A segment was removed or replaced: the game left.</summary>
    Gone,

    /// <summary>A segment holds less than a whole page: a file being created, or cut short.</summary>
    Short,

    /// <summary>The game was writing a page on every attempt so far.</summary>
    Incomplete,

    /// <summary>The layout's presence field says the game is not there.</summary>
    Absent,

    /// <summary>
    /// No counter moved for the stall timeout (for a layout without counters: no page changed): the game left, hangs
    /// or, without counters, may be paused.
    /// </summary>
    Stalled,

    /// <summary>The page carries a version the layout cannot read (<see cref="VersionStatus.Refused"/>).</summary>
    Version,
}
