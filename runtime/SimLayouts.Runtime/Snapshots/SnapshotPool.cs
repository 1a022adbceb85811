using System.Collections.Generic;
using System.Threading;

namespace SimLayouts.Snapshots;

/// <summary>Reuses <see cref="PageSnapshot"/> buffers of one page so that steady-state polling allocates nothing.</summary>
public sealed class SnapshotPool
{
    private const int MaximumKept = 64;
    private readonly Stack<PageSnapshot> _free = new(capacity: MaximumKept);
    private readonly Lock _lock = new();

    // A poller rents and returns one snapshot per poll; one lock-free spare serves that without the lock.
    private PageSnapshot? _spare;

    /// <summary>Creates an empty pool for <paramref name="page"/>.</summary>
    public SnapshotPool(PageDescription page) => Page = page;

    /// <summary>The page whose snapshots this pool holds.</summary>
    public PageDescription Page { get; }

    /// <summary>A snapshot with one reference, its contents undefined.</summary>
    public PageSnapshot Rent()
    {
        var snapshot = Interlocked.Exchange(ref _spare, null);
        if (snapshot is null)
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
        if (Interlocked.CompareExchange(ref _spare, snapshot, null) is null)
        {
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
