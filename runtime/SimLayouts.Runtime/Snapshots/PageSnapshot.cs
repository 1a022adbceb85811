using System;
using System.Threading;

namespace SimLayouts.Snapshots;

/// <summary>
/// A torn-free copy of one page: its bytes, when and under which counter they were taken, and the page
/// version. Snapshots are pooled: <see cref="Dispose"/> gives the buffer back (once every
/// <see cref="Retain"/> has been matched by a <see cref="Dispose"/>), so do not use a snapshot after disposing it.
/// </summary>
public sealed class PageSnapshot : IDisposable
{
    private readonly SnapshotPool _pool;
    private readonly byte[] _buffer;
    private int _references;

    internal PageSnapshot(SnapshotPool pool, PageDescription page)
    {
        _pool = pool;
        Page = page;
        _buffer = new byte[page.Size];
    }

    /// <summary>The page these bytes belong to.</summary>
    public PageDescription Page { get; }

    /// <summary>The page bytes that exist: at most the page size, fewer when the mapping or the page version is shorter.</summary>
    public ReadOnlySpan<byte> Bytes => _buffer.AsSpan(0, Length);

    /// <summary>How many bytes of the page exist in this snapshot.</summary>
    public int Length { get; internal set; }

    /// <summary>How many bytes were copied from the segment (before any version limit shortened <see cref="Length"/>).</summary>
    internal int CopiedLength { get; set; }

    /// <summary>The consistency counter the copy was taken under (0 for pages without one).</summary>
    public uint Counter { get; internal set; }

    /// <summary>When the copy was taken (UTC).</summary>
    public DateTimeOffset CapturedAt { get; internal set; }

    /// <summary>
    /// True when the page came from a file or recording whose consistency counter says it was saved while being
    /// written (an odd seqlock counter): its bytes are read as they are and may mix two updates.
    /// </summary>
    public bool CaughtMidWrite { get; internal set; }

    /// <summary>The value of the layout's version field when this page holds it, else null.</summary>
    public long? Version { get; internal set; }

    /// <summary>Every byte of the buffer from here on is zero (a new buffer is all zeros).</summary>
    private int _zeroFrom;

    /// <summary>
    /// Takes the <paramref name="copied"/> bytes just copied through <see cref="CopyTarget"/> as a page of
    /// <paramref name="length"/> bytes: the bytes after the copy read as zero. A copy shortened by a "bytes updated"
    /// hint leaves the slots the writer did not update as zeros, not as another frame's bytes; only what an earlier,
    /// longer copy left behind is cleared, so a steady hint clears nothing.
    /// </summary>
    internal void Take(int copied, int length)
    {
        if (copied < _zeroFrom)
        {
            _buffer.AsSpan(copied, _zeroFrom - copied).Clear();
        }

        _zeroFrom = copied;
        CopiedLength = copied;
        Length = length;
    }

    /// <summary>The first <paramref name="length"/> bytes of the buffer, for a copy to be written into.</summary>
    internal Span<byte> CopyTarget(int length)
    {
        _zeroFrom = Math.Max(_zeroFrom, length);
        return _buffer.AsSpan(0, length);
    }

    internal ReadOnlySpan<byte> CopiedBytes => _buffer.AsSpan(0, CopiedLength);

    /// <summary>A generated view over the bytes; <typeparamref name="TView"/> must be this page's view type.</summary>
    /// <exception cref="InvalidOperationException"><typeparamref name="TView"/> views another page.</exception>
    public TView View<TView>()
        where TView : IPageView<TView>, allows ref struct
    {
        if (!ReferenceEquals(TView.Page, Page))
        {
            throw new InvalidOperationException($"{typeof(TView).Name} views page {TView.Page.LayoutName}/{TView.Page.NativeName}, but this snapshot holds {Page.LayoutName}/{Page.NativeName}.");
        }

        return TView.Create(Bytes);
    }

    /// <summary>Keeps the snapshot alive past its owner's <see cref="Dispose"/>; match each call with a <see cref="Dispose"/>.</summary>
    public PageSnapshot Retain()
    {
        Interlocked.Increment(ref _references);
        return this;
    }

    /// <summary>Releases one reference; the last one returns the buffer to the pool.</summary>
    public void Dispose()
    {
        // The sole owner needs no atomic: nobody else may legally touch a snapshot it holds the only reference to.
        if (Volatile.Read(ref _references) == 1)
        {
            _references = 0;
            _pool.Return(this);
            return;
        }

        var remaining = Interlocked.Decrement(ref _references);
        if (remaining == 0)
        {
            _pool.Return(this);
        }
        else if (remaining < 0)
        {
            throw new ObjectDisposedException(nameof(PageSnapshot), "The snapshot was disposed more often than it was retained.");
        }
    }

    internal void Reset()
    {
        _references = 1;
        Length = 0;
        CopiedLength = 0;
        Counter = 0;
        CaughtMidWrite = false;
        Version = null;
        CapturedAt = default;
    }
}
