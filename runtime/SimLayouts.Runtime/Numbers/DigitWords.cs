using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace SimLayouts.Numbers;

/// <summary>
/// Decimal digits eight or sixteen at a time in a vector register, one digit value (0..9) per byte lane, the
/// most significant digit in lane 0 (the order a store puts them in memory), computed with a few lane-wise
/// multiplications instead of a division per digit.
/// </summary>
/// <remarks>
/// An 8-digit number is split into two 4-digit halves (one scalar division by 10^4), then in 32-bit lanes each
/// half into two 2-digit quarters, then in 16-bit lanes each quarter into two digits: x * 10486 &gt;&gt; 20 is
/// x / 100 for x &lt; 10^4 and x * 103 &gt;&gt; 10 is x / 10 for x &lt; 100, and the products fit their lanes
/// (checked once against every 8-digit number, and by the tests through every formatted value). A double's
/// sixteen digits take the same instructions as a float's eight.
/// </remarks>
internal static class DigitWords
{
    /// <summary>OR-ed into a word of digit values (0..9 per byte) it gives their ASCII text.</summary>
    internal const ulong AsciiZeros = 0x3030_3030_3030_3030;

    /// <summary>
    /// The eight digits of <paramref name="value"/> (below 10^8, leading zeros included) in lanes 0..7;
    /// lanes 8..15 are zero.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector128<byte> Eight(uint value) => Split(Vector128.CreateScalar(Halves(value)).AsUInt32());

    /// <summary>
    /// The digits of <paramref name="high"/> in lanes 0..7 and of <paramref name="low"/> in lanes 8..15 (each
    /// below 10^8, leading zeros included).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector128<byte> Sixteen(uint high, uint low) =>
        Split(Vector128.Create(Halves(high), Halves(low)).AsUInt32());

    // The upper four digits in the low 32 bits, the lower four in the high 32 bits.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Halves(uint value)
    {
        var upper = value / 10_000;
        return upper | ((ulong)(value - (upper * 10_000)) << 32);
    }

    // 4-digit halves in 32-bit lanes to 2-digit quarters in 16-bit lanes to digits in bytes.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<byte> Split(Vector128<uint> halves)
    {
        var hundreds = Vector128.ShiftRightLogical(halves * 10_486, 20);
        var quarters = (hundreds | Vector128.ShiftLeft(halves - (hundreds * 100), 16)).AsUInt16();
        var tens = Vector128.ShiftRightLogical(quarters * 103, 10);
        return (tens | Vector128.ShiftLeft(quarters - (tens * 10), 8)).AsByte();
    }
}
