using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SimLayouts.Numbers;

/// <summary>
/// The powers of ten <see cref="ShortestDigits"/> scales by, and the integer logarithms that pick them: 10^-k
/// as a fixed-point number rounded up, <c>g = floor(10^-k * 2^(P - floor(log2(10^-k)))) + 1</c>, so that
/// <c>g</c> has exactly P + 1 bits (P = 125 for doubles, 62 for floats). Built exactly with
/// <see cref="BigInteger"/> once, when the type is first used (617 + 77 entries, about 10 KB).
/// </summary>
/// <remarks>
/// Rounding up (the "+ 1", even when 10^-k * 2^x is a whole number) is what Schubfach's round-to-odd products
/// rely on: the product overestimates by less than one unit in its last retained fractional bit, so a scaled
/// value that is a whole number still comes out whole, and one that is not never reaches the next integer.
/// </remarks>
internal static class ScaledPowersOfTen
{
    /// <summary>The smallest k a double needs: floor(log10(2^-1074)).</summary>
    internal const int DoubleMinK = -324;

    /// <summary>The largest k a double needs: floor(log10(2^971)).</summary>
    internal const int DoubleMaxK = 292;

    /// <summary>The smallest k a float needs: floor(log10(2^-149)).</summary>
    internal const int FloatMinK = -45;

    /// <summary>The largest k a float needs: floor(log10(2^104)).</summary>
    internal const int FloatMaxK = 31;

    private const int DoubleFractionBits = 125;
    private const int FloatFractionBits = 62;
    private const ulong Low63Bits = (1UL << 63) - 1;

    // Pairs (upper, lower) of g = upper * 2^63 + lower, lower < 2^63, for k = DoubleMinK.. DoubleMaxK.
    private static readonly ulong[] DoubleFactors = CreateDoubleFactors();

    // g for k = FloatMinK..FloatMaxK, in (2^62, 2^63].
    private static readonly ulong[] FloatFactors = CreateFloatFactors();

    // 5^0..5^27.
    private static readonly ulong[] PowersOfFive = CreatePowersOfFive();

    /// <summary>floor(log10(2^q)), exact for |q| &lt;= 1200 (checked against exact arithmetic).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int FloorLog10Pow2(int q) => (q * 315_653) >> 20;

    /// <summary>floor(log10(3/4 * 2^q)), exact for |q| &lt;= 1200 (checked against exact arithmetic).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int FloorLog10ThreeQuartersPow2(int q) => ((q * 315_653) - 131_008) >> 20;

    /// <summary>floor(log2(10^e)), exact for |e| &lt;= 400 (checked against exact arithmetic).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int FloorLog2Pow10(int e) => (e * 1_741_647) >> 19;

    /// <summary>The double factor for k: g = <paramref name="upper"/> * 2^63 + <paramref name="lower"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void ForDouble(int k, out ulong upper, out ulong lower)
    {
        // k is in range by construction (the logarithms of every finite double's exponent).
        ref var pair = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(DoubleFactors), 2 * (k - DoubleMinK));
        upper = pair;
        lower = Unsafe.Add(ref pair, 1);
    }

    /// <summary>The float factor for k.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong ForFloat(int k) =>
        Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(FloatFactors), k - FloatMinK);

    /// <summary>5^<paramref name="exponent"/> for 0 &lt;= exponent &lt;= 27 (the largest below 2^64).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong PowerOfFive(int exponent) =>
        Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(PowersOfFive), exponent);

    private static ulong[] CreateDoubleFactors()
    {
        var factors = new ulong[2 * (DoubleMaxK - DoubleMinK + 1)];
        for (var k = DoubleMinK; k <= DoubleMaxK; k++)
        {
            var g = RoundedUpScaledPowerOfTen(-k, DoubleFractionBits);
            factors[2 * (k - DoubleMinK)] = (ulong)(g >> 63);
            factors[(2 * (k - DoubleMinK)) + 1] = (ulong)(g & Low63Bits);
        }

        return factors;
    }

    private static ulong[] CreateFloatFactors()
    {
        var factors = new ulong[FloatMaxK - FloatMinK + 1];
        for (var k = FloatMinK; k <= FloatMaxK; k++)
        {
            factors[k - FloatMinK] = (ulong)RoundedUpScaledPowerOfTen(-k, FloatFractionBits);
        }

        return factors;
    }

    private static ulong[] CreatePowersOfFive()
    {
        var powers = new ulong[28];
        powers[0] = 1;
        for (var exponent = 1; exponent < powers.Length; exponent++)
        {
            powers[exponent] = checked(powers[exponent - 1] * 5);
        }

        return powers;
    }

    // floor(10^e * 2^(fractionBits - floor(log2(10^e)))) + 1, with the same floor(log2) the digit search uses.
    private static BigInteger RoundedUpScaledPowerOfTen(int e, int fractionBits)
    {
        var shift = fractionBits - FloorLog2Pow10(e);
        var power = BigInteger.Pow(10, Math.Abs(e));
        BigInteger scaled;
        if (e >= 0)
        {
            scaled = shift >= 0 ? power << shift : power >> -shift;
        }
        else
        {
            scaled = (BigInteger.One << shift) / power;
        }

        var g = scaled + 1;
        if (g <= BigInteger.One << fractionBits || g > BigInteger.One << (fractionBits + 1))
        {
            throw new InvalidOperationException($"The scaled power of ten 10^{e} is out of range.");
        }

        return g;
    }
}
