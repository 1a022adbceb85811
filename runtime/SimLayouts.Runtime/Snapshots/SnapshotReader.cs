using System;
using System.Threading;

namespace SimLayouts.Snapshots;

/// <summary>
/// Takes torn-free copies of one page from live memory, following the consistency protocol its layout declares:
/// <list type="bullet">
/// <item><description><see cref="ConsistencyProtocol.Seqlock"/>: read the live counter s1 and require it even,
/// copy, read the live counter s2, accept only if s1 == s2;</description></item>
/// <item><description><see cref="ConsistencyProtocol.Counter"/>: the counter read before and after the copy must be equal;</description></item>
/// <item><description><see cref="ConsistencyProtocol.None"/>: the copy must still equal the live bytes after it was taken.</description></item>
/// </list>
/// Failed attempts are retried a bounded number of times. A page whose counter equals the previous snapshot's
/// is reported unchanged without copying. One reader serves one page; it is not thread-safe.
/// </summary>
public sealed class SnapshotReader
{
    /// <summary>The default bound on copy attempts per read.</summary>
    public const int DefaultMaximumAttempts = 100;

    private readonly TimeProvider _time;
    private readonly int _maximumAttempts;

    // Wall-clock time once, then the monotonic timestamp: far cheaper per snapshot than reading the UTC clock.
    private readonly DateTimeOffset _originUtc;
    private readonly long _originTimestamp;

    /// <summary>Creates a reader for <paramref name="page"/>.</summary>
    /// <param name="page">The page's metadata (protocol, counter offset, size).</param>
    /// <param name="maximumAttempts">How many times to try before reporting <see cref="SnapshotStatus.Busy"/>.</param>
    /// <param name="time">The clock for <see cref="PageSnapshot.CapturedAt"/>; the system clock when null.</param>
    /// <param name="compareContent">
    /// Decide "unchanged" by comparing bytes instead of the counter: for sources whose counter may not move when
    /// the bytes do (edited dumps, recordings of them). The copy is still taken under the protocol.
    /// </param>
    public SnapshotReader(PageDescription page, int maximumAttempts = DefaultMaximumAttempts, TimeProvider? time = null, bool compareContent = false)
    {
        CompareContent = compareContent;
        ArgumentNullException.ThrowIfNull(page);
        ArgumentOutOfRangeException.ThrowIfLessThan(maximumAttempts, 1);
        Page = page;
        Pool = new SnapshotPool(page);
        _maximumAttempts = maximumAttempts;
        _time = time ?? TimeProvider.System;
        _originUtc = _time.GetUtcNow();
        _originTimestamp = _time.GetTimestamp();
    }

    /// <summary>The page this reader copies.</summary>
    public PageDescription Page { get; }

    /// <summary>Whether "unchanged" is decided by the bytes rather than the counter.</summary>
    public bool CompareContent { get; }

    /// <summary>The pool the snapshots come from.</summary>
    internal SnapshotPool Pool { get; }

    /// <summary>Calls to <see cref="TryRead"/>.</summary>
    public long Reads { get; private set; }

    /// <summary>Copies of the page made (accepted or not).</summary>
    public long Copies { get; private set; }

    /// <summary>Attempts repeated because the writer was mid-update (odd seqlock counter or a rejected copy).</summary>
    public long Retries { get; private set; }

    /// <summary>Copies thrown away because the page changed while they were taken.</summary>
    public long RejectedCopies { get; private set; }

    /// <summary>Copies accepted as new snapshots.</summary>
    public long Accepted { get; private set; }

    /// <summary>Reads that gave up after the bounded number of attempts.</summary>
    public long BusyReads { get; private set; }

    /// <summary>A reader for the page viewed by <typeparamref name="TPage"/>.</summary>
    public static SnapshotReader For<TPage>(int maximumAttempts = DefaultMaximumAttempts, TimeProvider? time = null)
        where TPage : IPageView<TPage>, allows ref struct
        => new(TPage.Page, maximumAttempts, time);

    /// <summary>
    /// Takes a torn-free copy of <paramref name="live"/> unless it has not changed since <paramref name="previous"/>.
    /// Bytes beyond the page size are ignored; a shorter span gives a shorter snapshot.
    /// </summary>
    /// <param name="live">The segment's live bytes.</param>
    /// <param name="previous">The last snapshot taken of this page, or null.</param>
    /// <param name="snapshot">The new snapshot (owned by the caller) when the result is <see cref="SnapshotStatus.New"/>.</param>
    public SnapshotStatus TryRead(ReadOnlySpan<byte> live, PageSnapshot? previous, out PageSnapshot? snapshot)
    {
        Reads++;
        var available = Math.Min(live.Length, Page.Size);
        live = live[..available];
        var protocol = Page.Consistency;

        // A mapping too short to hold the counter (a much older page) can only be checked by content.
        if (protocol != ConsistencyProtocol.None && Page.CounterOffset + sizeof(uint) > available)
        {
            protocol = ConsistencyProtocol.None;
        }

        var status = protocol == ConsistencyProtocol.None
            ? ReadByContent(live, previous, out snapshot)
            : ReadByCounter(live, previous, protocol == ConsistencyProtocol.Seqlock, out snapshot);
        if (status == SnapshotStatus.New)
        {
            Accepted++;
            snapshot!.Length = available;
            snapshot.CopiedLength = available;
            snapshot.CapturedAt = _originUtc + _time.GetElapsedTime(_originTimestamp);
        }
        else if (status == SnapshotStatus.Busy)
        {
            BusyReads++;
        }

        return status;
    }

    private SnapshotStatus ReadByCounter(ReadOnlySpan<byte> live, PageSnapshot? previous, bool seqlock, out PageSnapshot? snapshot)
    {
        var offset = Page.CounterOffset;
        var spinner = default(SpinWait);
        PageSnapshot? copy = null;
        for (var attempt = 0; attempt < _maximumAttempts; attempt++)
        {
            var before = LiveCounter.Read(live, offset);
            if (seqlock && (before & 1) != 0)
            {
                Retries++;
                spinner.SpinOnce(sleep1Threshold: -1);
                continue;
            }

            if (!CompareContent && previous is not null && previous.Counter == before && previous.CopiedLength == live.Length)
            {
                copy?.Dispose();
                snapshot = null;
                return SnapshotStatus.Unchanged;
            }

            copy ??= Pool.Rent();
            Copies++;
            live.CopyTo(copy.Buffer);

            // The copy's loads must complete before the second counter load (free on x64, a load fence on Arm).
            Volatile.ReadBarrier();
            var after = LiveCounter.Read(live, offset);
            if (before == after)
            {
                if (CompareContent && previous is not null && previous.CopiedBytes.SequenceEqual(copy.Buffer[..live.Length]))
                {
                    copy.Dispose();
                    snapshot = null;
                    return SnapshotStatus.Unchanged;
                }

                copy.Counter = before;
                snapshot = copy;
                return SnapshotStatus.New;
            }

            RejectedCopies++;
            Retries++;
            spinner.SpinOnce(sleep1Threshold: -1);
        }

        copy?.Dispose();
        snapshot = null;
        return SnapshotStatus.Busy;
    }

    private SnapshotStatus ReadByContent(ReadOnlySpan<byte> live, PageSnapshot? previous, out PageSnapshot? snapshot)
    {
        var spinner = default(SpinWait);
        var copy = Pool.Rent();
        for (var attempt = 0; attempt < _maximumAttempts; attempt++)
        {
            Copies++;
            var target = copy.Buffer[..live.Length];
            live.CopyTo(target);
            Volatile.ReadBarrier();

            // Without a counter, a copy is good when the page still reads the same after it.
            if (target.SequenceEqual(live))
            {
                if (previous is not null && previous.CopiedBytes.SequenceEqual(target))
                {
                    copy.Dispose();
                    snapshot = null;
                    return SnapshotStatus.Unchanged;
                }

                snapshot = copy;
                return SnapshotStatus.New;
            }

            RejectedCopies++;
            Retries++;
            spinner.SpinOnce(sleep1Threshold: -1);
        }

        copy.Dispose();
        snapshot = null;
        return SnapshotStatus.Busy;
    }
}
