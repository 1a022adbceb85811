using System;
using System.Threading;
using SimLayouts.Snapshots;
using SimLayouts.Sources;

namespace SimLayouts.Consistency;

/// <summary>
/// <c>version-block</c> (rFactor 2's <c>mVersionUpdateBegin</c>/<c>mVersionUpdateEnd</c> in front of every buffer):
/// the writer bumps the begin counter, writes, then sets the end counter to the begin counter. A copy is good when
/// begin equals end before it and both still hold that value after it.
/// With a <see cref="BytesUpdatedHint"/> (<c>mBytesUpdatedHint</c>) only the prefix the last update wrote is copied:
/// the hint is clamped to the page and never lowers the copy below the block and the hint themselves, so a hostile
/// value costs at most a whole copy.
/// </summary>
internal readonly struct VersionBlock : IConsistencyProtocol<VersionBlock>
{
    private readonly int _begin;
    private readonly int _end;
    private readonly int _hint;
    private readonly int _hintFrom;
    private readonly int _required;

    private VersionBlock(int begin, int end, BytesUpdatedHint? hint)
    {
        _begin = begin;
        _end = end;
        _hint = hint?.Offset ?? -1;
        _hintFrom = hint?.From ?? 0;
        _required = Math.Max(Math.Max(begin, end), _hint) + sizeof(uint);
    }

    /// <inheritdoc/>
    public static string Name => "version-block";

    /// <inheritdoc/>
    public static ConsistencyProtocol Declared => ConsistencyProtocol.VersionBlock;

    /// <inheritdoc/>
    public static bool HasCounter => true;

    /// <inheritdoc/>
    public int RequiredLength => _required;

    /// <inheritdoc/>
    public static VersionBlock For(PageDescription page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return new(page.CounterOffset, page.EndCounterOffset, page.BytesUpdatedHint);
    }

    /// <inheritdoc/>
    public bool TryBegin(in LiveBytes live, ref int length, out uint counter)
    {
        if (!live.TryReadCounter(_begin, out counter) || !live.TryReadCounter(_end, out var end) || end != counter)
        {
            return false;
        }

        if (_hint >= 0 && live.TryReadCounter(_hint, out var hint))
        {
            length = HintedLength(unchecked((int)hint), length);
        }

        return true;
    }

    /// <inheritdoc/>
    /// <remarks>
    /// Both counters must still hold the begin counter read before the copy. The end counter alone is not enough: a
    /// write that starts after the block was read bumps only the begin counter until it is done, so a copy torn by
    /// it finds the end counter unchanged (the cross-process test caught such copies).
    /// </remarks>
    public bool IsConsistent(in LiveBytes live, uint counter, ReadOnlySpan<byte> copy)
    {
        // The copy's loads must complete before the counters are read again (a load fence on Arm).
        Volatile.ReadBarrier();
        return live.TryReadCounter(_begin, out var begin) && begin == counter
            && live.TryReadCounter(_end, out var end) && end == counter;
    }

    /// <inheritdoc/>
    public void Publish(Span<byte> live, ReadOnlySpan<byte> page)
    {
        var begin = LiveCounter.Read(live, _begin) + 1;
        LiveCounter.Write(live, _begin, begin);

        // The bumped begin counter must be visible before any byte of the body changes.
        Volatile.WriteBarrier();
        var low = Math.Min(_begin, _end);
        var high = Math.Max(_begin, _end);
        if (high - low == sizeof(uint))
        {
            PageBody.CopyAround(page, live, low, 2 * sizeof(uint));
        }
        else
        {
            PageBody.CopyAround(page, live, low, sizeof(uint), high, sizeof(uint));
        }

        LiveCounter.Write(live, _end, begin);
    }

    /// <summary>
    /// How many bytes to copy for a hint of <paramref name="hint"/> bytes from the hint's origin: the hinted prefix,
    /// never more than <paramref name="available"/>, never less than the counters and the hint; 0, a negative or an
    /// oversized hint means the whole page.
    /// </summary>
    internal int HintedLength(int hint, int available)
    {
        if (hint <= 0 || hint > available - _hintFrom)
        {
            return available;
        }

        return Math.Clamp(_hintFrom + hint, Math.Min(_required, available), available);
    }
}
