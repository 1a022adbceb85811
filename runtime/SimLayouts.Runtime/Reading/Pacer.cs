using System;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using SimLayouts.Sources;

namespace SimLayouts.Reading;

/// <summary>Waits between polls without allocating: a periodic timer, re-timed when a replay asks for another pace.</summary>
internal sealed class Pacer : IDisposable
{
    private static readonly TimeSpan ShortestPeriod = TimeSpan.FromMilliseconds(1);
    private static readonly TimeSpan LongestPeriod = TimeSpan.FromMilliseconds(uint.MaxValue - 1);

    private readonly TimeSpan _interval;
    private readonly ISegmentSource _source;
    private PeriodicTimer? _timer;

    public Pacer(TimeSpan interval, ISegmentSource source)
    {
        _interval = interval;
        _source = source;
    }

    /// <summary>Waits for the next poll; false when cancelled.</summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public async ValueTask<bool> WaitAsync(CancellationToken cancellationToken)
    {
        var delay = _source.DelayBeforeNextPoll ?? _interval;
        if (delay <= TimeSpan.Zero)
        {
            return !cancellationToken.IsCancellationRequested;
        }

        // A periodic timer ticks every 1 ms at the finest and about every 49 days at the coarsest.
        delay = delay < ShortestPeriod ? ShortestPeriod : delay > LongestPeriod ? LongestPeriod : delay;

        if (_timer is null)
        {
            _timer = new PeriodicTimer(delay);
        }
        else if (_timer.Period != delay)
        {
            _timer.Period = delay;
        }

        try
        {
            return await _timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public void Dispose() => _timer?.Dispose();
}
