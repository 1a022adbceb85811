using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace SimLayouts.Numbers;

/// <summary>
/// The shortest round-trip UTF-8 text of floats and doubles, byte for byte what .NET writes
/// (<c>value.TryFormat(destination, out written, default, CultureInfo.InvariantCulture)</c>, which is also what
/// <see cref="Utf8JsonWriter.WriteNumberValue(float)"/> and <see cref="Utf8JsonWriter.WriteNumberValue(double)"/>
/// write), several times faster and without allocating: the digits come from the Schubfach algorithm
/// (<see cref="ShortestDigits"/>) and are laid out in vector registers (<see cref="GeneralNumberLayout"/>).
/// </summary>
/// <remarks>
/// Finite values only take the fast path; NaN and the infinities are handed to the BCL (JSON writers write
/// <c>null</c> for those anyway). Whole numbers below 2^24 (float) and 2^53 (double) skip the digit search.
/// </remarks>
[SkipLocalsInit]
internal static class ShortestNumberText
{
    /// <summary>
    /// The longest text a finite float gets: a sign, nine digits, a point and a two-digit exponent
    /// (<c>-1.00000006E+09</c>); checked against every float.
    /// </summary>
    public const int MaxFloatLength = 15;

    /// <summary>
    /// The longest text a finite double gets: a sign, seventeen digits, a point and a three-digit exponent
    /// (<c>-2.2250738585072014E-308</c>).
    /// </summary>
    public const int MaxDoubleLength = 24;

    /// <summary>
    /// The buffer <see cref="Format(double, Span{byte})"/> and <see cref="Format(float, Span{byte})"/> need: a sign and
    /// two 16-byte registers.
    /// </summary>
    public const int FormatBufferLength = 33;

    private const int FloatExplicitBits = 23;
    private const uint FloatFractionMask = (1U << FloatExplicitBits) - 1;
    private const int FloatExponentBias = 127 + FloatExplicitBits;
    private const int DoubleExplicitBits = 52;
    private const ulong DoubleFractionMask = (1UL << DoubleExplicitBits) - 1;
    private const int DoubleExponentBias = 1023 + DoubleExplicitBits;

    // The fraction bits a float lacks: clear in every float widened to double.
    private const ulong WidenedFloatLowBits = (1UL << (DoubleExplicitBits - FloatExplicitBits)) - 1;

    /// <summary>
    /// Writes the shortest text that reads back as <paramref name="value"/>, exactly as
    /// <see cref="float.TryFormat(Span{byte}, out int, ReadOnlySpan{char}, IFormatProvider)"/> does with the
    /// default format and the invariant culture: "0.1", "-0", "1E-05", "123456780", "3.4028235E+38".
    /// </summary>
    /// <param name="value">Any float; NaN and infinities are formatted by the BCL.</param>
    /// <param name="destination">The buffer; <see cref="MaxFloatLength"/> bytes always suffice.</param>
    /// <param name="written">The number of bytes written, or 0 when <paramref name="destination"/> is too short.</param>
    /// <returns>False, with nothing written, when the text does not fit.</returns>
    /// <remarks>
    /// The common case, a normal value in fixed notation, runs without calls (the JIT then keeps everything in
    /// registers); zeros, subnormals, scientific notation and non-finite values take <see cref="TryFormatRare(float, Span{byte}, out int)"/>.
    /// Not inlined: callers format one value at a time, and the code is too large to help them.
    /// </remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static bool TryFormat(float value, Span<byte> destination, out int written) =>
        TryFormat(value, destination, wholeRegisters: false, out written);

    /// <summary>
    /// Writes the text <see cref="TryFormat(float, Span{byte}, out int)"/> writes at the start of
    /// <paramref name="buffer"/>, faster: in whole vector registers, so the bytes after the text, up to
    /// <see cref="FormatBufferLength"/> from the start, may be overwritten. For buffers whose free space is scratch
    /// anyway, such as a JSON writer's.
    /// </summary>
    /// <param name="value">Any float; NaN and infinities are formatted by the BCL.</param>
    /// <param name="buffer">At least <see cref="FormatBufferLength"/> bytes.</param>
    /// <returns>The length of the text.</returns>
    /// <exception cref="ArgumentException"><paramref name="buffer"/> is shorter than <see cref="FormatBufferLength"/>.</exception>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static int Format(float value, Span<byte> buffer)
    {
        if (buffer.Length < FormatBufferLength)
        {
            ThrowBufferTooShort();
        }

        TryFormat(value, buffer, wholeRegisters: true, out var written);
        return written;
    }

    // The fast paths of both entry points: with wholeRegisters (a constant once inlined) the text is stored in
    // whole registers, without the branches on its length that exact stores need.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryFormat(float value, Span<byte> destination, bool wholeRegisters, out int written)
    {
        var bits = BitConverter.SingleToUInt32Bits(value);
        var biased = (int)(bits >> FloatExplicitBits) & 0xFF;
        if ((uint)(biased - 1) < 0xFE)
        {
            var negative = (int)(bits >> 31);
            var fraction = bits & FloatFractionMask;
            var c = fraction | (1U << FloatExplicitBits);
            var q = biased - FloatExponentBias;
            if ((uint)-q <= FloatExplicitBits && BitOperations.TrailingZeroCount(c) >= -q)
            {
                // A whole number below 2^24: its digits are its shortest text, and never scientific.
                return GeneralNumberLayout.TryWriteInteger(destination, negative, c >> -q, out written);
            }

            var digits = ShortestDigits.ForFloat(c, q, fraction == 0 && biased > 1, out var k);

            // A normal float gives 7 to 9 digits: spread them to exactly nine.
            var below8 = digits < 100_000_000 ? 1 : 0;
            var below7 = digits < 10_000_000 ? 1 : 0;
            var nine = digits * (uint)(1 + (9 * below8) + (90 * below7));
            var first = nine / 100_000_000;
            var rest = DigitWords.Eight(nine - (first * 100_000_000));
            var length = GeneralNumberLayout.WriteFixed(
                destination, negative, first, rest, 9 - below8 - below7 + k, GeneralNumberLayout.FloatMaxFixedScale, wholeRegisters);
            if (length >= 0)
            {
                written = length;
                return length != 0;
            }
        }

        return TryFormatRare(value, destination, out written);
    }

    /// <summary>
    /// Writes the shortest text that reads back as <paramref name="value"/>, exactly as
    /// <see cref="double.TryFormat(Span{byte}, out int, ReadOnlySpan{char}, IFormatProvider)"/> does with the
    /// default format and the invariant culture: "0.1", "0.10000000149011612" (0.1f widened), "1E+17", "5E-324".
    /// </summary>
    /// <param name="value">Any double; NaN and infinities are formatted by the BCL.</param>
    /// <param name="destination">The buffer; <see cref="MaxDoubleLength"/> bytes always suffice.</param>
    /// <param name="written">The number of bytes written, or 0 when <paramref name="destination"/> is too short.</param>
    /// <returns>False, with nothing written, when the text does not fit.</returns>
    /// <remarks>As for floats, the common case runs without calls and the rest takes <see cref="TryFormatRare(double, Span{byte}, out int)"/>.</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static bool TryFormat(double value, Span<byte> destination, out int written) =>
        TryFormat(value, destination, wholeRegisters: false, out written);

    /// <summary>
    /// Writes the text <see cref="TryFormat(double, Span{byte}, out int)"/> writes at the start of
    /// <paramref name="buffer"/>, faster: in whole vector registers, so the bytes after the text, up to
    /// <see cref="FormatBufferLength"/> from the start, may be overwritten. For buffers whose free space is scratch
    /// anyway, such as a JSON writer's.
    /// </summary>
    /// <param name="value">Any double; NaN and infinities are formatted by the BCL.</param>
    /// <param name="buffer">At least <see cref="FormatBufferLength"/> bytes.</param>
    /// <returns>The length of the text.</returns>
    /// <exception cref="ArgumentException"><paramref name="buffer"/> is shorter than <see cref="FormatBufferLength"/>.</exception>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static int Format(double value, Span<byte> buffer)
    {
        if (buffer.Length < FormatBufferLength)
        {
            ThrowBufferTooShort();
        }

        TryFormat(value, buffer, wholeRegisters: true, out var written);
        return written;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryFormat(double value, Span<byte> destination, bool wholeRegisters, out int written)
    {
        var bits = BitConverter.DoubleToUInt64Bits(value);
        var biased = (int)(bits >> DoubleExplicitBits) & 0x7FF;
        var fraction = bits & DoubleFractionMask;
        if ((uint)(biased - 1) < 0x7FE && (fraction != 0 || !IsMisformattedPowerOfTwo(biased)))
        {
            var negative = (int)(bits >> 63);
            var c = fraction | (1UL << DoubleExplicitBits);
            var q = biased - DoubleExponentBias;
            if ((uint)-q <= DoubleExplicitBits && BitOperations.TrailingZeroCount(c) >= -q)
            {
                // A whole number below 2^53 (at most 16 digits): its digits are its shortest text.
                return GeneralNumberLayout.TryWriteInteger(destination, negative, c >> -q, out written);
            }

            // A float's value (the low 29 bits clear, not a power of two) between 2^-37 and 2^23 has a faster
            // exact search; floatExponent is its exponent as a float's, c >> 29 its significand.
            var floatExponent = q + (DoubleExplicitBits - FloatExplicitBits);
            var widenedFloat = (fraction & WidenedFloatLowBits) == 0 && fraction != 0
                && (uint)(floatExponent - ShortestDigits.WidenedFloatMinExponent) < -ShortestDigits.WidenedFloatMinExponent;
            int k;
            var digits = widenedFloat
                ? ShortestDigits.ForWidenedFloat((uint)(c >> (DoubleExplicitBits - FloatExplicitBits)), floatExponent, out k)
                : ShortestDigits.ForDouble(c, q, fraction == 0 && biased > 1, out k);

            // A normal double gives 16 or 17 digits: spread them to exactly seventeen.
            var below17 = digits < 10_000_000_000_000_000 ? 1 : 0;
            var seventeen = digits * (ulong)(1 + (9 * below17));
            var first = seventeen / 10_000_000_000_000_000;
            var rest = seventeen - (first * 10_000_000_000_000_000);
            var middle = rest / 100_000_000;
            var digitsAfterFirst = DigitWords.Sixteen((uint)middle, (uint)(rest - (middle * 100_000_000)));
            var length = GeneralNumberLayout.WriteFixed(
                destination, negative, (uint)first, digitsAfterFirst, 17 - below17 + k, GeneralNumberLayout.DoubleMaxFixedScale, wholeRegisters);
            if (length >= 0)
            {
                written = length;
                return length != 0;
            }
        }

        return TryFormatRare(value, destination, out written);
    }

    // Everything the fast paths leave: non-finite values and the misformatted powers of two (the BCL), zeros,
    // subnormals, scientific notation. Correct for any value, only slower.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool TryFormatRare(float value, Span<byte> destination, out int written)
    {
        var bits = BitConverter.SingleToUInt32Bits(value);
        var biased = (int)(bits >> FloatExplicitBits) & 0xFF;
        var fraction = bits & FloatFractionMask;
        var negative = (int)(bits >> 31);
        if (biased == 0xFF)
        {
            return value.TryFormat(destination, out written, default, CultureInfo.InvariantCulture);
        }

        if (biased == 0 && fraction == 0)
        {
            return GeneralNumberLayout.TryWriteZero(destination, negative, out written);
        }

        var c = biased == 0 ? fraction : fraction | (1U << FloatExplicitBits);
        var q = biased == 0 ? 1 - FloatExponentBias : biased - FloatExponentBias;
        var digits = ShortestDigits.ForFloat(c, q, fraction == 0 && biased > 1, out var k);
        var count = CountDigits(digits);
        var nine = digits * (uint)PowerOfTen(9 - count);
        var first = nine / 100_000_000;
        return GeneralNumberLayout.TryWrite(
            destination, negative, first, DigitWords.Eight(nine - (first * 100_000_000)), count + k, GeneralNumberLayout.FloatMaxFixedScale, out written);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool TryFormatRare(double value, Span<byte> destination, out int written)
    {
        var bits = BitConverter.DoubleToUInt64Bits(value);
        var biased = (int)(bits >> DoubleExplicitBits) & 0x7FF;
        var fraction = bits & DoubleFractionMask;
        var negative = (int)(bits >> 63);
        if (biased == 0x7FF || (fraction == 0 && IsMisformattedPowerOfTwo(biased)))
        {
            return value.TryFormat(destination, out written, default, CultureInfo.InvariantCulture);
        }

        if (biased == 0 && fraction == 0)
        {
            return GeneralNumberLayout.TryWriteZero(destination, negative, out written);
        }

        var c = biased == 0 ? fraction : fraction | (1UL << DoubleExplicitBits);
        var q = biased == 0 ? 1 - DoubleExponentBias : biased - DoubleExponentBias;
        var digits = ShortestDigits.ForDouble(c, q, fraction == 0 && biased > 1, out var k);
        var count = CountDigits(digits);
        var seventeen = digits * PowerOfTen(17 - count);
        var first = seventeen / 10_000_000_000_000_000;
        var rest = seventeen - (first * 10_000_000_000_000_000);
        var middle = rest / 100_000_000;
        var digitsAfterFirst = DigitWords.Sixteen((uint)middle, (uint)(rest - (middle * 100_000_000)));
        return GeneralNumberLayout.TryWrite(
            destination, negative, (uint)first, digitsAfterFirst, count + k, GeneralNumberLayout.DoubleMaxFixedScale, out written);
    }

    [DoesNotReturn]
    private static void ThrowBufferTooShort() =>
        throw new ArgumentException($"The buffer must hold at least {FormatBufferLength} bytes.", "buffer");

    // .NET writes 2^-958 as 4.104536801298376E-289 and 2^-25 as 2.980232238769531E-08: one digit short, and
    // neither text reads back as the power of two (the correct shortest texts end in ...762 and ...312; every
    // other double power of two gets its correct text). Handing these two to the BCL keeps the output identical
    // to .NET's, today and if a later runtime fixes them. The tests check all 2046 powers of two.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsMisformattedPowerOfTwo(int biased) => biased is 65 or 998;

    // The number of decimal digits of a value >= 1: floor(log10) estimated from the bit length
    // (1233 / 4096 ~ log10(2)), then corrected by one comparison.
    private static int CountDigits(ulong value)
    {
        var estimate = ((64 - BitOperations.LeadingZeroCount(value)) * 1233) >> 12;
        return estimate + (value >= PowerOfTen(estimate) ? 1 : 0);
    }

    private static ulong PowerOfTen(int exponent) =>
        Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(PowersOfTen), exponent);

    // An array rather than a ReadOnlySpan over static data: unoptimized (Debug) code allocates a field handle
    // each time it reads such a span.
    private static readonly ulong[] PowersOfTen =
    [
        1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000,
        10_000_000_000, 100_000_000_000, 1_000_000_000_000, 10_000_000_000_000, 100_000_000_000_000,
        1_000_000_000_000_000, 10_000_000_000_000_000, 100_000_000_000_000_000, 1_000_000_000_000_000_000,
        10_000_000_000_000_000_000,
    ];
}
