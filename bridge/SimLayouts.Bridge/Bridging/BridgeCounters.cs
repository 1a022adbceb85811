using System.Threading;

namespace SimLayouts.Bridge.Bridging;

/// <summary>What a <see cref="FrameBridge"/> has done so far; safe to read while it runs.</summary>
public sealed class BridgeCounters
{
    private long _built;
    private long _sent;
    private long _failed;
    private long _dropped;

    /// <summary>Frames built (and then printed or handed to the sender).</summary>
    public long Built => Volatile.Read(ref _built);

    /// <summary>Frames the server accepted (a 2xx answer).</summary>
    public long Sent => Volatile.Read(ref _sent);

    /// <summary>POSTs that failed: refused, timed out, or answered with a status other than 2xx.</summary>
    public long Failed => Volatile.Read(ref _failed);

    /// <summary>Frames not built because the previous POST was still running (the next frame is the latest page).</summary>
    public long Dropped => Volatile.Read(ref _dropped);

    /// <summary>Copies of a page retried because the game was writing it (the runtime's snapshot counters).</summary>
    public long CopiesRetried { get; internal set; }

    internal void CountBuilt() => Interlocked.Increment(ref _built);

    internal void CountSent() => Interlocked.Increment(ref _sent);

    internal void CountFailed() => Interlocked.Increment(ref _failed);

    internal void CountDropped() => Interlocked.Increment(ref _dropped);
}
