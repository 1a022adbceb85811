using System;

namespace SimLayouts.Bridge.Tests.Infrastructure;

/// <summary>A clock that moves only when a test says so: simulated sessions of any length in seconds of CPU.</summary>
internal sealed class ManualClock : TimeProvider
{
    private long _ticks;
    private DateTimeOffset _utc = new(2026, 6, 1, 14, 0, 0, TimeSpan.Zero);

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => _ticks;

    public override DateTimeOffset GetUtcNow() => _utc;

    public void Advance(TimeSpan by)
    {
        _ticks += by.Ticks;
        _utc += by;
    }
}
