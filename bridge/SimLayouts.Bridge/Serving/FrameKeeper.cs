using System;
using System.Threading;
using System.Threading.Tasks;
using SimLayouts.Bridge.Frames;
using SimLayouts.Reading;

namespace SimLayouts.Bridge.Serving;

/// <summary>
/// Follows the game with a <see cref="LayoutReader"/> on its own loop and keeps only the latest consistent frame
/// (or why there is none). Requests and event streams read the latest state; nothing waits for a client, and no
/// client's pace holds frames back: a slow one simply gets the newest frame when it is ready again.
/// </summary>
internal sealed class FrameKeeper : IDisposable
{
    private readonly LayoutReader _reader;
    private readonly PagesFrameFormat _format;
    private readonly TimeSpan _pollInterval;
    private readonly object _gate = new();
    private ServedState _current;
    private TaskCompletionSource _changed = NewSignal();

    /// <summary>Keeps frames of <paramref name="reader"/> (which it disposes), polled every <paramref name="pollInterval"/>.</summary>
    public FrameKeeper(LayoutReader reader, TimeSpan pollInterval)
    {
        ArgumentNullException.ThrowIfNull(reader);
        _reader = reader;
        _pollInterval = pollInterval;
        // Every game is served in the generic pages frame, whatever its bridge.frame says for the Node server.
        PagesFrameFormat.TryCreate(reader.Layout, out var format, out _);
        _format = (PagesFrameFormat)format!;
        _current = new ServedState(0, null, SourceState.Starting, $"Starting to read {reader.Layout.Name} from {reader.Source.Description}.");
        _reader.StateChanged += (_, change) => OnStateChanged(change);
    }

    /// <summary>The layout served.</summary>
    public LayoutDescription Layout => _reader.Layout;

    /// <summary>The reader (for its source's description).</summary>
    public LayoutReader Reader => _reader;

    /// <summary>Reports every change of the reader's state, with its message (for status lines).</summary>
    public event EventHandler<SourceStateChangedEventArgs>? StateChanged;

    /// <summary>The latest state.</summary>
    public ServedState Current => Volatile.Read(ref _current);

    /// <summary>Polls the game until <paramref name="cancellationToken"/> fires or a finite source ends.</summary>
    public Task RunAsync(CancellationToken cancellationToken) =>
        new LayoutPoller(_reader, _pollInterval).RunAsync(frame => Publish(frame.Retain()), cancellationToken);

    /// <summary>
    /// The latest frame, retained for the caller (dispose it when done), or null while there is none. Retaining happens
    /// under the same lock that replaces frames, so the frame cannot be released in between.
    /// </summary>
    public LayoutFrame? AcquireFrame(out ServedState state)
    {
        lock (_gate)
        {
            state = _current;
            return state.Frame?.Frame.Retain();
        }
    }

    /// <summary>The JSON of <paramref name="frame"/> for <paramref name="enums"/>, written once and shared.</summary>
    public byte[]? FrameJson(ServedFrame frame, JsonEnumFormat enums)
    {
        if (frame.CachedJson(enums) is { } cached)
        {
            return cached;
        }

        lock (_gate)
        {
            // Only a frame still held can be written; one replaced meanwhile is released (the caller takes the newer one).
            if (!ReferenceEquals(_current.Frame, frame))
            {
                return frame.CachedJson(enums);
            }

            frame.Frame.Retain();
        }

        try
        {
            return frame.WriteJson(_format, enums);
        }
        finally
        {
            frame.Frame.Dispose();
        }
    }

    /// <summary>
    /// Waits until the state is newer than <paramref name="seenVersion"/> and returns it, or returns the unchanged state
    /// after <paramref name="timeout"/> (event streams send a keep-alive then).
    /// </summary>
    public async Task<ServedState> WaitForChangeAsync(long seenVersion, TimeSpan timeout, CancellationToken cancellationToken)
    {
        Task changed;
        lock (_gate)
        {
            if (_current.Version != seenVersion)
            {
                return _current;
            }

            changed = _changed.Task;
        }

        try
        {
            await changed.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // Nothing changed: the caller keeps its connection alive.
        }

        return Current;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        lock (_gate)
        {
            _current.Frame?.Frame.Dispose();
            _current = _current with { Frame = null };
        }

        _reader.Dispose();
    }

    private void Publish(LayoutFrame frame)
    {
        ServedFrame? previous;
        TaskCompletionSource changed;
        lock (_gate)
        {
            previous = _current.Frame;
            _current = new ServedState(_current.Version + 1, new ServedFrame(frame), SourceState.Attached, _current.Reason);
            changed = _changed;
            _changed = NewSignal();
        }

        previous?.Frame.Dispose();
        changed.TrySetResult();
    }

    private void OnStateChanged(SourceStateChangedEventArgs change)
    {
        ServedFrame? previous = null;
        TaskCompletionSource changed;
        lock (_gate)
        {
            // Without the game there is no current frame: the last one is stale (a game that exited leaves its page).
            if (change.State != SourceState.Attached)
            {
                previous = _current.Frame;
            }

            _current = new ServedState(_current.Version + 1, change.State == SourceState.Attached ? _current.Frame : null, change.State, change.Message);
            changed = _changed;
            _changed = NewSignal();
        }

        previous?.Frame.Dispose();
        changed.TrySetResult();
        StateChanged?.Invoke(this, change);
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
