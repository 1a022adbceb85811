using System;
using SimLayouts.Consistency;
using SimLayouts.Sources;

namespace SimLayouts.Publishing;

/// <summary>
/// Writes whole pages into a <see cref="PublishedSegment"/> the way a game does, following the page's declared
/// consistency protocol (<see cref="ConsistencyProtocols"/>) so that readers get torn-free copies: seqlock
/// (counter odd, body, counter even), counter (body, then the counter bumped) or none (the body).
/// The publisher owns the counter: the counter bytes of the pages given to <see cref="Publish"/> are ignored.
/// One publisher per segment; not thread-safe.
/// </summary>
public sealed class PagePublisher : IDisposable
{
    private readonly IConsistencyProtocol _protocol;

    /// <summary>Publishes into <paramref name="segment"/>, taking ownership of it.</summary>
    /// <exception cref="ArgumentException">The segment is too short for the page's counter.</exception>
    /// <exception cref="NotSupportedException">The page declares a protocol this runtime does not implement.</exception>
    public PagePublisher(PageDescription page, PublishedSegment segment)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(segment);
        Page = page;
        Segment = segment;
        _protocol = ConsistencyProtocols.For(page);
        if (_protocol.RequiredLength > segment.Length)
        {
            throw new ArgumentException($"Segment {segment.Name} has {segment.Length} bytes, too few for the counter at offset {page.CounterOffset}.", nameof(segment));
        }
    }

    /// <summary>The page being published.</summary>
    public PageDescription Page { get; }

    /// <summary>The segment written to.</summary>
    public PublishedSegment Segment { get; }

    /// <summary>The counter value after the last <see cref="Publish"/> (0 before the first, and for pages without one).</summary>
    public uint Counter
    {
        get
        {
            var live = new LiveBytes(Segment.Bytes);
            var length = live.Length;
            _protocol.TryBegin(live, ref length, out var counter);
            return counter;
        }
    }

    /// <summary>
    /// Creates the segment of <typeparamref name="TPage"/>'s page (a file in <paramref name="shmDirectory"/>,
    /// <c>$SIMLAYOUTS_SHM_DIR</c> or <c>/dev/shm</c>, or a Windows named mapping) and a publisher for it.
    /// </summary>
    /// <param name="shmDirectory">The shm directory, or null for the default place.</param>
    /// <param name="segmentLength">The segment length; the page size when null (bridges often pad, older games are shorter).</param>
    public static PagePublisher Create<TPage>(string? shmDirectory = null, int? segmentLength = null)
        where TPage : IPageView<TPage>, allows ref struct
        => Create(TPage.Page, shmDirectory, segmentLength);

    /// <summary>Creates the segment of <paramref name="page"/> and a publisher for it (see <see cref="Create{TPage}"/>).</summary>
    public static PagePublisher Create(PageDescription page, string? shmDirectory = null, int? segmentLength = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        var segment = PublishedSegment.Create(page.SegmentName, segmentLength ?? page.Size, shmDirectory);
        try
        {
            return new PagePublisher(page, segment);
        }
        catch
        {
            segment.Dispose();
            throw;
        }
    }

    /// <summary>Writes <paramref name="page"/> (at most the segment's length of it) as one consistent update.</summary>
    public void Publish(ReadOnlySpan<byte> page)
    {
        var live = Segment.Bytes;
        var length = Math.Min(Math.Min(page.Length, live.Length), Page.Size);
        _protocol.Publish(live, page[..length]);
    }

    /// <summary>Removes the segment, as a game does when it exits.</summary>
    public void Dispose() => Segment.Dispose();
}
