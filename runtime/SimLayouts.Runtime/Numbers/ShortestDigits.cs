using System;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace SimLayouts.Numbers;

/// <summary>
/// The shortest decimal that reads back as a given binary floating-point value, found with Raffaello Giulietti's
/// Schubfach algorithm ("The Schubfach way to render doubles", 2020): the value's rounding interval is scaled by
/// a power of ten chosen so that it holds at most one multiple of ten and at least one integer; three products
/// with a precomputed 10^-k (<see cref="ScaledPowersOfTen"/>), rounded to odd, decide which candidates lie in it.
/// </summary>
/// <remarks>
/// <para>
/// Chosen to agree with .NET's own shortest formatting (Grisu3, falling back to Dragon4): like IEEE round-half-even
/// parsing, the interval's bounds belong to it when the significand is even; among the shortest candidates the
/// closest wins, a tie going to the even one; and unlike Java's variant of Schubfach, a single digit is allowed
/// (Java keeps at least two, so it writes 4.9E-324 where .NET writes 5E-324).
/// </para>
/// <para>
/// Inputs: a value c * 2^q with c &gt; 0; <c>irregular</c> when c is a power of two whose lower neighbour is half
/// as far as the upper one. Output: a significand d and an exponent k with value ~ d * 10^k, d possibly with
/// trailing zeros (at most 17 digits for doubles, 9 for floats).
/// </para>
/// </remarks>
internal static class ShortestDigits
{
    private const ulong Low63Bits = (1UL << 63) - 1;

    /// <summary>The shortest significand of <paramref name="c"/> * 2^<paramref name="q"/> (c &lt; 2^53).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong ForDouble(ulong c, int q, bool irregular, out int k)
    {
        var cb = Interval(c, q, irregular, out var cbl, out var cbr, out k);

        // g * 2^-127 * (x << h) = x * 2^q * 10^-k, with x << h below 2^61.
        var h = q + ScaledPowersOfTen.FloorLog2Pow10(-k) + 2;
        ScaledPowersOfTen.ForDouble(k, out var upper, out var lower);
        var vb = RoundToOdd(upper, lower, cb << h);
        var vbl = RoundToOdd(upper, lower, cbl << h);
        var vbr = RoundToOdd(upper, lower, cbr << h);
        return Choose(vb, vbl, vbr, c & 1);
    }

    /// <summary>The smallest float exponent <see cref="ForWidenedFloat"/> takes: 5^-k then still fits 64 bits.</summary>
    internal const int WidenedFloatMinExponent = -60;

    /// <summary>
    /// The shortest significand of the double <paramref name="c"/> * 2^<paramref name="q"/> that holds a float's value
    /// (2^23 &lt; c &lt; 2^24, <see cref="WidenedFloatMinExponent"/> &lt;= q &lt; 0): the same digits as
    /// <see cref="ForDouble"/> for the double (c * 2^29) * 2^(q - 29), with the same k, from one exact product.
    /// </summary>
    /// <remarks>
    /// Floats widened to double are what bridges and most telemetry JSON print: every one of them needs 16 or 17
    /// digits. For them no approximation of 10^-k is needed: -k is 10..27, so 5^-k is a 64-bit integer, and the value
    /// scaled by 10^-k is c * 5^-k * 2^(q - k) exactly. In units of 2^(q - k - 30) it is X = c * 5^-k * 2^30 and the
    /// double's rounding interval (half its spacing, 2^(q - 30), each side) is X -/+ 5^-k; the candidates (integers
    /// in the scaled units) are the multiples of 2^t, t = 30 - q + k (21..63). Both bounds are odd, so no candidate
    /// lies on one: the interval's candidates are exactly those from floor((X - 5^-k) / 2^t) + 1 to
    /// floor((X + 5^-k) / 2^t). As in Schubfach, it is narrower than ten candidates and wider than one: the multiple
    /// of ten in it, when there is one, is the shortest; otherwise the candidate nearest the value, a tie going to
    /// the even one. Checked against <see cref="ForDouble"/> on every float.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong ForWidenedFloat(uint c, int q, out int k)
    {
        k = ScaledPowersOfTen.FloorLog10Pow2(q - 29);
        var t = 30 - q + k;
        var five = ScaledPowersOfTen.PowerOfFive(-k);
        var high = Math.BigMul(c, five, out var low);

        // X = c * 5^-k * 2^30 (below 2^117) as high:low, and the bounds X - 5^-k and X + 5^-k.
        var xHigh = (high << 30) | (low >> 34);
        var xLow = low << 30;
        var lowerLow = xLow - five;
        var lowerHigh = xHigh - (xLow < five ? 1UL : 0UL);
        var upperLow = xLow + five;
        var upperHigh = xHigh + (upperLow < five ? 1UL : 0UL);

        // Shifted down by t every one is below 2^57, so the low words of the 128-bit shifts are exact.
        var s = ShiftRight(xHigh, xLow, t);
        var first = ShiftRight(lowerHigh, lowerLow, t) + 1;
        var last = ShiftRight(upperHigh, upperLow, t);

        var remainder = xLow & ((1UL << t) - 1);
        var half = 1UL << (t - 1);
        var nearest = s + (Bit(remainder > half) | (Bit(remainder == half) & s));
        var shorter = (first + 9) / 10 * 10;
        return shorter <= last ? shorter : nearest;
    }

    /// <summary>(high * 2^64 + low) &gt;&gt; shift, low 64 bits, for 0 &lt; shift &lt; 64.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong ShiftRight(ulong high, ulong low, int shift) => (high << (64 - shift)) | (low >> shift);

    /// <summary>The shortest significand of <paramref name="c"/> * 2^<paramref name="q"/> (c &lt; 2^24).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static uint ForFloat(uint c, int q, bool irregular, out int k)
    {
        var cb = Interval(c, q, irregular, out var cbl, out var cbr, out k);

        // g * 2^-95 * (x << h) = x * 2^q * 10^-k, with x << h below 2^62; 31 fractional bits are kept.
        var h = q + ScaledPowersOfTen.FloorLog2Pow10(-k) + 33;
        var g = ScaledPowersOfTen.ForFloat(k);
        return (uint)ChooseFixedPoint(
            MultiplyHigh(g, cb << h), MultiplyHigh(g, cbl << h), MultiplyHigh(g, cbr << h), c & 1);
    }

    // In units of a quarter of the spacing 2^q: the value (returned) and the bounds of the values that round to it,
    // the lower one nearer when the significand is a power of two with a lower neighbour half as far; and k, the
    // power of ten that scales the interval to between one and ten units wide.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Interval(ulong c, int q, bool irregular, out ulong cbl, out ulong cbr, out int k)
    {
        var cb = c << 2;
        cbr = cb + 2;
        if (irregular)
        {
            cbl = cb - 1;
            k = ScaledPowersOfTen.FloorLog10ThreeQuartersPow2(q);
        }
        else
        {
            cbl = cb - 2;
            k = ScaledPowersOfTen.FloorLog10Pow2(q);
        }

        return cb;
    }

    // The scaled value v and bounds l < v < r, each 4 * x * 10^-k rounded to odd: exact when whole, otherwise the
    // integer part with its lowest bit set. Comparisons with even numbers are then as exact as with the reals.
    // `excluded` is 1 when the bounds are not part of the interval (an odd significand), else 0.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Choose(ulong vb, ulong vbl, ulong vbr, ulong excluded)
    {
        var s = vb >> 2;
        var sp10 = s / 10 * 10;
        var upin = Bit(vbl + excluded <= sp10 << 2);
        var wpin = Bit((sp10 << 2) + 40 + excluded <= vbr);
        var uin = Bit(vbl + excluded <= s << 2);
        var win = Bit((s << 2) + 4 + excluded <= vbr);
        var midpoint = (s << 2) + 2;
        var closerToT = Bit(vb > midpoint) | (Bit(vb == midpoint) & s);
        return Select(s, sp10, upin, wpin, uin, win, closerToT);
    }

    // Choose for floats, on the products themselves: 4 * x * 10^-k with 31 fractional bits. Comparing them with
    // n * 2^31 (n even) is comparing the real values with n, exactly as round to odd would (the products are
    // exact when whole and keep a non-zero fraction otherwise), without forming the rounded values.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong ChooseFixedPoint(ulong vb, ulong vbl, ulong vbr, ulong excluded)
    {
        var s = vb >> 33;
        var sp10 = s / 10 * 10;
        var upin = Bit(vbl + excluded <= sp10 << 33);
        var wpin = Bit((sp10 << 33) + (10UL << 33) + excluded <= vbr);
        var uin = Bit(vbl + excluded <= s << 33);
        var win = Bit((s << 33) + (1UL << 33) + excluded <= vbr);
        var midpoint = ((s << 1) + 1) << 32;
        var closerToT = Bit(vb > midpoint) | (Bit(vb == midpoint) & s);
        return Select(s, sp10, upin, wpin, uin, win, closerToT);
    }

    // The candidates, as 0/1 flags: u' = s' (sp10) and w' = s' + 10 one digit shorter, u = s and w = s + 1, and
    // whether w is closer to v than u (a tie counting as closer when s is odd, so that the even one wins).
    // When exactly one of u', w' lies in the interval it is the answer: the interval is narrower than 10^(k+1),
    // so at most one multiple of ten lies in it (a one-digit s has no shorter form). Otherwise s or s + 1 does
    // (the interval is at least 10^k wide), and when both do, the closer wins. Which case applies depends on
    // the digits, so rather than branches a processor would mispredict, every flag is computed and combined.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Select(ulong s, ulong sp10, ulong upin, ulong wpin, ulong uin, ulong win, ulong closerToT)
    {
        var nearest = s + ((uin ^ 1) | (win & closerToT));
        var shorter = sp10 + ((upin ^ 1) * 10);
        var useShorter = 0 - ((upin ^ wpin) & Bit(s >= 10));
        return (shorter & useShorter) | (nearest & ~useShorter);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Bit(bool condition) => Unsafe.BitCast<bool, byte>(condition);

    // rop(g * cp * 2^-127) for g = upper * 2^63 + lower: the integer part, and a set lowest bit when any of the 63
    // fractional bits below it is set. Bits further down are dropped: they only hold g's rounding error.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong RoundToOdd(ulong upper, ulong lower, ulong cp)
    {
        // The low half of upper * cp is a plain (wrapping) multiplication; asking BigMul for it would go through memory.
        var x1 = MultiplyHigh(lower, cp);
        var y1 = MultiplyHigh(upper, cp);
        var y0 = upper * cp;
        var z = (y0 >> 1) + x1;
        var integer = y1 + (z >> 63);
        return integer | (((z & Low63Bits) + Low63Bits) >> 63);
    }

    // The upper half of the 128-bit product, without storing the lower half.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong MultiplyHigh(ulong left, ulong right) =>
        Bmi2.X64.IsSupported ? Bmi2.X64.MultiplyNoFlags(left, right) : Math.BigMul(left, right, out _);
}
