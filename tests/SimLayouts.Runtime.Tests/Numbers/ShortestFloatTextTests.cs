using System;
using System.Globalization;
using System.Text;
using SimLayouts.Benchmarks;
using SimLayouts.Numbers;

namespace SimLayouts.Runtime.Tests.Numbers;

/// <summary>
/// Float text is byte for byte what .NET writes (float.TryFormat and Utf8JsonWriter), so swapping the formatter
/// into a JSON writer changes no output. (All 2^32 floats were also compared once, outside the test suite.)
/// </summary>
public sealed class ShortestFloatTextTests
{
    [TestCase(0f, "0")]
    [TestCase(-0f, "-0")]
    [TestCase(0.1f, "0.1")]
    [TestCase(-902.66748f, "-902.6675")]
    [TestCase(45.5f, "45.5")]
    [TestCase(1234567f, "1234567")]
    [TestCase(16777216f, "16777216")]
    [TestCase(123456784f, "123456780")]
    [TestCase(100000000f, "100000000")]
    [TestCase(999999940f, "999999940")]
    [TestCase(1e9f, "1E+09")]
    [TestCase(1.00000006e9f, "1.00000006E+09")]
    [TestCase(0.0001f, "0.0001")]
    [TestCase(0.00012345678f, "0.00012345678")]
    [TestCase(1e-5f, "1E-05")]
    [TestCase(float.Epsilon, "1E-45")]
    [TestCase(1.17549435E-38f, "1.1754944E-38")]
    [TestCase(float.MaxValue, "3.4028235E+38")]
    [TestCase(float.MinValue, "-3.4028235E+38")]
    public void Writes_the_texts_dotnet_writes(float value, string expected)
    {
        Span<byte> text = stackalloc byte[ShortestNumberText.MaxFloatLength];

        Assert.That(ShortestNumberText.TryFormat(value, text, out var written), Is.True);
        Assert.That(Encoding.ASCII.GetString(text[..written]), Is.EqualTo(expected));
        Assert.That(value.ToString(CultureInfo.InvariantCulture), Is.EqualTo(expected), "the expectation is .NET's text");
    }

    [Test]
    public void Matches_the_bcl_and_the_json_writer_on_random_bit_patterns()
    {
        var random = new Random(20_260_301);
        var oracle = new NumberTextOracle();
        for (var sample = 0; sample < 3_000_000; sample++)
        {
            oracle.Check(BitConverter.UInt32BitsToSingle((uint)random.NextInt64(1L << 32)), viaJson: sample % 8 == 0);
        }

        Assert.That(oracle.Mismatches, Is.Empty);
    }

    [Test]
    public void Matches_the_bcl_and_the_json_writer_on_telemetry_like_values()
    {
        var random = new Random(7);
        var oracle = new NumberTextOracle();
        foreach (var value in TelemetryLikeValues.Floats(random, 1_000_000))
        {
            oracle.Check(value, viaJson: true);
            oracle.Check(-value);
        }

        Assert.That(oracle.Mismatches, Is.Empty);
    }

    [Test]
    public void Matches_the_bcl_at_every_binary_exponent()
    {
        // Each exponent has its own power of ten and scaling: its power of two (a rounding interval narrower
        // below), the neighbours, the largest significand and random ones; subnormals included.
        var random = new Random(11);
        var oracle = new NumberTextOracle();
        for (uint biased = 0; biased < 255; biased++)
        {
            var power = BitConverter.UInt32BitsToSingle(biased << 23);
            foreach (var value in new[] { power, MathF.BitIncrement(power), MathF.BitDecrement(power), MathF.BitIncrement(MathF.BitIncrement(power)) })
            {
                oracle.Check(value);
                oracle.Check(-value);
            }

            oracle.Check(BitConverter.UInt32BitsToSingle((biased << 23) | 0x7F_FFFF));
            for (var sample = 0; sample < 200; sample++)
            {
                oracle.Check(BitConverter.UInt32BitsToSingle((biased << 23) | (uint)random.Next(1 << 23)));
            }
        }

        Assert.That(oracle.Mismatches, Is.Empty);
        Assert.That(oracle.LongestText, Is.LessThanOrEqualTo(ShortestNumberText.MaxFloatLength));
    }

    [Test]
    public void Matches_the_bcl_around_powers_of_ten_and_notation_thresholds()
    {
        // 1E-05 / 0.0001 and 999999940 / 1E+09 are where .NET switches notation; every other power of ten
        // is where the digit count changes.
        var oracle = new NumberTextOracle();
        for (var exponent = -45; exponent <= 38; exponent++)
        {
            var power = float.Parse($"1e{exponent}", CultureInfo.InvariantCulture);
            var value = power;
            var below = power;
            for (var step = 0; step < 40; step++)
            {
                oracle.Check(value, viaJson: true);
                oracle.Check(below, viaJson: true);
                oracle.Check(-value);
                value = MathF.BitIncrement(value);
                below = MathF.BitDecrement(below);
            }

            foreach (var leading in new[] { 1.5f, 2f, 5f, 9.5f, 9.999999f })
            {
                oracle.Check(leading * power, viaJson: true);
            }
        }

        Assert.That(oracle.Mismatches, Is.Empty);
    }

    [Test]
    public void Matches_the_bcl_on_whole_numbers()
    {
        // Below 2^24 a whole float is written as an integer; above it the shortest digits are padded with zeros.
        var random = new Random(3);
        var oracle = new NumberTextOracle();
        for (var value = 0; value <= 100_000; value++)
        {
            oracle.Check((float)value);
            oracle.Check((float)-value);
        }

        for (var sample = 0; sample < 200_000; sample++)
        {
            oracle.Check((float)random.Next(1 << 24));
            oracle.Check((float)random.NextInt64(1L << 40), viaJson: sample % 4 == 0);
        }

        Assert.That(oracle.Mismatches, Is.Empty);
    }

    [Test]
    public void Matches_the_bcl_on_short_decimals()
    {
        // Values typed as short decimals ("0.35", "2.5e-7") take the one-digit-fewer branch and round ties.
        var random = new Random(5);
        var oracle = new NumberTextOracle();
        for (var sample = 0; sample < 300_000; sample++)
        {
            var digits = random.Next(1, 100_000);
            var exponent = random.Next(-45, 39);
            oracle.Check(float.Parse($"{digits}e{exponent}", CultureInfo.InvariantCulture), viaJson: sample % 4 == 0);
        }

        Assert.That(oracle.Mismatches, Is.Empty);
    }
}
