using System;
using System.Globalization;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using SimLayouts.Bridge.Frames;
using SimLayouts.Bridge.Output;
using SimLayouts.Reading;
using SimLayouts.Sources;

namespace SimLayouts.Bridge.Bridging;

/// <summary>
/// The seed's job: every interval, read the game's pages (torn-free, through a <see cref="LayoutReader"/>), build one
/// JSON frame and POST it, or print it as one line. While a POST is running no frame is built: the next frame is
/// made from the latest page once the server is free, and the skipped ones are counted as dropped. Nothing the
/// server does stops the bridge; a game that is not running is waited for (or, with
/// <see cref="BridgeSettings.NoWait"/>, reported once).
/// </summary>
public sealed class FrameBridge : IDisposable
{
    private readonly LayoutReader _reader;
    private readonly FrameFormat _format;
    private readonly BridgeSettings _settings;
    private readonly StatusWriter _status;
    private readonly FramePrinter? _printer;
    private readonly HttpFrameSender? _sender;
    private readonly JsonFrameBuffer _buffer;

    /// <summary>Creates a bridge; it owns (and disposes) <paramref name="reader"/>.</summary>
    /// <param name="reader">The reader of the game's pages.</param>
    /// <param name="format">The frame format of the reader's layout.</param>
    /// <param name="settings">The options.</param>
    /// <param name="output">Where printed frames go (stdout).</param>
    /// <param name="status">Where status lines go (stderr).</param>
    /// <param name="handler">The HTTP handler; a keep-alive <see cref="SocketsHttpHandler"/> when null.</param>
    public FrameBridge(LayoutReader reader, FrameFormat format, BridgeSettings settings, TextWriter output, StatusWriter status, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(status);
        if (!ReferenceEquals(reader.Layout, format.Layout))
        {
            throw new ArgumentException($"The format writes {format.Layout.Name} frames, but the reader reads {reader.Layout.Name}.", nameof(format));
        }

        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(settings.Interval, TimeSpan.Zero, nameof(settings));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(settings.Timeout, TimeSpan.Zero, nameof(settings));
        _reader = reader;
        _format = format;
        _settings = settings;
        _status = status;
        _buffer = new JsonFrameBuffer(settings.Indented);
        if (settings.Print)
        {
            _printer = new FramePrinter(output);
        }
        else
        {
            _sender = new HttpFrameSender(settings.Url, settings.Timeout, Counters, status, settings.FailureReportInterval, handler);
        }

        _reader.StateChanged += (_, change) => _status.Line(change.Message);
        _reader.Warning += (_, warning) => _status.Line("warning: " + warning.Message);
    }

    /// <summary>What the bridge has done so far.</summary>
    public BridgeCounters Counters { get; } = new();

    /// <summary>
    /// Runs until the frame limit, cancellation (Ctrl+C), the end of a finite source, or (with
    /// <see cref="BridgeSettings.NoWait"/>) a game that is not running. A POST still running at the end is awaited.
    /// </summary>
    public async Task<BridgeOutcome> RunAsync(CancellationToken cancellationToken)
    {
        _status.Line(Describe());
        using var timer = new PeriodicTimer(_settings.Interval);
        LayoutFrame? latest = null;
        var latestEmitted = false;
        var outcome = BridgeOutcome.Stopped;
        var polls = 0L;
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var result = _reader.Poll(out var frame);
                polls++;
                if (result == PollResult.Ended)
                {
                    outcome = BridgeOutcome.SourceEnded;
                    break;
                }

                if (frame is not null)
                {
                    latest?.Dispose();
                    latest = frame;
                    latestEmitted = false;
                }
                else if (result == PollResult.Waiting)
                {
                    // The last frame before the game went away (the one that shows it exiting) may have come while a
                    // POST ran: it is the one frame the server must not miss, so wait for the server and send it.
                    if (latest is not null && !latestEmitted && _sender is not null)
                    {
                        await _sender.WhenIdleAsync().ConfigureAwait(false);
                        if (Emit(latest, cancellationToken) && FrameLimitReached())
                        {
                            outcome = BridgeOutcome.FrameLimitReached;
                            break;
                        }
                    }

                    latest?.Dispose();
                    latest = null;
                    if (polls == 1)
                    {
                        // A file or a recording is data: it holds a page now or it does not; waiting would never end.
                        if (_settings.NoWait || !_reader.Source.IsLive)
                        {
                            _status.Line(NothingToSend());
                            outcome = BridgeOutcome.NoGame;
                            break;
                        }

                        _status.Line($"the bridge attaches when {_reader.Layout.Name} starts; Ctrl+C stops it.");
                    }
                }

                // A recording replayed as fast as possible has its next frame ready at once: each is sent once, and
                // the server is waited for rather than frames dropped.
                var immediate = _reader.Source.DelayBeforeNextPoll == TimeSpan.Zero;
                if (immediate && frame is not null && _sender is not null)
                {
                    await _sender.WhenIdleAsync().ConfigureAwait(false);
                }

                // The seed sends a frame every interval, whether or not the page changed since the last one.
                if (latest is not null && (!immediate || frame is not null) && Emit(latest, cancellationToken))
                {
                    latestEmitted = true;
                    if (FrameLimitReached())
                    {
                        outcome = BridgeOutcome.FrameLimitReached;
                        break;
                    }
                }

                if (!immediate && !await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
                {
                    break;
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            outcome = BridgeOutcome.Stopped;
        }
        catch (IOException exception) when (StandardOutput.IsClosedPipe(exception))
        {
            // `--print | head -n 1`: the reader has what it wanted. End quietly, as Unix tools do.
            outcome = BridgeOutcome.OutputClosed;
        }
        finally
        {
            latest?.Dispose();
        }

        if (_sender is not null)
        {
            await _sender.WhenIdleAsync().ConfigureAwait(false);
        }

        foreach (var snapshots in _reader.SnapshotReaders)
        {
            Counters.CopiesRetried += snapshots.Retries;
        }

        if (outcome != BridgeOutcome.OutputClosed)
        {
            _status.Line(Summary(outcome));
        }

        return outcome;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _sender?.Dispose();
        _buffer.Dispose();
        _reader.Dispose();
    }

    private bool FrameLimitReached() => _settings.FrameLimit is { } limit && Counters.Built >= limit;

    private bool Emit(LayoutFrame frame, CancellationToken cancellationToken)
    {
        if (_sender is { IsBusy: true })
        {
            Counters.CountDropped();
            return false;
        }

        var sequence = Counters.Built;
        _format.Write(_buffer.Begin(), frame, sequence, DateTimeOffset.UtcNow);
        var json = _buffer.End();
        Counters.CountBuilt();
        if (_printer is not null)
        {
            _printer.Print(json.Span);
            return true;
        }

        // The seed's status line, every 20 frames.
        var note = sequence % 20 == 0
            ? string.Create(CultureInfo.InvariantCulture, $"sent frame {sequence} {_format.Describe(frame)} (failed {Counters.Failed}, dropped {Counters.Dropped}).")
            : null;
        _sender!.Start(json, note, cancellationToken);
        return true;
    }

    private string NothingToSend() => _reader.Source.IsLive
        ? $"no game: {_reader.Layout.Name} is not running. Start the game with shared memory enabled first (or run without --no-wait to wait for it)."
        : $"nothing to send: {_reader.Source.Description} holds no {_reader.Layout.Name} page that can be read (a file or recording is not waited for).";

    private string Describe()
    {
        var target = _settings.Print ? "printing frames to stdout" : $"posting frames to {_settings.Url}";
        if (_reader.Source is ReplaySource { Speed.IsAsFastAsPossible: true })
        {
            return $"replaying {_reader.Layout.Name} from {_reader.Source.Description} as fast as possible, {target}.";
        }

        var every = _settings.Interval.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
        return $"reading {_reader.Layout.Name} from {_reader.Source.Description} every {every} s, {target}.";
    }

    private string Summary(BridgeOutcome outcome)
    {
        var why = outcome switch
        {
            BridgeOutcome.FrameLimitReached => "done",
            BridgeOutcome.SourceEnded => "the source ended",
            BridgeOutcome.NoGame => "no game",
            _ => "stopped",
        };
        return _settings.Print
            ? string.Create(CultureInfo.InvariantCulture, $"{why}: {Counters.Built} frames printed, {Counters.CopiesRetried} copies retried.")
            : string.Create(CultureInfo.InvariantCulture, $"{why}: {Counters.Sent} frames sent, {Counters.Failed} failed, {Counters.Dropped} dropped, {Counters.CopiesRetried} copies retried.");
    }
}
