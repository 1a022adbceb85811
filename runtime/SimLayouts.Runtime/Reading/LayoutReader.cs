using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using SimLayouts.Consistency;
using SimLayouts.Snapshots;
using SimLayouts.Sources;

namespace SimLayouts.Reading;

/// <summary>
/// Follows one layout on one source, one <see cref="Poll"/> at a time: opens every page's segment, takes
/// torn-free snapshots, builds frames when a page changed, and tracks the game coming and going
/// (<see cref="StateChanged"/>). Steady-state polling allocates nothing. Not thread-safe; see
/// <see cref="LayoutPoller"/> for an interval-driven loop.
/// </summary>
public sealed class LayoutReader : IDisposable
{
    private const int MaximumVersionWarnings = 16;
    private readonly LayoutReaderOptions _options;
    private readonly TimeProvider _time;
    private readonly SnapshotReader[] _readers;
    private readonly ISegment?[] _segments;
    private readonly PageSnapshot?[] _current;
    private readonly bool[] _changed;
    private readonly VersionCheck _versionCheck;
    private readonly int _versionPageIndex;
    private readonly IReadOnlyList<PresenceRule> _presenceRules;
    private readonly int[] _presencePageIndexes;
    private readonly bool _hasCounters;
    private readonly LayoutFramePool _framePool;
    private readonly HashSet<long> _warnedVersions = [];
    private readonly HashSet<(int Page, long Value)> _warnedAbsences = [];
    private readonly bool[] _warnedMidWrite;

    // Each segment's length when last looked at: one that changed was rewritten (see AreWhole).
    private readonly int[] _lengths;
    private WaitReason _reason;
    private long _lastProgress;
    private bool _stalled;
    private long _sequence;
    private bool _disposed;

    /// <summary>Creates a reader of <paramref name="layout"/> from <paramref name="source"/> (which it disposes).</summary>
    public LayoutReader(LayoutDescription layout, ISegmentSource source, LayoutReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(source);
        if (layout.Pages.Count == 0)
        {
            throw new ArgumentException($"Layout {layout.Name} has no pages.", nameof(layout));
        }

        Layout = layout;
        Source = source;
        _options = options ?? new LayoutReaderOptions();
        _time = _options.Time ?? TimeProvider.System;
        _readers = [.. layout.Pages.Select(page => SnapshotReader.Create(page, _options.MaximumAttempts, _time, atRest: !source.IsLive))];
        _segments = new ISegment?[layout.Pages.Count];
        _current = new PageSnapshot?[layout.Pages.Count];
        _changed = new bool[layout.Pages.Count];
        _versionCheck = new VersionCheck(layout);
        _versionPageIndex = _versionCheck.Page is null ? -1 : IndexOf(_versionCheck.Page);
        _presenceRules = _options.PresenceRules ?? PresenceRule.FromLayout(layout);
        _presencePageIndexes = [.. _presenceRules.Select(rule => IndexOf(rule.Page))];
        _hasCounters = layout.Pages.Any(ConsistencyProtocols.HasCounter);
        _warnedMidWrite = new bool[layout.Pages.Count];
        _lengths = new int[layout.Pages.Count];
        _framePool = new LayoutFramePool(layout);
    }

    /// <summary>Reports every change of <see cref="State"/>, and of the reason it waits, with a message for a status line.</summary>
    public event EventHandler<SourceStateChangedEventArgs>? StateChanged;

    /// <summary>
    /// Reports, once each, versions of the page that are old or unknown, and pages of a file or a recording whose
    /// presence field says the game was not there or whose counter says they were saved mid-write (decoded anyway).
    /// </summary>
    public event EventHandler<ReaderWarningEventArgs>? Warning;

    /// <summary>The layout followed.</summary>
    public LayoutDescription Layout { get; }

    /// <summary>Where the bytes come from.</summary>
    public ISegmentSource Source { get; }

    /// <summary>Where the reader stands with the game.</summary>
    public SourceState State { get; private set; } = SourceState.Starting;

    /// <summary>The per-page snapshot readers, in page order, with their retry and rejection counters.</summary>
    public IReadOnlyList<SnapshotReader> SnapshotReaders => _readers;

    /// <summary>Frames produced so far.</summary>
    public long FrameCount => _sequence;

    /// <summary>
    /// For one-shot readers (a dump, an app reading one page): polls until a frame comes, the game is found
    /// absent (<see cref="PollResult.Waiting"/>) or the source ends, sleeping <paramref name="pause"/> between polls
    /// while a writer keeps every copy busy. Returns <see cref="PollResult.Unchanged"/> when no consistent frame
    /// came in <paramref name="maximumPolls"/> polls.
    /// </summary>
    public PollResult PollFirstFrame(out LayoutFrame? frame, int maximumPolls = 100, TimeSpan? pause = null)
    {
        for (var poll = 1; ; poll++)
        {
            var result = Poll(out frame);
            if (result != PollResult.Unchanged || poll >= maximumPolls)
            {
                return result;
            }

            System.Threading.Thread.Sleep(pause ?? TimeSpan.FromMilliseconds(10));
        }
    }

    /// <summary>
    /// Polls once: advances the source, (re)opens segments, snapshots every page, and returns a new frame
    /// (owned by the caller, who must dispose it) when a page changed.
    /// </summary>
    public PollResult Poll(out LayoutFrame? frame)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        frame = null;
        if (State == SourceState.Ended)
        {
            return PollResult.Ended;
        }

        if (!Source.Advance())
        {
            CloseSegments();
            SetState(SourceState.Ended, WaitReason.None, $"{Source.Description} has no more frames.");
            return PollResult.Ended;
        }

        if (!OpenSegments() || !FollowSegments() || !AreWhole())
        {
            return PollResult.Waiting;
        }

        var anyChanged = false;
        for (var index = 0; index < _readers.Length; index++)
        {
            // Short (the file shrank since FollowSegments looked) and Busy keep the last whole copy.
            var status = _readers[index].TryRead(_segments[index]!, _current[index], out var snapshot);
            _changed[index] = status == SnapshotStatus.New;
            if (status == SnapshotStatus.New)
            {
                if (index == _versionPageIndex && ApplyVersion(snapshot!) is { } refusal)
                {
                    // A version the layout cannot read gives no frames, only the one sentence that says why.
                    snapshot!.Dispose();
                    _current[index]?.Dispose();
                    _current[index] = null;
                    SetState(State == SourceState.Attached ? SourceState.Detached : SourceState.Waiting, WaitReason.Version, refusal);
                    return PollResult.Waiting;
                }

                if (snapshot!.CaughtMidWrite)
                {
                    WarnMidWrite(index, snapshot);
                }

                _current[index]?.Dispose();
                _current[index] = snapshot;
                anyChanged = true;
            }
        }

        if (Array.IndexOf(_current, null) >= 0)
        {
            SetState(SourceState.Waiting, WaitReason.Incomplete, "Waiting for the game to finish writing its pages.");
            return PollResult.Waiting;
        }

        if (CheckPresence() is { } absence)
        {
            if (State == SourceState.Attached && anyChanged)
            {
                // The page that says the game left is the last frame, so that whoever follows the frames (a server,
                // a recording) sees the exit, as the game's own UDP feed shows it.
                frame = BuildFrame();
                SetState(SourceState.Detached, WaitReason.Absent, absence);
                return PollResult.Frame;
            }

            SetState(State == SourceState.Attached ? SourceState.Detached : SourceState.Waiting, WaitReason.Absent, absence);
            return PollResult.Waiting;
        }

        if (!IsProgressing(anyChanged))
        {
            return PollResult.Waiting;
        }

        if (State != SourceState.Attached)
        {
            SetState(SourceState.Attached, WaitReason.None, $"Attached to {Layout.Name} through {Source.Description}.");
            anyChanged = true;
        }

        if (!anyChanged)
        {
            return PollResult.Unchanged;
        }

        frame = BuildFrame();
        return PollResult.Frame;
    }

    /// <summary>Closes the segments, releases the snapshots and disposes the source.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        CloseSegments();
        Source.Dispose();
    }

    private bool OpenSegments()
    {
        List<string>? missing = null;
        for (var index = 0; index < _segments.Length; index++)
        {
            if (_segments[index] is not null)
            {
                continue;
            }

            var name = Layout.Pages[index].SegmentName;
            try
            {
                _segments[index] = Source.TryOpen(name);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // There, but not readable (another user's file, a directory or FIFO in its place): say so and keep
                // looking, the file may be fixed or replaced.
                SetState(SourceState.Waiting, WaitReason.Unreadable, $"Waiting for {Layout.Name}: {exception.Message}");
                return false;
            }

            if (_segments[index] is null)
            {
                (missing ??= []).Add(name);
            }
        }

        if (missing is null)
        {
            return true;
        }

        SetState(SourceState.Waiting, WaitReason.Missing, $"Waiting for {Layout.Name}: segment {string.Join(", ", missing)} not found in {Source.Description}.");
        return false;
    }

    // Looks at every segment again: its current length, and whether it is still the one opened. A game's segment
    // that went means the game left; a file that was replaced is data, and the new one is read instead.
    private bool FollowSegments()
    {
        for (var index = 0; index < _segments.Length; index++)
        {
            var segment = _segments[index]!;
            if (segment.Refresh())
            {
                continue;
            }

            var name = segment.Name;
            CloseSegments();
            if (Source.IsLive)
            {
                SetState(SourceState.Detached, WaitReason.Gone, $"Segment {name} was removed or replaced: the game left.");
                return false;
            }

            return OpenSegments();
        }

        return true;
    }

    // A page shorter than the oldest revision is not a page yet (a file being created, or cut short): never a
    // frame of made-up zeros; wait for the writer instead. A segment whose length changed was rewritten: its
    // counter may have started again and match the last copy's by chance, so the last copy is no evidence.
    private bool AreWhole()
    {
        for (var index = 0; index < _segments.Length; index++)
        {
            var segment = _segments[index]!;
            if (segment.Length != _lengths[index])
            {
                _lengths[index] = segment.Length;
                _current[index]?.Dispose();
                _current[index] = null;
            }

            var minimum = _readers[index].MinimumLength;
            if (segment.Length < minimum && index == _versionPageIndex && _versionCheck.IsRefused(segment.Live, out var refusal))
            {
                // Too short because it is another version (a RaceRoom 2.x mapping): say so, not that it is short.
                SetState(SourceState.Waiting, WaitReason.Version, refusal!);
                return false;
            }

            if (segment.Length < minimum)
            {
                SetState(SourceState.Waiting, WaitReason.Short, $"Waiting for {Layout.Name}: segment {segment.Name} in {Source.Description} holds {segment.Length} bytes, fewer than the {minimum} of a whole page{OldestRevision(Layout.Pages[index], minimum)}.");
                return false;
            }
        }

        return true;
    }

    private static string OldestRevision(PageDescription page, int minimum)
    {
        foreach (var revision in page.Revisions)
        {
            if (revision.Size == minimum)
            {
                return $" (revision {revision.Name})";
            }
        }

        return string.Empty;
    }

    // On a live source a page whose presence field holds an absent value means the game is not there: the message
    // says why. A file or a recording is data: its pages are decoded anyway, with one warning per page and value.
    private string? CheckPresence()
    {
        for (var index = 0; index < _presenceRules.Count; index++)
        {
            var rule = _presenceRules[index];
            var pageIndex = _presencePageIndexes[index];
            if (!rule.IsAbsent(_current[pageIndex]!.Bytes, out var absent))
            {
                continue;
            }

            var field = rule.Presence.Field.NativeName;
            var name = rule.Presence.AbsentNames[absent];
            if (Source.IsLive)
            {
                return $"{field} is {name}: the game is not running.";
            }

            if (_warnedAbsences.Add((pageIndex, rule.Presence.AbsentValues[absent])))
            {
                Warning?.Invoke(this, new ReaderWarningEventArgs(
                    $"{Source.Description}: {field} is {name} in page {rule.Page.NativeName} (the game was not running when the page was written); decoding it anyway."));
            }
        }

        return null;
    }

    // A live game keeps bumping its counters; one that stopped for the stall timeout has left (or hung). A layout
    // without counters (RaceRoom) is judged by its bytes: no page that changed for the timeout. That is how a reader
    // on Windows learns that the game left, as the mapping lives on while the reader holds it. After a stall, only a
    // moving counter (or changed bytes) brings the reader back.
    private bool IsProgressing(bool anyChanged)
    {
        if (!Source.IsLive || _options.StallTimeout is not { } timeout)
        {
            return true;
        }

        var now = _time.GetTimestamp();
        if (anyChanged || State != SourceState.Attached && !_stalled)
        {
            _stalled = false;
            _lastProgress = now;
            return true;
        }

        if (_stalled)
        {
            return false;
        }

        if (_time.GetElapsedTime(_lastProgress, now) < timeout)
        {
            return true;
        }

        _stalled = true;
        var seconds = timeout.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture);
        SetState(SourceState.Detached, WaitReason.Stalled, _hasCounters
            ? $"No counter of {Layout.Name} moved for {seconds} s: the game left or hangs."
            : $"No page of {Layout.Name} changed for {seconds} s (it has no counter): the game left, hangs or is paused.");
        return false;
    }

    // The refusal message when the page's version is one the layout cannot read, else null.
    private string? ApplyVersion(PageSnapshot snapshot)
    {
        var status = _versionCheck.Evaluate(snapshot.Bytes, out var version, out var usableLength);
        if (status == VersionStatus.NotDeclared)
        {
            return null;
        }

        if (status == VersionStatus.Refused)
        {
            return _versionCheck.Warning(status, version, usableLength);
        }

        snapshot.Version = version;
        snapshot.Length = Math.Min(snapshot.Length, usableLength);
        // Hostile or random pages carry a new "version" every time: warn about a few, not about every one.
        if (status != VersionStatus.Current && _warnedVersions.Count < MaximumVersionWarnings && _warnedVersions.Add(version) && _versionCheck.Warning(status, version, usableLength) is { } message)
        {
            Warning?.Invoke(this, new ReaderWarningEventArgs(message));
        }

        return null;
    }

    private void WarnMidWrite(int index, PageSnapshot snapshot)
    {
        if (_warnedMidWrite[index])
        {
            return;
        }

        _warnedMidWrite[index] = true;
        var page = Layout.Pages[index];
        Warning?.Invoke(this, new ReaderWarningEventArgs($"{Source.Description}: page {page.SegmentName} was saved while its writer was writing it ({_readers[index].Protocol} counter {page.CounterField} is {snapshot.Counter.ToString(CultureInfo.InvariantCulture)}); decoding it as it is, values may mix two updates."));
    }

    private LayoutFrame BuildFrame()
    {
        var frame = _framePool.Rent();
        frame.Sequence = ++_sequence;
        var capturedAt = DateTimeOffset.MinValue;
        for (var index = 0; index < _current.Length; index++)
        {
            var snapshot = _current[index]!;
            frame.Set(index, snapshot, _changed[index]);
            if (snapshot.CapturedAt > capturedAt)
            {
                capturedAt = snapshot.CapturedAt;
            }
        }

        frame.CapturedAt = capturedAt;
        frame.Version = _versionPageIndex >= 0 ? _current[_versionPageIndex]!.Version : null;
        return frame;
    }

    private void CloseSegments()
    {
        for (var index = 0; index < _segments.Length; index++)
        {
            _segments[index]?.Dispose();
            _segments[index] = null;
            _current[index]?.Dispose();
            _current[index] = null;
        }

        _stalled = false;
    }

    // Raised when the state changes, or when the reason for waiting does (a missing segment that is now there but
    // too short is news); not again for the same state and reason.
    private void SetState(SourceState state, WaitReason reason, string message)
    {
        if (state == State && reason == _reason)
        {
            return;
        }

        var previous = State;
        State = state;
        _reason = reason;
        StateChanged?.Invoke(this, new SourceStateChangedEventArgs(previous, state, message, reason));
    }

    private int IndexOf(PageDescription page)
    {
        for (var index = 0; index < Layout.Pages.Count; index++)
        {
            if (ReferenceEquals(Layout.Pages[index], page))
            {
                return index;
            }
        }

        throw new ArgumentException($"Page {page.NativeName} is not part of layout {Layout.Name}.", nameof(page));
    }
}
