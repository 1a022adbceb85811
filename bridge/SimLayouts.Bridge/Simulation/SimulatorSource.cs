using System;
using System.Diagnostics.CodeAnalysis;
using SimLayouts.Publishing;
using SimLayouts.Sources;

namespace SimLayouts.Bridge.Simulation;

/// <summary>
/// A simulated game as a segment source (<c>--source sim</c>): the session runs in this process, in real time, and
/// its pages are published into in-memory segments through <see cref="PagePublisher"/> with the game's consistency
/// protocol, so readers see them exactly as they see a running game's shared memory.
/// </summary>
/// <remarks>
/// The session moves on in <see cref="Advance"/>, which readers call once per poll: by the time elapsed since the
/// previous call (at most <see cref="MaximumStep"/>, so a paused process does not teleport the cars).
/// </remarks>
public sealed class SimulatorSource : ISegmentSource
{
    /// <summary>The longest step the session takes in one <see cref="Advance"/>.</summary>
    public static readonly TimeSpan MaximumStep = TimeSpan.FromSeconds(1);

    private readonly GameSimulator _game;
    private readonly PagePublisher[] _publishers;
    private readonly MemoryPublishedSegment[] _segments;
    private readonly byte[][] _pages;
    private readonly TimeProvider _time;
    private long _lastAdvance = -1;

    private SimulatorSource(GameSimulator game, TimeProvider? time)
    {
        var layout = game.Layout;
        Layout = layout;
        _game = game;
        _time = time ?? TimeProvider.System;
        var count = layout.Pages.Count;
        _segments = new MemoryPublishedSegment[count];
        _publishers = new PagePublisher[count];
        _pages = new byte[count][];
        for (var index = 0; index < count; index++)
        {
            var page = layout.Pages[index];
            _segments[index] = new MemoryPublishedSegment(page.SegmentName, page.Size);
            _publishers[index] = new PagePublisher(page, _segments[index]);
            _pages[index] = new byte[page.Size];
        }
    }

    /// <summary>The layout simulated.</summary>
    public LayoutDescription Layout { get; }

    /// <inheritdoc/>
    public string Description => $"the built-in {Layout.Name} simulator";

    /// <inheritdoc/>
    public bool IsLive => true;

    /// <inheritdoc/>
    public TimeSpan? DelayBeforeNextPoll => null;

    /// <summary>Frames published so far (one per <see cref="Advance"/>).</summary>
    public long FramesPublished { get; private set; }

    /// <summary>Creates the simulator source for <paramref name="layout"/>, or returns false when there is none.</summary>
    /// <param name="layout">The layout to simulate.</param>
    /// <param name="source">The source.</param>
    /// <param name="seed">Seeds the simulated race.</param>
    /// <param name="time">The clock the session follows; the system clock when null.</param>
    public static bool TryCreate(LayoutDescription layout, [NotNullWhen(true)] out SimulatorSource? source, int seed = 1, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(layout);
        source = null;
        if (!GameSimulators.TryCreate(layout, out var game, seed))
        {
            return false;
        }

        source = new SimulatorSource(game, time);
        return true;
    }

    /// <inheritdoc/>
    public ISegment? TryOpen(string segmentName)
    {
        foreach (var segment in _segments)
        {
            if (segment.Name == segmentName)
            {
                // A reader may poll before the first Advance: the pages are there from the start, like a running game's.
                if (FramesPublished == 0)
                {
                    Publish();
                }

                return segment.OpenForReading();
            }
        }

        return null;
    }

    /// <summary>Moves the session on by the time elapsed since the last call and publishes every page.</summary>
    public bool Advance()
    {
        var now = _time.GetTimestamp();
        if (_lastAdvance >= 0)
        {
            var elapsed = _time.GetElapsedTime(_lastAdvance, now);
            _game.Advance(elapsed < MaximumStep ? elapsed : MaximumStep);
        }

        _lastAdvance = now;
        Publish();
        return true;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (var publisher in _publishers)
        {
            publisher.Dispose();
        }
    }

    private void Publish()
    {
        for (var index = 0; index < _pages.Length; index++)
        {
            _game.WritePage(index, _pages[index]);
            _publishers[index].Publish(_pages[index]);
        }

        FramesPublished++;
    }
}
