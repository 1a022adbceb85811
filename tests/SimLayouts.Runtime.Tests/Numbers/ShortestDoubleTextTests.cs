using System;
using System.Globalization;
using System.Text;
using SimLayouts.Benchmarks;
using SimLayouts.Numbers;

namespace SimLayouts.Runtime.Tests.Numbers;

/// <summary>
/// Double text is byte for byte what .NET writes (double.TryFormat and Utf8JsonWriter), for doubles of every
/// kind and for floats widened to double (the bridge writes those), whose text has 16 or 17 digits.
/// (All 2^32 widened floats were also compared once, outside the test suite, and the digits of the widened-float
/// search with those of the general one on all 503,316,420 floats it takes: 0 differences.)
/// </summary>
public sealed class ShortestDoubleTextTests
{
    [TestCase(0.0, "0")]
    [TestCase(-0.0, "-0")]
    [TestCase(0.1, "0.1")]
    [TestCase(0.5, "0.5")]
    [TestCase(-12.0, "-12")]
    [TestCase(1e15, "1000000000000000")]
    [TestCase(1e16, "10000000000000000")]
    [TestCase(99999999999999980.0, "99999999999999980")]
    [TestCase(1e17, "1E+17")]
    [TestCase(123456789012345680.0, "1.2345678901234568E+17")]
    [TestCase(0.0001, "0.0001")]
    [TestCase(0.00010000000000000002, "0.00010000000000000002")]
    [TestCase(1e-5, "1E-05")]
    [TestCase(1e-7, "1E-07")]
    [TestCase(1e100, "1E+100")]
    [TestCase(5e-324, "5E-324")]
    [TestCase(2.2250738585072014E-308, "2.2250738585072014E-308")]
    [TestCase(-2.2250738585072014E-308, "-2.2250738585072014E-308")]
    [TestCase(double.MaxValue, "1.7976931348623157E+308")]
    [TestCase((double)0.1f, "0.10000000149011612")]
    [TestCase((double)-902.66748f, "-902.66748046875")]
    [TestCase((double)0.0011f, "0.0010999999940395355")]
    [TestCase((double)1e-5f, "9.999999747378752E-06")]
    [TestCase((double)float.MaxValue, "3.4028234663852886E+38")]
    public void Writes_the_texts_dotnet_writes(double value, string expected)
    {
        Span<byte> text = stackalloc byte[ShortestNumberText.MaxDoubleLength];

        Assert.That(ShortestNumberText.TryFormat(value, text, out var written), Is.True);
        Assert.That(Encoding.ASCII.GetString(text[..written]), Is.EqualTo(expected));
        Assert.That(value.ToString(CultureInfo.InvariantCulture), Is.EqualTo(expected), "the expectation is .NET's text");
    }

    [Test]
    public void Matches_the_bcl_and_the_json_writer_on_random_bit_patterns()
    {
        var random = new Random(20_260_302);
        var oracle = new NumberTextOracle();
        for (var sample = 0; sample < 1_500_000; sample++)
        {
            oracle.Check(BitConverter.UInt64BitsToDouble((ulong)random.NextInt64() ^ ((ulong)random.Next(2) << 63)), viaJson: sample % 8 == 0);
        }

        Assert.That(oracle.Mismatches, Is.Empty);
    }

    [Test]
    public void Matches_the_bcl_and_the_json_writer_on_floats_widened_to_double()
    {
        var random = new Random(20_260_303);
        var oracle = new NumberTextOracle();
        for (var sample = 0; sample < 1_000_000; sample++)
        {
            oracle.Check((double)BitConverter.UInt32BitsToSingle((uint)random.NextInt64(1L << 32)), viaJson: sample % 8 == 0);
        }

        foreach (var value in TelemetryLikeValues.Floats(random, 700_000))
        {
            oracle.Check((double)value, viaJson: true);
            oracle.Check((double)-value);
        }

        Assert.That(oracle.Mismatches, Is.Empty);
    }

    [Test]
    public void Matches_the_bcl_on_widened_floats_of_every_float_exponent()
    {
        // Widened floats from 2^-37 up to 2^23 take their own exact digit search, one power of five per exponent:
        // every float exponent around and inside that range, at the ends of its significands, around the powers of
        // ten in it (where the scaling switches) and at random.
        var random = new Random(20_261_121);
        var oracle = new NumberTextOracle();
        for (var biased = 60u; biased <= 160u; biased++)
        {
            var smallest = BitConverter.UInt32BitsToSingle(biased << 23);
            foreach (var value in new[] { smallest, MathF.BitIncrement(smallest), MathF.BitIncrement(MathF.BitIncrement(smallest)), MathF.BitDecrement(smallest) })
            {
                oracle.Check((double)value);
                oracle.Check(-(double)value);
            }

            for (var sample = 0; sample < 2_000; sample++)
            {
                oracle.Check((double)BitConverter.UInt32BitsToSingle((biased << 23) | (uint)random.Next(1 << 23)), viaJson: sample % 16 == 0);
            }
        }

        for (var exponent = -12; exponent <= 8; exponent++)
        {
            var power = MathF.Pow(10f, exponent);
            var value = power;
            for (var step = 0; step < 50; step++)
            {
                value = MathF.BitDecrement(value);
            }

            for (var step = 0; step < 100; step++, value = MathF.BitIncrement(value))
            {
                oracle.Check((double)value);
            }
        }

        Assert.That(oracle.Mismatches, Is.Empty);
    }

    [Test]
    public void Matches_the_bcl_at_every_binary_exponent_and_on_every_power_of_two()
    {
        // Each exponent has its own power of ten and scaling; a power of two has a rounding interval that is
        // narrower below (and .NET misformats two of them, which are handed to the BCL).
        var random = new Random(13);
        var oracle = new NumberTextOracle();
        for (ulong biased = 0; biased < 2047; biased++)
        {
            var power = BitConverter.UInt64BitsToDouble(biased << 52);
            foreach (var value in new[] { power, Math.BitIncrement(power), Math.BitDecrement(power), Math.BitIncrement(Math.BitIncrement(power)) })
            {
                oracle.Check(value);
                oracle.Check(-value);
            }

            oracle.Check(BitConverter.UInt64BitsToDouble((biased << 52) | 0xF_FFFF_FFFF_FFFF));
            for (var sample = 0; sample < 100; sample++)
            {
                oracle.Check(BitConverter.UInt64BitsToDouble((biased << 52) | ((ulong)random.NextInt64() >> 12)));
            }
        }

        Assert.That(oracle.Mismatches, Is.Empty);
        Assert.That(oracle.LongestText, Is.EqualTo(ShortestNumberText.MaxDoubleLength));
    }

    [Test]
    public void Matches_the_bcl_around_powers_of_ten_and_notation_thresholds()
    {
        // 1E-05 / 0.0001 and 99999999999999980 / 1E+17 are where .NET switches notation.
        var oracle = new NumberTextOracle();
        for (var exponent = -324; exponent <= 308; exponent++)
        {
            var power = double.Parse($"1e{exponent}", CultureInfo.InvariantCulture);
            var value = power;
            var below = power;
            for (var step = 0; step < 12; step++)
            {
                oracle.Check(value, viaJson: true);
                oracle.Check(below, viaJson: true);
                oracle.Check(-value);
                value = Math.BitIncrement(value);
                below = Math.BitDecrement(below);
            }

            foreach (var leading in new[] { 1.5, 2.0, 5.0, 9.5, 9.999999999999998 })
            {
                oracle.Check(leading * power, viaJson: true);
                oracle.Check((double)(float)(leading * power));
            }
        }

        Assert.That(oracle.Mismatches, Is.Empty);
    }

    [Test]
    public void Matches_the_bcl_on_whole_numbers()
    {
        // Below 2^53 a whole double is written as an integer; above, its shortest digits are padded or scientific.
        var random = new Random(17);
        var oracle = new NumberTextOracle();
        for (var value = -50_000; value <= 50_000; value++)
        {
            oracle.Check((double)value);
        }

        for (var sample = 0; sample < 200_000; sample++)
        {
            oracle.Check((double)(random.NextInt64() >> random.Next(64)), viaJson: sample % 4 == 0);
            oracle.Check((double)(ulong)random.NextInt64() * 4);
        }

        Assert.That(oracle.Mismatches, Is.Empty);
    }

    [Test]
    public void Matches_the_bcl_on_short_decimals()
    {
        // Values typed as short decimals ("0.35", "2.5e-7") take the one-digit-fewer branch and round ties.
        var random = new Random(19);
        var oracle = new NumberTextOracle();
        for (var sample = 0; sample < 300_000; sample++)
        {
            var digits = random.NextInt64(1, 1_000_000_000_000);
            var exponent = random.Next(-330, 300);
            oracle.Check(double.Parse($"{digits}e{exponent}", CultureInfo.InvariantCulture), viaJson: sample % 4 == 0);
        }

        Assert.That(oracle.Mismatches, Is.Empty);
    }
}
