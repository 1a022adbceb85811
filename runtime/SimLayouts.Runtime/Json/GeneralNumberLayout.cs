using System.Numerics;
using System.Runtime.CompilerServices;

namespace SimLayouts;

/// <summary>
/// Lays decimal digits out as .NET's default ("G", shortest round-trip) number format does, into a scratch
/// buffer that has room for whole 8-byte stores past the text (<see cref="ScratchLength"/> bytes).
/// </summary>
/// <remarks>
/// <para>
/// With the digits d1..dn (no trailing zeros) and the point <c>scale</c> digits after d1 (value = 0.d1..dn *
/// 10^scale), .NET's <c>Number.FormatGeneral</c> writes fixed notation when -3 &lt;= scale &lt;= max(n, R) and
/// scientific notation otherwise, where R is the type's round-trip digit count: 9 for float, 17 for double. So
/// 123456784f is "123456780" and 1E+09f is "1E+09"; 1e16 is "10000000000000000" and 1e17 is "1E+17"; 0.0001
/// is "0.0001" and 0.00001 is "1E-05" (checked against the BCL in the tests; n never exceeds R, so the
/// threshold is R itself). Fixed notation pads with zeros up to the point and writes no point when nothing
/// follows it; scientific notation writes "d1[.d2..dn]E+XX" with a sign and at least two exponent digits.
/// </para>
/// <para>
/// Digits arrive as a 17-digit image: the first digit and two words of eight digit values each
/// (<see cref="DigitWords.Eight"/>), trailing positions zero. The text is assembled from whole-word stores and
/// shifts; bytes past the returned length are scratch.
/// </para>
/// </remarks>
internal static class GeneralNumberLayout
{
    /// <summary>The scratch room the writers need: the longest text plus an 8-byte store past it, rounded up.</summary>
    internal const int ScratchLength = 48;

    /// <summary>Float's round-trip digit count: fixed notation up to 9 digits before the point.</summary>
    internal const int FloatMaxFixedScale = 9;

    /// <summary>Double's round-trip digit count: fixed notation up to 17 digits before the point.</summary>
    internal const int DoubleMaxFixedScale = 17;

    /// <summary>The buffer the text is assembled in before it is copied out.</summary>
    [InlineArray(ScratchLength)]
    internal struct Scratch
    {
        private byte _first;
    }

    // "0.000000" as one little-endian word: the prefix of fixed notation below 1, up to three zeros after the point.
    private const ulong ZeroPointZeros = 0x3030_3030_3030_2E30;

    /// <summary>
    /// Writes digits laid out for <paramref name="scale"/> at <paramref name="start"/>; returns the end.
    /// </summary>
    /// <param name="text">The scratch buffer.</param>
    /// <param name="start">Where the number starts (after any sign).</param>
    /// <param name="first">The first digit, 1..9.</param>
    /// <param name="next">Digits 2..9 as <see cref="DigitWords.Eight"/> gives them.</param>
    /// <param name="last">Digits 10..17 likewise (zero for a float).</param>
    /// <param name="scale">Digits before the point: value = 0.d1d2.. * 10^scale.</param>
    /// <param name="maxFixedScale">9 for float, 17 for double.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int Write(ref byte text, int start, uint first, ulong next, ulong last, int scale, int maxFixedScale)
    {
        // Significant digits: the trailing zero digits are the high zero bytes of the last non-zero word.
        var count = last != 0
            ? 17 - (BitOperations.LeadingZeroCount(last) >> 3)
            : 9 - (BitOperations.LeadingZeroCount(next) >> 3);
        var nextText = next | DigitWords.AsciiZeros;
        var lastText = last | DigitWords.AsciiZeros;
        var firstText = first | '0';

        if ((uint)(scale - 1) < (uint)maxFixedScale)
        {
            // The 17 digits as three words; past the last significant digit they are zeros, which is exactly the
            // padding a whole number such as 123456780 needs.
            var word0 = firstText | (nextText << 8);
            var word1 = (nextText >> 56) | (lastText << 8);
            var word2 = lastText >> 56;
            Store(ref text, start, word0);
            Store(ref text, start + 8, word1);
            Store(ref text, start + 16, word2);
            if (count <= scale)
            {
                return start + scale;
            }

            // The digits from position `scale` on, moved one byte up to make room for the point.
            Unsafe.Add(ref text, start + scale) = (byte)'.';
            ulong low, middle, high;
            if (scale < 8)
            {
                (low, middle, high) = (word0, word1, word2);
            }
            else if (scale < 16)
            {
                (low, middle, high) = (word1, word2, 0);
            }
            else
            {
                (low, middle, high) = (word2, 0, 0);
            }

            // Shifts by 64 would be shifts by 0 in C#: the upper word moves by 63 and then 1.
            var bits = (scale & 7) * 8;
            Store(ref text, start + scale + 1, (low >> bits) | ((middle << (63 - bits)) << 1));
            Store(ref text, start + scale + 9, (middle >> bits) | ((high << (63 - bits)) << 1));
            return start + count + 1;
        }

        if ((uint)(scale + 3) <= 3)
        {
            // -3 <= scale <= 0: "0." and -scale zeros before the digits.
            Store(ref text, start, ZeroPointZeros);
            var at = start + 2 - scale;
            Unsafe.Add(ref text, at) = (byte)firstText;
            Store(ref text, at + 1, nextText);
            Store(ref text, at + 9, lastText);
            return at + count;
        }

        Unsafe.Add(ref text, start) = (byte)firstText;
        Unsafe.Add(ref text, start + 1) = (byte)'.';
        Store(ref text, start + 2, nextText);
        Store(ref text, start + 10, lastText);
        return WriteExponent(ref text, count == 1 ? start + 1 : start + 1 + count, scale - 1);
    }

    /// <summary>
    /// Writes a whole number 1 &lt;= <paramref name="value"/> &lt; 10^16 at <paramref name="start"/>; returns the end.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int WriteInteger(ref byte text, int start, ulong value)
    {
        if (value < 100_000_000)
        {
            var digits = DigitWords.Eight((uint)value);

            // Leading zero digits are the low zero bytes; each digit value is below 16, so whole bytes count.
            var leading = BitOperations.TrailingZeroCount(digits) >> 3;
            Store(ref text, start, (digits | DigitWords.AsciiZeros) >> (leading * 8));
            return start + 8 - leading;
        }

        var upper = value / 100_000_000;
        var upperDigits = DigitWords.Eight((uint)upper);
        var upperLeading = BitOperations.TrailingZeroCount(upperDigits) >> 3;
        Store(ref text, start, (upperDigits | DigitWords.AsciiZeros) >> (upperLeading * 8));
        var lowerStart = start + 8 - upperLeading;
        Store(ref text, lowerStart, DigitWords.Eight((uint)(value - (upper * 100_000_000))) | DigitWords.AsciiZeros);
        return lowerStart + 8;
    }

    // "E", the sign and at least two digits.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int WriteExponent(ref byte text, int at, int exponent)
    {
        var sign = (uint)'+';
        if (exponent < 0)
        {
            sign = '-';
            exponent = -exponent;
        }

        var magnitude = (uint)exponent;
        if (magnitude < 100)
        {
            var tens = magnitude / 10;
            var word = 'E' | (sign << 8) | ((tens | '0') << 16) | (((magnitude - (tens * 10)) | '0') << 24);
            Unsafe.WriteUnaligned(ref Unsafe.Add(ref text, at), word);
            return at + 4;
        }

        var hundreds = magnitude / 100;
        var rest = magnitude - (hundreds * 100);
        var restTens = rest / 10;
        var longWord = 'E' | (sign << 8) | ((hundreds | '0') << 16) | ((restTens | '0') << 24)
            | ((ulong)((rest - (restTens * 10)) | '0') << 32);
        Unsafe.WriteUnaligned(ref Unsafe.Add(ref text, at), longWord);
        return at + 5;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store(ref byte text, int at, ulong word) =>
        Unsafe.WriteUnaligned(ref Unsafe.Add(ref text, at), word);
}
