using System;
using SimLayouts.Recording;

namespace SimLayouts.Sources;

/// <summary>
/// A recording played back as a source: each page's segment shows the page as of the frame that is due, at the
/// recorded pace, a multiple of it, or one frame per poll. The source ends after the last complete frame.
/// </summary>
public sealed class ReplaySource : ISegmentSource
{
    private static readonly TimeSpan s_longestWait = TimeSpan.FromMilliseconds(100);
    private readonly RecordingReader _reader;
    private readonly TimeProvider _time;
    private long _startedAt;
    private bool _started;
    private bool _ended;
    private TimeSpan _firstFrame;

    /// <summary>Replays <paramref name="reader"/> (which the source disposes) at <paramref name="speed"/>.</summary>
    public ReplaySource(RecordingReader reader, ReplaySpeed speed, string? description = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        _reader = reader;
        Speed = speed;
        _time = time ?? TimeProvider.System;
        Description = description ?? $"a recording of {reader.Layout.Name}";
    }

    /// <summary>The replay pace.</summary>
    public ReplaySpeed Speed { get; }

    /// <summary>The recording being replayed (its <see cref="RecordingReader.StopReason"/> tells whether it ended early).</summary>
    public RecordingReader Recording => _reader;

    /// <inheritdoc/>
    public string Description { get; }

    /// <inheritdoc/>
    public bool IsLive => false;

    /// <inheritdoc/>
    public TimeSpan? DelayBeforeNextPoll
    {
        get
        {
            if (Speed.IsAsFastAsPossible || _ended || !_started)
            {
                return TimeSpan.Zero;
            }

            if (!_reader.TryLoadNext())
            {
                return TimeSpan.Zero;
            }

            var due = _reader.PendingTimestamp - RecordedElapsed();
            var ticks = due.Ticks / Speed.Factor;
            var wait = ticks >= s_longestWait.Ticks ? s_longestWait : TimeSpan.FromTicks((long)ticks);
            return wait <= TimeSpan.Zero ? TimeSpan.FromMilliseconds(1) : wait > s_longestWait ? s_longestWait : wait;
        }
    }

    /// <summary>Opens the recording at <paramref name="path"/> for replay.</summary>
    /// <exception cref="RecordingFormatException">The file is not a readable recording of <paramref name="layout"/>.</exception>
    public static ReplaySource Open(string path, LayoutDescription layout, ReplaySpeed speed, TimeProvider? time = null)
        => new(RecordingReader.Open(path, layout), speed, $"recording {path}", time);

    /// <inheritdoc/>
    public ISegment? TryOpen(string segmentName)
    {
        var pages = _reader.Layout.Pages;
        for (var index = 0; index < pages.Count; index++)
        {
            if (string.Equals(pages[index].SegmentName, segmentName, StringComparison.Ordinal))
            {
                return _reader.Page(index).Length == 0 ? null : new ReplaySegment(_reader, index, segmentName);
            }
        }

        return null;
    }

    /// <inheritdoc/>
    public bool Advance()
    {
        if (_ended)
        {
            return false;
        }

        if (!_started)
        {
            _started = true;
            _startedAt = _time.GetTimestamp();
            if (!_reader.TryReadFrame())
            {
                _ended = true;
                return false;
            }

            _firstFrame = _reader.Timestamp;
            return true;
        }

        if (Speed.IsAsFastAsPossible)
        {
            _ended = !_reader.TryReadFrame();
            return !_ended;
        }

        var now = RecordedElapsed();
        while (_reader.TryLoadNext())
        {
            if (_reader.PendingTimestamp > now)
            {
                return true;
            }

            _reader.TryApplyPending();
        }

        // Nothing is pending any more: the recording is over once its last frame has been shown.
        _ended = true;
        return false;
    }

    /// <inheritdoc/>
    public void Dispose() => _reader.Dispose();

    // Replay time starts at the first frame, so a recording that began late does not open with a pause. Any
    // positive factor works: the product saturates instead of overflowing (a speed of 1e300 plays at once).
    private TimeSpan RecordedElapsed()
    {
        var recorded = _firstFrame.Ticks + (_time.GetElapsedTime(_startedAt).Ticks * Speed.Factor);
        return recorded >= TimeSpan.MaxValue.Ticks ? TimeSpan.MaxValue : TimeSpan.FromTicks((long)recorded);
    }

    private sealed class ReplaySegment : ISegment
    {
        private readonly RecordingReader _reader;
        private readonly int _index;

        public ReplaySegment(RecordingReader reader, int index, string name)
        {
            _reader = reader;
            _index = index;
            Name = name;
        }

        public string Name { get; }

        public int Length => _reader.Page(_index).Length;

        public LiveBytes Live => new(_reader.Page(_index));

        public bool Refresh() => true;

        public void Dispose()
        {
        }
    }
}
