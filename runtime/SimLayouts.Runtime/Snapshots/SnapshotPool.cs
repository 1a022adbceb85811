using System.Collections.Generic;
using System.Threading;

namespace SimLayouts.Snapshots;

/// <summary>Reuses <see cref="PageSnapshot"/> buffers of one page so that steady-state polling allocates nothing.</summary>
internal sealed class SnapshotPool
{
    private const int MaximumKept = 64;
    private readonly Stack<PageSnapshot> _free = new(capacity: MaximumKept);
    private readonly Lock _lock = new();

    // A poller rents and returns one snapshot per poll; one spare serves that without a lock or atomic. Only the
    // page's SnapshotReader rents (one thread); returns may race with it or each other, which at worst loses a
    // spare to the garbage collector, never hands one snapshot out twice.
    private PageSnapshot? _spare;

    /// <summary>Creates an empty pool for <paramref name="page"/>.</summary>
    public SnapshotPool(PageDescription page) => Page = page;

    /// <summary>The page whose snapshots this pool holds.</summary>
    public PageDescription Page { get; }

    /// <summary>A snapshot with one reference, its contents undefined; called by one thread only (the page's reader).</summary>
    internal PageSnapshot Rent()
    {
        var snapshot = Volatile.Read(ref _spare);
        if (snapshot is not null)
        {
            Volatile.Write(ref _spare, null);
        }
        else
        {
            lock (_lock)
            {
                _free.TryPop(out snapshot);
            }
        }

        snapshot ??= new PageSnapshot(this, Page);
        snapshot.Reset();
        return snapshot;
    }

    internal void Return(PageSnapshot snapshot)
    {
        if (Volatile.Read(ref _spare) is null)
        {
            Volatile.Write(ref _spare, snapshot);
            return;
        }

        lock (_lock)
        {
            if (_free.Count < MaximumKept)
            {
                _free.Push(snapshot);
            }
        }
    }
}
