using SimLayouts.Reading;

namespace SimLayouts.Bridge.Serving;

/// <summary>
/// What the server has at one moment: the latest frame while the game runs, or why there is none. Every change makes a
/// new state with a higher <see cref="Version"/>, so event streams notice changes without a queue.
/// </summary>
/// <param name="Version">Counts changes from 0.</param>
/// <param name="Frame">The latest frame, or null while the game is not there.</param>
/// <param name="State">Where the reader stands with the game.</param>
/// <param name="Reason">The reader's last status message (why there is no frame).</param>
internal sealed record ServedState(long Version, ServedFrame? Frame, SourceState State, string Reason)
{
    /// <summary>The state's name in JSON: <c>starting</c>, <c>waiting</c>, <c>attached</c>, <c>detached</c>, <c>ended</c>.</summary>
    public string StateName => State.ToString().ToLowerInvariant();
}
