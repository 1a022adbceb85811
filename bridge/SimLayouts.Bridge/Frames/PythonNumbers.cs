using System;

namespace SimLayouts.Bridge.Frames;

/// <summary>Python's number semantics where the seed relies on them: <c>round()</c> and its unbounded integers.</summary>
public static class PythonNumbers
{
    /// <summary>The seed's <c>f32()</c>: the value widened to double, or 0 when it is NaN or infinite.</summary>
    /// <remarks>Always inlined: frames widen a few hundred floats.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static double Finite(float value) => float.IsFinite(value) ? value : 0.0;

    /// <summary>Python's <c>round(x)</c> for a finite double: half to even, exact.</summary>
    public static double Round(double value) => Math.Round(value, MidpointRounding.ToEven);

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
