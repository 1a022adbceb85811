using System;
using System.Threading;
using SimLayouts.Snapshots;
using SimLayouts.Sources;

namespace SimLayouts.Consistency;

/// <summary>
/// <c>seqlock</c> (pcars2's <c>mSequenceNumber</c>): the writer makes the counter odd, writes the page, then makes it
/// even. A copy is good when the counter was even before it and unchanged after it.
/// </summary>
internal readonly struct Seqlock : IConsistencyProtocol<Seqlock>
{
    private readonly int _offset;

    private Seqlock(int counterOffset) => _offset = counterOffset;

    /// <inheritdoc/>
    public static string Name => "seqlock";

    /// <inheritdoc/>
    public static ConsistencyProtocol Declared => ConsistencyProtocol.Seqlock;

    /// <inheritdoc/>
    public static bool HasCounter => true;

    /// <inheritdoc/>
    public int RequiredLength => _offset + sizeof(uint);

    /// <inheritdoc/>
    public static Seqlock For(PageDescription page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return new(page.CounterOffset);
    }

    /// <inheritdoc/>
    public bool TryBegin(in LiveBytes live, ref int length, out uint counter) => live.TryReadCounter(_offset, out counter) && (counter & 1) == 0;

    /// <inheritdoc/>
    public bool IsConsistent(in LiveBytes live, uint counter, ReadOnlySpan<byte> copy)
    {
        // The copy's loads must complete before the second counter load (free on x64, a load fence on Arm).
        Volatile.ReadBarrier();
        return live.TryReadCounter(_offset, out var after) && after == counter;
    }

    /// <inheritdoc/>
    public void Publish(Span<byte> live, ReadOnlySpan<byte> page)
    {
        var counter = LiveCounter.Read(live, _offset) | 1;
        LiveCounter.Write(live, _offset, counter);

        // The odd counter must be visible before any byte of the body changes.
        Volatile.WriteBarrier();
        PageBody.CopyAround(page, live, _offset);
        LiveCounter.Write(live, _offset, counter + 1);
    }
}
