using System;
using System.Text.Json;

namespace SimLayouts.Bridge.Frames;

/// <summary>Python's number semantics where the seed relies on them: <c>round()</c> and its unbounded integers.</summary>
public static class PythonNumbers
{
    // 2^63 as a double: every integral double in [-2^63, 2^63) converts to long exactly.
    private const double TwoPow63 = 9223372036854775808.0;

    // 2^53: below it every whole double prints the same as the long it converts to.
    private const double TwoPow53 = 9007199254740992.0;

    /// <summary>The seed's <c>f32()</c>: the value widened to double, or 0 when it is NaN or infinite.</summary>
    public static double Finite(float value) => float.IsFinite(value) ? value : 0.0;

    /// <summary>
    /// Writes a finite double as <see cref="Utf8JsonWriter.WriteNumberValue(double)"/> does, but whole numbers below
    /// 2^53 through the integer path: the same text (<c>0</c>, <c>-12</c>) at a fraction of the cost, since the
    /// general path runs the shortest-round-trip formatter even for 0; and every other finite value through
    /// <see cref="ShortestNumberText"/> (the same text, several times faster). Negative zero keeps the double
    /// path (<c>-0</c>); NaN and infinities reach the writer, which rejects them as before.
    /// </summary>
    public static void WriteDoubleValue(Utf8JsonWriter writer, double value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value == Math.Floor(value) && Math.Abs(value) < TwoPow53 && (value != 0 || !double.IsNegative(value)))
        {
            writer.WriteNumberValue((long)value);
            return;
        }

        Span<byte> text = stackalloc byte[ShortestNumberText.MaxDoubleLength];
        if (double.IsFinite(value) && ShortestNumberText.TryFormat(value, text, out var length))
        {
            writer.WriteRawValue(text[..length], skipInputValidation: true);
            return;
        }

        writer.WriteNumberValue(value);
    }

    /// <summary>Writes a property whose value is a finite double, as <see cref="WriteDoubleValue"/> writes it.</summary>
    public static void WriteDouble(Utf8JsonWriter writer, JsonEncodedText name, double value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value == Math.Floor(value) && Math.Abs(value) < TwoPow53 && (value != 0 || !double.IsNegative(value)))
        {
            writer.WriteNumber(name, (long)value);
            return;
        }

        Span<byte> text = stackalloc byte[ShortestNumberText.MaxDoubleLength];
        if (double.IsFinite(value) && ShortestNumberText.TryFormat(value, text, out var length))
        {
            writer.WritePropertyName(name);
            writer.WriteRawValue(text[..length], skipInputValidation: true);
            return;
        }

        writer.WriteNumber(name, value);
    }

    /// <summary>Python's <c>round(x)</c> for a finite double: half to even, exact.</summary>
    public static double Round(double value) => Math.Round(value, MidpointRounding.ToEven);

    /// <summary>
    /// Writes Python's <c>round(value)</c> as a JSON integer with every digit, as json.dumps prints Python's
    /// unbounded <c>int</c> (<c>round(3.4e38)</c> has 39 digits). <paramref name="value"/> must be finite.
    /// </summary>
    public static void WriteRoundedInteger(Utf8JsonWriter writer, double value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var rounded = Round(value);
        if (rounded >= -TwoPow63 && rounded < TwoPow63)
        {
            writer.WriteNumberValue((long)rounded);
            return;
        }

        Span<byte> digits = stackalloc byte[MaxIntegralDoubleDigits];
        var length = FormatIntegralDouble(rounded, digits);
        writer.WriteRawValue(digits[..length], skipInputValidation: true);
    }

    /// <summary>Room for the decimal digits of any integral double (up to 309) and a sign.</summary>
    public const int MaxIntegralDoubleDigits = 320;

    /// <summary>
    /// Writes the exact decimal digits of an integral, finite double (with a leading '-' when negative) into
    /// <paramref name="destination"/>, which must hold <see cref="MaxIntegralDoubleDigits"/> bytes.
    /// </summary>
    /// <returns>The number of bytes written.</returns>
    public static int FormatIntegralDouble(double value, Span<byte> destination)
    {
        if (!double.IsFinite(value) || Math.Floor(value) != value)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "The value must be a finite integral double.");
        }

        if (destination.Length < MaxIntegralDoubleDigits)
        {
            throw new ArgumentException($"The destination must hold {MaxIntegralDoubleDigits} bytes.", nameof(destination));
        }

        var bits = BitConverter.DoubleToInt64Bits(Math.Abs(value));
        var exponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0xF_FFFF_FFFF_FFFFL;
        if (exponent != 0)
        {
            mantissa |= 1L << 52;
        }

        // value = mantissa * 2^shift; integral doubles below 2^53 have a negative shift, which drops no set bit.
        var shift = exponent == 0 ? -1074 : exponent - 1075;
        if (shift < 0)
        {
            mantissa >>= -shift;
            shift = 0;
        }

        // Little-endian limbs in base 10^9; 2^1024 has 309 digits, so 35 limbs are enough.
        const uint LimbBase = 1_000_000_000;
        Span<uint> limbs = stackalloc uint[36];
        var count = 0;
        var remaining = (ulong)mantissa;
        do
        {
            limbs[count++] = (uint)(remaining % LimbBase);
            remaining /= LimbBase;
        }
        while (remaining != 0);

        while (shift > 0)
        {
            var step = Math.Min(shift, 32);
            shift -= step;
            ulong carry = 0;
            for (var index = 0; index < count; index++)
            {
                var product = ((ulong)limbs[index] << step) + carry;
                limbs[index] = (uint)(product % LimbBase);
                carry = product / LimbBase;
            }

            while (carry != 0)
            {
                limbs[count++] = (uint)(carry % LimbBase);
                carry /= LimbBase;
            }
        }

        var written = 0;
        if (value < 0)
        {
            destination[written++] = (byte)'-';
        }

        written += WriteDigits(limbs[count - 1], destination[written..], pad: false);
        for (var index = count - 2; index >= 0; index--)
        {
            written += WriteDigits(limbs[index], destination[written..], pad: true);
        }

        return written;
    }

    private static int WriteDigits(uint limb, Span<byte> destination, bool pad)
    {
        Span<byte> scratch = stackalloc byte[9];
        var length = 0;
        do
        {
            scratch[8 - length++] = (byte)('0' + (limb % 10));
            limb /= 10;
        }
        while (limb != 0 || (pad && length < 9));

        scratch[(9 - length)..].CopyTo(destination);
        return length;
    }
}
