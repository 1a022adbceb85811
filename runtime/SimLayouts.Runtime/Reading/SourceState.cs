using System;

namespace SimLayouts.Reading;

/// <summary>Where a <see cref="LayoutReader"/> stands with its source.</summary>
public enum SourceState
{
    /// <summary>Not polled yet.</summary>
    Starting,

    /// <summary>The game (its segments) is not there, or not writing yet.</summary>
    Waiting,

    /// <summary>Every page is readable and the game is writing: frames flow.</summary>
    Attached,

    /// <summary>The game left (segment removed or replaced, counters stopped, or the layout's presence field says so).</summary>
    Detached,

    /// <summary>A finite source (a recording) has nothing more.</summary>
    Ended,
}

/// <summary>One transition of a <see cref="LayoutReader"/>'s <see cref="SourceState"/>, or of the reason it waits.</summary>
public sealed class SourceStateChangedEventArgs : EventArgs
{
    /// <summary>Creates the event data.</summary>
    public SourceStateChangedEventArgs(SourceState previous, SourceState state, string message, WaitReason reason = WaitReason.None)
    {
        Previous = previous;
        State = state;
        Message = message;
        Reason = reason;
    }

    /// <summary>The state before.</summary>
    public SourceState Previous { get; }

    /// <summary>The state now.</summary>
    public SourceState State { get; }

    /// <summary>Why, in one sentence for a status line.</summary>
    public string Message { get; }

    /// <summary>Why there is no frame, when <see cref="State"/> is waiting or detached.</summary>
    public WaitReason Reason { get; }
}

/// <summary>A warning about the data a <see cref="LayoutReader"/> reads (an old or unknown page version, a page written while the game was not there).</summary>
public sealed class ReaderWarningEventArgs : EventArgs
{
    /// <summary>Creates the event data.</summary>
    public ReaderWarningEventArgs(string message) => Message = message;

    /// <summary>The warning, in one sentence.</summary>
    public string Message { get; }
}
