using System;
using System.Threading;
using SimLayouts.Snapshots;
using SimLayouts.Sources;

namespace SimLayouts.Consistency;

/// <summary>
/// <c>counter</c> (AC EVO's <c>packetId</c>): the writer bumps the counter after each update. A copy is good when the
/// counter is the same before and after it. The games do not document their write order, so a write caught
/// before its bump cannot be detected.
/// </summary>
internal readonly struct ChangeCounter : IConsistencyProtocol<ChangeCounter>
{
    private readonly int _offset;

    private ChangeCounter(int counterOffset) => _offset = counterOffset;

    /// <inheritdoc/>
    public static string Name => "counter";

    /// <inheritdoc/>
    public static ConsistencyProtocol Declared => ConsistencyProtocol.Counter;

    /// <inheritdoc/>
    public static bool HasCounter => true;

    /// <inheritdoc/>
    public int RequiredLength => _offset + sizeof(uint);

    /// <inheritdoc/>
    public static ChangeCounter For(PageDescription page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return new(page.CounterOffset);
    }

    /// <inheritdoc/>
    public bool TryBegin(in LiveBytes live, ref int length, out uint counter) => live.TryReadCounter(_offset, out counter);

    /// <inheritdoc/>
    public bool IsConsistent(in LiveBytes live, uint counter, ReadOnlySpan<byte> copy)
    {
        Volatile.ReadBarrier();
        return live.TryReadCounter(_offset, out var after) && after == counter;
    }

    /// <inheritdoc/>
    public void Publish(Span<byte> live, ReadOnlySpan<byte> page)
    {
        var counter = LiveCounter.Read(live, _offset);
        PageBody.CopyAround(page, live, _offset);
        LiveCounter.Write(live, _offset, counter + 1);
    }
}
