using System;
using System.Threading;
using SimLayouts.Snapshots;

namespace SimLayouts.Reading;

/// <summary>
/// One consistent moment of a whole layout: a snapshot of every page (for AC EVO: physics, graphics and static
/// together). Pages that did not change share the previous frame's snapshot. Frames are pooled:
/// <see cref="Dispose"/> releases them; <see cref="Retain"/> keeps one alive past its owner's dispose.
/// </summary>
public sealed class LayoutFrame : IDisposable
{
    private readonly LayoutFramePool _pool;
    private readonly PageSnapshot?[] _pages;
    private readonly bool[] _changed;
    private int _references;

    internal LayoutFrame(LayoutFramePool pool, LayoutDescription layout)
    {
        _pool = pool;
        Layout = layout;
        _pages = new PageSnapshot?[layout.Pages.Count];
        _changed = new bool[layout.Pages.Count];
    }

    /// <summary>The layout the frame belongs to.</summary>
    public LayoutDescription Layout { get; }

    /// <summary>The frame's number since the reader started, from 1.</summary>
    public long Sequence { get; internal set; }

    /// <summary>When the newest page of the frame was copied (UTC).</summary>
    public DateTimeOffset CapturedAt { get; internal set; }

    /// <summary>The layout's version field value, when it declares one and the page holds it.</summary>
    public long? Version { get; internal set; }

    /// <summary>How many pages the frame has (<see cref="LayoutDescription.Pages"/>, in that order).</summary>
    public int PageCount => _pages.Length;

    /// <summary>The snapshot of the page at <paramref name="pageIndex"/> in <see cref="LayoutDescription.Pages"/>.</summary>
    public PageSnapshot this[int pageIndex] => _pages[pageIndex] ?? throw new ObjectDisposedException(nameof(LayoutFrame));

    /// <summary>Whether the page at <paramref name="pageIndex"/> changed since the previous frame.</summary>
    public bool IsChanged(int pageIndex) => _changed[pageIndex];

    /// <summary>The snapshot of <paramref name="page"/>.</summary>
    /// <exception cref="ArgumentException">The page is not part of this frame's layout.</exception>
    public PageSnapshot Page(PageDescription page)
    {
        for (var index = 0; index < _pages.Length; index++)
        {
            if (ReferenceEquals(Layout.Pages[index], page))
            {
                return this[index];
            }
        }

        throw new ArgumentException($"Page {page?.NativeName} is not part of layout {Layout.Name}.", nameof(page));
    }

    /// <summary>The snapshot of the page viewed by <typeparamref name="TView"/>.</summary>
    public PageSnapshot Page<TView>()
        where TView : IPageView<TView>, allows ref struct
        => Page(TView.Page);

    /// <summary>A generated view over the page viewed by <typeparamref name="TView"/> (<c>frame.View&lt;SharedMemoryView&gt;()</c>).</summary>
    public TView View<TView>()
        where TView : IPageView<TView>, allows ref struct
        => TView.Create(Page(TView.Page).Bytes);

    /// <summary>Keeps the frame (and its snapshots) alive; match each call with a <see cref="Dispose"/>.</summary>
    public LayoutFrame Retain()
    {
        Interlocked.Increment(ref _references);
        return this;
    }

    /// <summary>Releases one reference; the last one returns the frame and its snapshots to their pools.</summary>
    public void Dispose()
    {
        var remaining = Interlocked.Decrement(ref _references);
        if (remaining > 0)
        {
            return;
        }

        if (remaining < 0)
        {
            throw new ObjectDisposedException(nameof(LayoutFrame), "The frame was disposed more often than it was retained.");
        }

        for (var index = 0; index < _pages.Length; index++)
        {
            _pages[index]?.Dispose();
            _pages[index] = null;
        }

        _pool.Return(this);
    }

    internal void Set(int pageIndex, PageSnapshot snapshot, bool changed)
    {
        _pages[pageIndex] = snapshot.Retain();
        _changed[pageIndex] = changed;
    }

    internal void Reset() => _references = 1;
}
