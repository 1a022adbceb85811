using System;
using System.Linq;
using SimLayouts.Consistency;
using SimLayouts.Sources;

namespace SimLayouts.Snapshots;

/// <summary>
/// Takes torn-free copies of one page, following the consistency protocol its layout declares
/// (<see cref="ConsistencyProtocols"/>: <c>seqlock</c>, <c>counter</c>, <c>none</c>). Each read makes a bounded
/// number of attempts: the protocol says whether the writer is mid-update before the copy and whether the copy is
/// consistent after it. A page whose counter equals the previous snapshot's is reported unchanged without
/// copying; a page shorter than the layout's oldest revision is never copied (<see cref="SnapshotStatus.Short"/>).
/// One reader serves one page; it is not thread-safe. <see cref="Create"/> gives the reader for a page's protocol.
/// </summary>
public abstract class SnapshotReader
{
    /// <summary>The default bound on copy attempts per read.</summary>
    public const int DefaultMaximumAttempts = 100;

    private readonly TimeProvider _time;

    // Wall-clock time once, then the monotonic timestamp: far cheaper per snapshot than reading the UTC clock.
    private readonly DateTimeOffset _originUtc;
    private readonly long _originTimestamp;

    private protected SnapshotReader(PageDescription page, int requiredLength, int maximumAttempts, TimeProvider? time, bool atRest)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentOutOfRangeException.ThrowIfLessThan(maximumAttempts, 1);
        Page = page;
        AtRest = atRest;
        MaximumAttempts = maximumAttempts;
        Pool = new SnapshotPool(page);
        var shortest = page.Revisions.Count == 0 ? page.Size : Math.Min(page.Size, page.Revisions.Min(revision => revision.Size));
        MinimumLength = Math.Max(shortest, Math.Min(requiredLength, page.Size));
        _time = time ?? TimeProvider.System;
        _originUtc = _time.GetUtcNow();
        _originTimestamp = _time.GetTimestamp();
    }

    /// <summary>The page this reader copies.</summary>
    public PageDescription Page { get; }

    /// <summary>The name of the page's protocol (<c>seqlock</c>, ...).</summary>
    public string Protocol => ConsistencyProtocols.NameOf(Page);

    /// <summary>
    /// Whether the bytes are data at rest (a file, a recording) rather than a running game's: "unchanged" is then
    /// decided by the bytes, since a dump's counter need not move, and a page whose counter says it was saved
    /// mid-write is read as it is (<see cref="PageSnapshot.CaughtMidWrite"/>) instead of waited for.
    /// </summary>
    public bool AtRest { get; }

    /// <summary>
    /// The fewest bytes a whole page has: the size of the oldest revision the layout declares (the page size when
    /// it declares none), and at least what the protocol's counter needs. Shorter pages are not copied.
    /// </summary>
    public int MinimumLength { get; }

    /// <summary>How many attempts a read makes before reporting <see cref="SnapshotStatus.Busy"/>.</summary>
    public int MaximumAttempts { get; }

    /// <summary>The pool the snapshots come from.</summary>
    internal SnapshotPool Pool { get; }

    /// <summary>Calls to <c>TryRead</c>.</summary>
    public long Reads { get; private protected set; }

    /// <summary>Copies of the page made (accepted or not).</summary>
    public long Copies { get; private protected set; }

    /// <summary>Attempts repeated because the writer was mid-update (odd seqlock counter or a rejected copy).</summary>
    public long Retries { get; private protected set; }

    /// <summary>Copies thrown away because the page changed while they were taken.</summary>
    public long RejectedCopies { get; private protected set; }

    /// <summary>Copies accepted as new snapshots.</summary>
    public long Accepted { get; private protected set; }

    /// <summary>Reads that gave up after the bounded number of attempts.</summary>
    public long BusyReads { get; private protected set; }

    /// <summary>A reader for <paramref name="page"/>, following the protocol it declares.</summary>
    /// <param name="page">The page's metadata (protocol, counter offset, size, revisions).</param>
    /// <param name="maximumAttempts">How many times to try before reporting <see cref="SnapshotStatus.Busy"/>.</param>
    /// <param name="time">The clock for <see cref="PageSnapshot.CapturedAt"/>; the system clock when null.</param>
    /// <param name="atRest">The bytes are a file or a recording, not a running game's (see <see cref="AtRest"/>).</param>
    /// <exception cref="NotSupportedException">The page declares a protocol this runtime does not implement.</exception>
    public static SnapshotReader Create(PageDescription page, int maximumAttempts = DefaultMaximumAttempts, TimeProvider? time = null, bool atRest = false) =>
        ConsistencyProtocols.CreateReader(page, maximumAttempts, time, atRest);

    /// <summary>A reader for the page viewed by <typeparamref name="TPage"/>.</summary>
    public static SnapshotReader For<TPage>(int maximumAttempts = DefaultMaximumAttempts, TimeProvider? time = null, bool atRest = false)
        where TPage : IPageView<TPage>, allows ref struct
        => Create(TPage.Page, maximumAttempts, time, atRest);

    /// <summary>Takes a torn-free copy of live memory (see <see cref="TryRead(in LiveBytes, PageSnapshot?, out PageSnapshot?)"/>).</summary>
    public SnapshotStatus TryRead(ReadOnlySpan<byte> live, PageSnapshot? previous, out PageSnapshot? snapshot) =>
        TryRead(new LiveBytes(live), previous, out snapshot);

    /// <summary>Takes a torn-free copy of <paramref name="segment"/>'s page (see <see cref="TryRead(in LiveBytes, PageSnapshot?, out PageSnapshot?)"/>).</summary>
    public SnapshotStatus TryRead(ISegment segment, PageSnapshot? previous, out PageSnapshot? snapshot)
    {
        ArgumentNullException.ThrowIfNull(segment);
        return TryRead(segment.Live, previous, out snapshot);
    }

    /// <summary>
    /// Takes a torn-free copy of <paramref name="live"/> unless it has not changed since <paramref name="previous"/>.
    /// Bytes beyond the page size are ignored; a page between <see cref="MinimumLength"/> and the page size gives a
    /// shorter snapshot.
    /// </summary>
    /// <param name="live">The segment's bytes.</param>
    /// <param name="previous">The last snapshot taken of this page, or null.</param>
    /// <param name="snapshot">The new snapshot (owned by the caller) when the result is <see cref="SnapshotStatus.New"/>.</param>
    public abstract SnapshotStatus TryRead(in LiveBytes live, PageSnapshot? previous, out PageSnapshot? snapshot);

    /// <summary>When a copy taken now was taken (UTC).</summary>
    private protected DateTimeOffset Now() => _originUtc + _time.GetElapsedTime(_originTimestamp);
}
