using System;
using System.Threading;
using SimLayouts.Consistency;
using SimLayouts.Sources;

namespace SimLayouts.Snapshots;

/// <summary>The snapshot reader of pages that follow <typeparamref name="TProtocol"/>; the protocol's calls inline.</summary>
/// <typeparam name="TProtocol">The page's consistency protocol.</typeparam>
internal sealed class SnapshotReader<TProtocol> : SnapshotReader
    where TProtocol : struct, IConsistencyProtocol<TProtocol>
{
    private readonly TProtocol _protocol;

    // A game's counter seen at zero since the last accepted copy: the page was rewritten from scratch, so a counter
    // equal to the last copy's no longer means an unchanged page (it may have started again from zero).
    private bool _sawUnpublished;

    public SnapshotReader(PageDescription page, TProtocol protocol, int maximumAttempts, TimeProvider? time, bool atRest)
        : base(page, protocol.RequiredLength, maximumAttempts, time, atRest)
    {
        _protocol = protocol;
    }

    public override SnapshotStatus TryRead(in LiveBytes live, PageSnapshot? previous, out PageSnapshot? snapshot)
    {
        Reads++;
        var available = Math.Min(live.Length, Page.Size);
        if (available < MinimumLength)
        {
            snapshot = null;
            return SnapshotStatus.Short;
        }

        var status = Attempt(_protocol, live, available, previous, out snapshot, out var busyCounter);
        var caughtMidWrite = false;
        if (status == SnapshotStatus.Busy && AtRest && TProtocol.HasCounter)
        {
            // A file or recording whose counter says "mid-write" stays that way: it is data, so read it as it is,
            // checking only that the bytes hold still during the copy.
            status = Attempt(default(ContentComparison), live, available, previous, out snapshot, out _);
            if (status == SnapshotStatus.New)
            {
                caughtMidWrite = true;
                snapshot!.Counter = busyCounter;
            }
        }

        if (status == SnapshotStatus.New)
        {
            Accepted++;
            snapshot!.CaughtMidWrite = caughtMidWrite;
            snapshot.CapturedAt = Now();
        }
        else if (status == SnapshotStatus.Busy)
        {
            BusyReads++;
        }

        return status;
    }

    // busyCounter: the counter the protocol last refused (an odd seqlock counter), for pages read as they are.
    private SnapshotStatus Attempt<TAttempt>(in TAttempt protocol, in LiveBytes live, int available, PageSnapshot? previous, out PageSnapshot? snapshot, out uint busyCounter)
        where TAttempt : struct, IConsistencyProtocol<TAttempt>
    {
        var spinner = default(SpinWait);
        PageSnapshot? copy = null;
        busyCounter = 0u;
        var busyBefore = false;
        for (var attempt = 0; attempt < MaximumAttempts; attempt++)
        {
            var length = available;
            if (!protocol.TryBegin(live, ref length, out var counter))
            {
                Retries++;

                // At rest, a counter that says "mid-write" twice in a row will not change: stop asking.
                if (AtRest && busyBefore && counter == busyCounter)
                {
                    break;
                }

                busyBefore = true;
                busyCounter = counter;
                spinner.SpinOnce(sleep1Threshold: -1);
                continue;
            }

            // Counters start at zero and move with the first update: a game's page whose counter is still zero was
            // never published (a segment just created, or cut short and grown back in place: zeros, perhaps behind
            // a remnant of the old page). Nothing to copy, and it will not change within this read.
            if (TAttempt.HasCounter && !AtRest && counter == 0)
            {
                _sawUnpublished = true;
                copy?.Dispose();
                snapshot = null;
                return SnapshotStatus.Busy;
            }

            length = Math.Clamp(length, 0, available);
            if (TAttempt.HasCounter && !AtRest && !_sawUnpublished && previous is { CaughtMidWrite: false } && previous.Counter == counter && previous.CopiedLength == length)
            {
                copy?.Dispose();
                snapshot = null;
                return SnapshotStatus.Unchanged;
            }

            copy ??= Pool.Rent();
            Copies++;
            var target = copy.CopyTarget(length);
            if (live.CopyTo(target) == length && protocol.IsConsistent(live, counter, target))
            {
                // Without a moving counter (no counter, or data at rest) only the bytes tell a change.
                if ((AtRest || !TAttempt.HasCounter) && previous is not null && previous.CopiedBytes.SequenceEqual(target))
                {
                    copy.Dispose();
                    snapshot = null;
                    return SnapshotStatus.Unchanged;
                }

                copy.Counter = counter;
                copy.Take(length, available);
                snapshot = copy;
                _sawUnpublished = false;
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
}
