namespace SimLayouts.Reading;

/// <summary>What one <see cref="LayoutReader.Poll"/> found.</summary>
public enum PollResult
{
    /// <summary>A new frame: at least one page changed (or the reader just attached).</summary>
    Frame,

    /// <summary>Attached, but no page changed since the last frame.</summary>
    Unchanged,

    /// <summary>Not attached: waiting for the game.</summary>
    Waiting,

    /// <summary>The source has ended; further polls return this too.</summary>
    Ended,
}
