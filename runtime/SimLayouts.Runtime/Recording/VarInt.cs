using System;

namespace SimLayouts.Recording;

/// <summary>Unsigned LEB128 integers: 7 bits per byte, low bits first, high bit set on every byte but the last.</summary>
internal static class VarInt
{
    public static int Write(Span<byte> target, ulong value)
    {
        var written = 0;
        while (value >= 0x80)
        {
            target[written++] = (byte)(value | 0x80);
            value >>= 7;
        }

        target[written++] = (byte)value;
        return written;
    }

    /// <summary>Reads a value; false when the bytes end or the value is longer than 10 bytes.</summary>
    public static bool TryRead(ReadOnlySpan<byte> source, ref int position, out ulong value)
    {
        value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if (position >= source.Length)
            {
                return false;
            }

            var current = source[position++];
            value |= (ulong)(current & 0x7F) << shift;
            if (current < 0x80)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads a value that must fit an int no larger than <paramref name="maximum"/>.</summary>
    public static bool TryReadInt(ReadOnlySpan<byte> source, ref int position, int maximum, out int value)
    {
        value = 0;
        if (!TryRead(source, ref position, out var raw) || raw > (ulong)maximum)
        {
            return false;
        }

        value = (int)raw;
        return true;
    }
}
