using System.Runtime.CompilerServices;

namespace SimLayouts;

/// <summary>
/// Decimal digits eight at a time in one 64-bit word, the first digit in the lowest byte (the order a
/// little-endian store puts them in memory), computed with a few multiplications instead of eight divisions.
/// </summary>
internal static class DigitWords
{
    /// <summary>OR-ed into a word of digit values (0..9 per byte) it gives their ASCII text.</summary>
    internal const ulong AsciiZeros = 0x3030_3030_3030_3030;

    /// <summary>
    /// The eight decimal digits of <paramref name="value"/> (below 10^8, leading zeros included), one value 0..9
    /// per byte, the most significant digit in the lowest byte.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong Eight(uint value)
    {
        // Two 4-digit halves in 32-bit lanes, then two 2-digit quarters in 16-bit lanes, then digits in bytes.
        // Within a lane x * 10486 >> 20 is x / 100 for x < 10^4 and x * 103 >> 10 is x / 10 for x < 100;
        // the products stay inside their lane, and the masks drop what the shifts pull in from the next one.
        ulong upper = value / 10_000;
        ulong halves = upper | ((value - (upper * 10_000)) << 32);
        var hundreds = ((halves * 10_486) >> 20) & 0x0000_007F_0000_007F;
        var quarters = hundreds | ((halves - (hundreds * 100)) << 16);
        var tens = ((quarters * 103) >> 10) & 0x000F_000F_000F_000F;
        return tens | ((quarters - (tens * 10)) << 8);
    }
}
