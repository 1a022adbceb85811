using System;
using System.Numerics;

namespace SimLayouts.Bridge.Frames;

/// <summary>
/// The shortest round-trip text of a double that holds a float's value (the seed widens every f32 to a Python
/// float), exactly as .NET's double formatter writes it, without its general Grisu/Dragon4 machinery: such a double
/// has at most 24 significant bits, so its exact decimal value fits a <see cref="UInt128"/> and the shortest digits
/// are found with a few integer divisions. Values it does not cover are left to the general formatter.
/// </summary>
public static class WidenedFloatFormatter
{
    /// <summary>The longest text written: sign, up to 17 digits, a point, and up to 3 zeros after it.</summary>
    public const int MaxLength = 24;

    // |v| in [2^-10, 2^24): .NET prints these in fixed notation, and k (the binary places) stays at most 33.
    private const int MinimumExponent = -10;
    private const int MaximumExponent = 23;
    private const int MaximumBinaryPlaces = 33;

    private static readonly UInt128[] PowersOfFive = CreatePowers(5, MaximumBinaryPlaces);
    private static readonly UInt128[] PowersOfTen = CreatePowers(10, 38);

    /// <summary>
    /// Writes the text .NET's shortest round-trip formatting gives <paramref name="value"/> when the value is a
    /// non-integral double with at most 24 significant bits and a magnitude in [2^-10, 2^24); otherwise writes
    /// nothing and returns false.
    /// </summary>
    /// <param name="value">The value (typically a float widened to double).</param>
    /// <param name="destination">At least <see cref="MaxLength"/> bytes.</param>
    /// <param name="written">The number of bytes written.</param>
    public static bool TryFormat(double value, Span<byte> destination, out int written)
    {
        written = 0;
        if (destination.Length < MaxLength)
        {
            return false;
        }

        var bits = BitConverter.DoubleToUInt64Bits(value);
        var biased = (int)((bits >> 52) & 0x7FF);
        var fraction = bits & 0xF_FFFF_FFFF_FFFFUL;
        var exponent = biased - 1023;

        // A power of two has a closer lower neighbour (an asymmetric interval): leave it to the general formatter.
        if (fraction == 0 || exponent < MinimumExponent || exponent > MaximumExponent)
        {
            return false;
        }

        var mantissa = fraction | (1UL << 52);
        var trailingZeros = BitOperations.TrailingZeroCount(mantissa);
        if (trailingZeros < 29)
        {
            return false;   // more than 24 significant bits: not a float's value
        }

        // value = odd / 2^places exactly; places > 0 because the value is not a whole number.
        var odd = mantissa >> trailingZeros;
        var places = 1075 - biased - trailingZeros;
        if (places <= 0 || places > MaximumBinaryPlaces)
        {
            return false;
        }

        // In units of 10^-places: the value is odd * 5^places, and half a double ulp is 5^places / 2^(zeros + 1).
        // A decimal strictly inside that half-interval parses back to the same double; the bound is never hit
        // exactly (5^places is odd), so "within" is: distance <= floor(5^places / 2^(zeros + 1)).
        var exact = odd * PowersOfFive[places];
        var limit = PowersOfFive[places] >> (trailingZeros + 1);

        // Dropping `dropped` digits works while some multiple of 10^dropped lies within the limit; every count up to
        // the largest that works also works, and up to floor(log10(limit)) always does.
        var dropped = limit == 0 ? 0 : FloorLog10(limit);
        while (dropped + 1 < places && WithinLimit(exact, PowersOfTen[dropped + 1], limit))
        {
            dropped++;
        }

        var step = PowersOfTen[dropped];
        var remainder = exact % step;
        var below = exact - remainder;
        var belowFits = remainder <= limit;
        var aboveFits = step - remainder <= limit;
        UInt128 chosen;
        if (belowFits && aboveFits)
        {
            if (remainder == step - remainder)
            {
                return false;   // equally near: the general formatter's tie rule decides
            }

            chosen = remainder < step - remainder ? below : below + step;
        }
        else
        {
            chosen = belowFits ? below : below + step;
        }

        var digits = (ulong)(chosen / step);
        var fractionDigits = places - dropped;
        return Write(value < 0, digits, fractionDigits, destination, out written);
    }

    private static bool WithinLimit(UInt128 exact, UInt128 step, UInt128 limit)
    {
        var remainder = exact % step;
        return remainder <= limit || step - remainder <= limit;
    }

    private static bool Write(bool negative, ulong digits, int fractionDigits, Span<byte> destination, out int written)
    {
        Span<byte> text = stackalloc byte[20];
        var count = 0;
        do
        {
            text[19 - count++] = (byte)('0' + (digits % 10));
            digits /= 10;
        }
        while (digits != 0);

        written = 0;
        var integerDigits = count - fractionDigits;
        if (count > 17 || fractionDigits <= 0 || integerDigits < -3)
        {
            return false;
        }

        if (negative)
        {
            destination[written++] = (byte)'-';
        }

        var digitText = text[(20 - count)..];
        if (integerDigits > 0)
        {
            digitText[..integerDigits].CopyTo(destination[written..]);
            written += integerDigits;
            destination[written++] = (byte)'.';
            digitText[integerDigits..].CopyTo(destination[written..]);
            written += fractionDigits;
            return true;
        }

        destination[written++] = (byte)'0';
        destination[written++] = (byte)'.';
        for (var zero = 0; zero < -integerDigits; zero++)
        {
            destination[written++] = (byte)'0';
        }

        digitText.CopyTo(destination[written..]);
        written += count;
        return true;
    }

    private static int FloorLog10(UInt128 value)
    {
        var log = 0;
        while (log + 1 < PowersOfTen.Length && PowersOfTen[log + 1] <= value)
        {
            log++;
        }

        return log;
    }

    private static UInt128[] CreatePowers(uint radix, int maximum)
    {
        var powers = new UInt128[maximum + 1];
        powers[0] = 1;
        for (var index = 1; index <= maximum; index++)
        {
            powers[index] = powers[index - 1] * radix;
        }

        return powers;
    }
}
