using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace SimLayouts.Numbers;

/// <summary>
/// Lays decimal digits out as .NET's default ("G", shortest round-trip) number format does, and writes exactly
/// that text to the destination.
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
/// Digits arrive as the first digit and a vector of the next sixteen digit values (<see cref="DigitWords"/>),
/// trailing positions zero. Fixed notation, nearly every telemetry value, is assembled in two vector registers
/// with byte shuffles (the point is a hole the shuffle leaves) and stored with a few overlapping stores that end
/// exactly at the text's end. Scientific notation and whole numbers go through a small scratch buffer.
/// </para>
/// </remarks>
[SkipLocalsInit]
internal static class GeneralNumberLayout
{
    /// <summary>Float's round-trip digit count: fixed notation up to 9 digits before the point.</summary>
    internal const int FloatMaxFixedScale = 9;

    /// <summary>Double's round-trip digit count: fixed notation up to 17 digits before the point.</summary>
    internal const int DoubleMaxFixedScale = 17;

    // The scratch room: the longest text plus an 8-byte store past it, rounded up.
    private const int ScratchLength = 48;

    // "0.000000" as one little-endian word: "0." and up to three zeros, the prefix of fixed notation below 1.
    private const ulong ZeroPointZeros = 0x3030_3030_3030_2E30;

    // A shuffle index with the top bit set selects zero (x64 pshufb, and out of range on arm64 and in software).
    private const byte Hole = 0x80;

    /// <summary>
    /// Writes the text of a number with the first digit <paramref name="first"/> (1..9), the next digits
    /// <paramref name="rest"/> (values 0..9, lane 0 = second digit) and the point <paramref name="scale"/>
    /// digits after the first digit, in whichever notation .NET uses for it.
    /// </summary>
    /// <returns>False, with nothing written, when the text does not fit.</returns>
    internal static bool TryWrite(
        Span<byte> destination, int negative, uint first, Vector128<byte> rest, int scale, int maxFixedScale, out int written)
    {
        var length = WriteFixed(destination, negative, first, rest, scale, maxFixedScale, wholeRegisters: false);
        if (length >= 0)
        {
            written = length;
            return length != 0;
        }

        return TryWriteScientific(destination, negative, first, rest, scale - 1, out written);
    }

    /// <summary>
    /// Writes the number as <see cref="TryWrite"/> does when .NET writes it in fixed notation.
    /// </summary>
    /// <remarks>With <c>wholeRegisters</c> the text is stored in whole registers, overwriting bytes after it: the
    /// caller has made sure that the destination holds a sign and two registers.</remarks>
    /// <returns>The length written; 0 when the text does not fit (nothing is written); -1 when the number is
    /// written in scientific notation (nothing is written).</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int WriteFixed(
        Span<byte> destination, int negative, uint first, Vector128<byte> rest, int scale, int maxFixedScale, bool wholeRegisters)
    {
        var count = CountSignificantDigits(rest);
        var text = rest | Vector128.Create((byte)'0');
        var indices = Vector128<byte>.Indices;
        var firstText = (byte)(first | '0');

        Vector128<byte> head, tail;
        int length;
        if ((uint)(scale - 1) < (uint)maxFixedScale)
        {
            // Digits up to the point, the point, the rest: output byte p (p >= 1) is digit p - 1, or p - 2 after
            // the point. A whole number (count <= scale) has no point: the zero digits pad it up to `scale`.
            var point = count > scale ? scale : sbyte.MaxValue;
            length = count > scale ? count + 1 : scale;
            var pointVector = Vector128.Create((sbyte)point);
            var isPoint = Vector128.Equals(indices.AsSByte(), pointVector).AsByte();
            var afterPoint = Vector128.GreaterThan(indices.AsSByte(), pointVector).AsByte();
            var selector = (indices - Vector128<byte>.One + afterPoint) | (isPoint & Vector128.Create(Hole));
            head = Vector128.ShuffleNative(text, selector) | (isPoint & Vector128.Create((byte)'.'));
            head = head.WithElement(0, firstText);

            // A float's text (at most nine digits and a point) never reaches the second register.
            tail = default;
            if (maxFixedScale > FloatMaxFixedScale)
            {
                var upperIndices = indices + Vector128.Create((byte)16);
                var upperIsPoint = Vector128.Equals(upperIndices.AsSByte(), pointVector).AsByte();
                var upperAfterPoint = Vector128.GreaterThan(upperIndices.AsSByte(), pointVector).AsByte();
                var upperSelector = (upperIndices - Vector128<byte>.One + upperAfterPoint) | (upperIsPoint & Vector128.Create(Hole));
                tail = Vector128.ShuffleNative(text, upperSelector) | (upperIsPoint & Vector128.Create((byte)'.'));
            }
        }
        else if ((uint)(scale + 3) <= 3)
        {
            // -3 <= scale <= 0: "0.", -scale zeros, then the digits from byte 2 - scale on.
            var at = 2 - scale;
            length = at + count;
            var atVector = Vector128.Create((byte)at);
            var prefix = Vector128.LessThan(indices.AsSByte(), atVector.AsSByte()).AsByte() & Vector128.Create(ZeroPointZeros).AsByte();
            var firstLane = Vector128.Equals(indices, atVector) & Vector128.Create(firstText);
            head = Vector128.ShuffleNative(text, indices - Vector128.Create((byte)(at + 1))) | prefix | firstLane;
            tail = maxFixedScale > FloatMaxFixedScale
                ? Vector128.ShuffleNative(text, indices + Vector128.Create((byte)(15 - at)))
                : default;
        }
        else
        {
            return -1;
        }

        ref var target = ref MemoryMarshal.GetReference(destination);
        if (wholeRegisters)
        {
            target = (byte)'-';
            Unsafe.WriteUnaligned(ref Unsafe.Add(ref target, negative), head);
            if (maxFixedScale > FloatMaxFixedScale)
            {
                Unsafe.WriteUnaligned(ref Unsafe.Add(ref target, negative + 16), tail);
            }

            return negative + length;
        }

        if (destination.Length < negative + length)
        {
            return 0;
        }

        target = (byte)'-';
        WriteExactly(ref Unsafe.Add(ref target, negative), head, tail, length);
        return negative + length;
    }

    /// <summary>
    /// Writes a whole number 1 &lt;= <paramref name="value"/> &lt; 10^16 (never scientific at that size).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool TryWriteInteger(Span<byte> destination, int negative, ulong value, out int written)
    {
        Unsafe.SkipInit(out Scratch scratch);
        ref var text = ref scratch[0];
        text = (byte)'-';
        int end;
        if (value < 100_000_000)
        {
            var digits = DigitWords.Eight((uint)value).AsUInt64().ToScalar();

            // Leading zero digits are the low zero bytes; each digit value is below 16, so whole bytes count.
            var leading = BitOperations.TrailingZeroCount(digits) >> 3;
            Store(ref text, negative, (digits | DigitWords.AsciiZeros) >> (leading * 8));
            end = negative + 8 - leading;
        }
        else
        {
            var upper = value / 100_000_000;
            var digits = DigitWords.Sixteen((uint)upper, (uint)(value - (upper * 100_000_000))).AsUInt64();
            var upperDigits = digits.GetElement(0);
            var upperLeading = BitOperations.TrailingZeroCount(upperDigits) >> 3;
            Store(ref text, negative, (upperDigits | DigitWords.AsciiZeros) >> (upperLeading * 8));
            var lowerStart = negative + 8 - upperLeading;
            Store(ref text, lowerStart, digits.GetElement(1) | DigitWords.AsciiZeros);
            end = lowerStart + 8;
        }

        return TryCopy(ref text, end, destination, out written);
    }

    /// <summary>Writes "0", or "-0" for negative zero.</summary>
    internal static bool TryWriteZero(Span<byte> destination, int negative, out int written)
    {
        if (destination.Length <= negative)
        {
            written = 0;
            return false;
        }

        destination[0] = (byte)'-';
        destination[negative] = (byte)'0';
        written = negative + 1;
        return true;
    }

    // "d1[.d2..dn]E+XX" through the scratch buffer: rare in telemetry (magnitudes below 1e-4 or above 1e9/1e17).
    private static bool TryWriteScientific(
        Span<byte> destination, int negative, uint first, Vector128<byte> rest, int exponent, out int written)
    {
        var count = CountSignificantDigits(rest);
        Unsafe.SkipInit(out Scratch scratch);
        ref var buffer = ref scratch[0];
        buffer = (byte)'-';
        Unsafe.Add(ref buffer, negative) = (byte)(first | '0');
        Unsafe.Add(ref buffer, negative + 1) = (byte)'.';
        Unsafe.WriteUnaligned(ref Unsafe.Add(ref buffer, negative + 2), rest | Vector128.Create((byte)'0'));
        var at = count == 1 ? negative + 1 : negative + 1 + count;

        var sign = (uint)'+';
        if (exponent < 0)
        {
            sign = '-';
            exponent = -exponent;
        }

        var magnitude = (uint)exponent;
        int end;
        if (magnitude < 100)
        {
            var tens = magnitude / 10;
            var word = 'E' | (sign << 8) | ((tens | '0') << 16) | (((magnitude - (tens * 10)) | '0') << 24);
            Unsafe.WriteUnaligned(ref Unsafe.Add(ref buffer, at), word);
            end = at + 4;
        }
        else
        {
            var hundreds = magnitude / 100;
            var belowHundred = magnitude - (hundreds * 100);
            var tens = belowHundred / 10;
            var word = 'E' | (sign << 8) | ((hundreds | '0') << 16) | ((tens | '0') << 24)
                | ((ulong)((belowHundred - (tens * 10)) | '0') << 32);
            Store(ref buffer, at, word);
            end = at + 5;
        }

        return TryCopy(ref buffer, end, destination, out written);
    }

    // The first digit and the significant ones in `rest`: one more than the position of its last non-zero digit.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int CountSignificantDigits(Vector128<byte> rest)
    {
        var nonZero = ~Vector128.Equals(rest, Vector128<byte>.Zero).ExtractMostSignificantBits() & 0xFFFF;
        return 33 - BitOperations.LeadingZeroCount(nonZero);
    }

    // Stores the first `length` (1..23) bytes of head:tail and nothing past them: whole-register stores, the
    // last one overlapping the previous so that it ends exactly at `length`.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void WriteExactly(ref byte target, Vector128<byte> head, Vector128<byte> tail, int length)
    {
        if (length >= 16)
        {
            Unsafe.WriteUnaligned(ref target, head);

            // Bytes length-8..length-1: the end of head's upper word and the start of tail's lower word.
            var shift = (length - 16) * 8;
            var window = (head.AsUInt64().GetElement(1) >> shift) | ((tail.AsUInt64().GetElement(0) << (63 - shift)) << 1);
            Store(ref target, length - 8, window);
        }
        else if (length >= 8)
        {
            var low = head.AsUInt64().GetElement(0);
            Store(ref target, 0, low);
            var shift = (length - 8) * 8;
            Store(ref target, length - 8, (low >> shift) | ((head.AsUInt64().GetElement(1) << (63 - shift)) << 1));
        }
        else
        {
            var low = head.AsUInt64().GetElement(0);
            if (length >= 4)
            {
                Unsafe.WriteUnaligned(ref target, (uint)low);
                Unsafe.WriteUnaligned(ref Unsafe.Add(ref target, length - 4), (uint)(low >> ((length - 4) * 8)));
            }
            else
            {
                target = (byte)low;
                Unsafe.Add(ref target, length >> 1) = (byte)(low >> ((length >> 1) * 8));
                Unsafe.Add(ref target, length - 1) = (byte)(low >> ((length - 1) * 8));
            }
        }
    }

    // Copies exactly `length` (1..ScratchLength - 8) bytes with two overlapping loads and stores.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryCopy(ref byte text, int length, Span<byte> destination, out int written)
    {
        if (destination.Length < length)
        {
            written = 0;
            return false;
        }

        ref var target = ref MemoryMarshal.GetReference(destination);
        if (length >= 16)
        {
            var head = Unsafe.ReadUnaligned<Vector128<byte>>(ref text);
            var tail = Unsafe.ReadUnaligned<Vector128<byte>>(ref Unsafe.Add(ref text, length - 16));
            Unsafe.WriteUnaligned(ref target, head);
            Unsafe.WriteUnaligned(ref Unsafe.Add(ref target, length - 16), tail);
        }
        else if (length >= 8)
        {
            var head = Unsafe.ReadUnaligned<ulong>(ref text);
            var tail = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref text, length - 8));
            Unsafe.WriteUnaligned(ref target, head);
            Unsafe.WriteUnaligned(ref Unsafe.Add(ref target, length - 8), tail);
        }
        else if (length >= 4)
        {
            var head = Unsafe.ReadUnaligned<uint>(ref text);
            var tail = Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref text, length - 4));
            Unsafe.WriteUnaligned(ref target, head);
            Unsafe.WriteUnaligned(ref Unsafe.Add(ref target, length - 4), tail);
        }
        else
        {
            target = text;
            Unsafe.Add(ref target, length >> 1) = Unsafe.Add(ref text, length >> 1);
            Unsafe.Add(ref target, length - 1) = Unsafe.Add(ref text, length - 1);
        }

        written = length;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store(ref byte text, int at, ulong word) =>
        Unsafe.WriteUnaligned(ref Unsafe.Add(ref text, at), word);

    /// <summary>Room for the text plus an 8-byte store past it.</summary>
    [InlineArray(ScratchLength)]
    private struct Scratch
    {
        private byte _first;
    }
}
