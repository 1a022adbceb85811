using System;
using System.Text;
using NUnit.Framework;
using SimLayouts.Bridge.Frames;

namespace SimLayouts.Bridge.Tests.Frames;

/// <summary><c>capturedAt</c> reads as Python's <c>datetime.now(timezone.utc).isoformat()</c>.</summary>
[TestFixture]
public sealed class PythonIsoTimestampTests
{
    [Test]
    public void Prints_microseconds_and_the_utc_offset()
    {
        var timestamp = new DateTimeOffset(2026, 11, 21, 10, 0, 0, TimeSpan.Zero).AddTicks(1_234_567);

        Assert.That(Format(timestamp), Is.EqualTo("2026-11-21T10:00:00.123456+00:00"));
    }

    [Test]
    public void Omits_the_fraction_when_the_microsecond_is_zero_like_isoformat()
    {
        var timestamp = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero).AddTicks(9);

        Assert.That(Format(timestamp), Is.EqualTo("2026-01-02T03:04:05+00:00"));
    }

    [Test]
    public void Converts_other_offsets_to_utc()
    {
        var timestamp = new DateTimeOffset(2026, 11, 21, 0, 30, 0, TimeSpan.FromHours(2)).AddTicks(10);

        Assert.That(Format(timestamp), Is.EqualTo("2026-11-20T22:30:00.000001+00:00"));
    }

    [Test]
    public void Pads_early_years()
    {
        Assert.That(Format(new DateTimeOffset(9, 3, 4, 5, 6, 7, TimeSpan.Zero)), Is.EqualTo("0009-03-04T05:06:07+00:00"));
    }

    private static string Format(DateTimeOffset timestamp)
    {
        Span<byte> buffer = stackalloc byte[PythonIsoTimestamp.MaxLength];
        return Encoding.UTF8.GetString(buffer[..PythonIsoTimestamp.Format(timestamp, buffer)]);
    }
}
