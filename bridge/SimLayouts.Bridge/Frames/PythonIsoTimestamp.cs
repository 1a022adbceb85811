using System;

namespace SimLayouts.Bridge.Frames;

/// <summary>
/// Timestamps as the seed prints them: Python's <c>datetime.now(timezone.utc).isoformat()</c>, e.g.
/// <c>2026-11-21T10:00:00.123456+00:00</c>, and without the fraction when the microsecond is 0.
/// </summary>
public static class PythonIsoTimestamp
{
    /// <summary>The longest text written: <c>yyyy-MM-ddTHH:mm:ss.ffffff+00:00</c>.</summary>
    public const int MaxLength = 32;

    /// <summary>
    /// Writes <paramref name="timestamp"/> in UTC, truncated to the microsecond, as UTF-8 into
    /// <paramref name="destination"/> (at least <see cref="MaxLength"/> bytes).
    /// </summary>
    /// <returns>The number of bytes written: 32, or 25 when the microsecond is 0.</returns>
    public static int Format(DateTimeOffset timestamp, Span<byte> destination)
    {
        if (destination.Length < MaxLength)
        {
            throw new ArgumentException($"The destination must hold {MaxLength} bytes.", nameof(destination));
        }

        var utc = timestamp.UtcDateTime;
        var microsecond = (int)(utc.Ticks % TimeSpan.TicksPerSecond / 10);
        Write(destination, 0, utc.Year, 4);
        destination[4] = (byte)'-';
        Write(destination, 5, utc.Month, 2);
        destination[7] = (byte)'-';
        Write(destination, 8, utc.Day, 2);
        destination[10] = (byte)'T';
        Write(destination, 11, utc.Hour, 2);
        destination[13] = (byte)':';
        Write(destination, 14, utc.Minute, 2);
        destination[16] = (byte)':';
        Write(destination, 17, utc.Second, 2);
        var length = 19;
        if (microsecond != 0)
        {
            destination[length++] = (byte)'.';
            Write(destination, length, microsecond, 6);
            length += 6;
        }

        "+00:00"u8.CopyTo(destination[length..]);
        return length + 6;
    }

    private static void Write(Span<byte> destination, int start, int value, int digits)
    {
        for (var index = start + digits - 1; index >= start; index--)
        {
            destination[index] = (byte)('0' + (value % 10));
            value /= 10;
        }
    }
}
