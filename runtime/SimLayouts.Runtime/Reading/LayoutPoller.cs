using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace SimLayouts.Reading;

/// <summary>
/// Polls a <see cref="LayoutReader"/> at an interval (or at the pace a replay asks for) and hands out frames,
/// either as an <see cref="IAsyncEnumerable{T}"/> or through a callback. Both end quietly when cancelled or when
/// the source ends. State changes and warnings arrive through the reader's events.
/// </summary>
public sealed class LayoutPoller
{
    /// <summary>The default poll interval: 100 polls per second, faster than the games write.</summary>
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromMilliseconds(10);

    /// <summary>Polls <paramref name="reader"/> every <paramref name="interval"/> (zero polls without waiting).</summary>
    public LayoutPoller(LayoutReader reader, TimeSpan? interval = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        Reader = reader;
        Interval = interval ?? DefaultInterval;
        ArgumentOutOfRangeException.ThrowIfLessThan(Interval, TimeSpan.Zero, nameof(interval));
    }

    /// <summary>The reader polled.</summary>
    public LayoutReader Reader { get; }

    /// <summary>The time between polls, unless the source asks for another pace.</summary>
    public TimeSpan Interval { get; }

    /// <summary>
    /// The frames as they come. Each frame stays valid until the enumeration moves on (it is disposed then);
    /// call <see cref="LayoutFrame.Retain"/> to keep one longer, and dispose it yourself.
    /// </summary>
    public async IAsyncEnumerable<LayoutFrame> ReadFramesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var pacer = new Pacer(Interval, Reader.Source);
        LayoutFrame? previous = null;
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var result = Reader.Poll(out var frame);
                if (result == PollResult.Ended)
                {
                    yield break;
                }

                if (frame is not null)
                {
                    previous?.Dispose();
                    previous = frame;
                    yield return frame;
                }

                if (!await pacer.WaitAsync(cancellationToken).ConfigureAwait(false))
                {
                    yield break;
                }
            }
        }
        finally
        {
            previous?.Dispose();
        }
    }

    /// <summary>
    /// Calls <paramref name="onFrame"/> with every frame until cancelled or the source ends. The frame is
    /// disposed when the callback returns; retain it to keep it. Returns the number of frames delivered.
    /// </summary>
    public async Task<long> RunAsync(Action<LayoutFrame> onFrame, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(onFrame);
        using var pacer = new Pacer(Interval, Reader.Source);
        long delivered = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var result = Reader.Poll(out var frame);
            if (result == PollResult.Ended)
            {
                break;
            }

            if (frame is not null)
            {
                using (frame)
                {
                    delivered++;
                    onFrame(frame);
                }
            }

            if (!await pacer.WaitAsync(cancellationToken).ConfigureAwait(false))
            {
                break;
            }
        }

        return delivered;
    }
}
