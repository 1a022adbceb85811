using System;
using System.Globalization;
using System.Text;
using NUnit.Framework;
using SimLayouts.Bridge.Frames;

namespace SimLayouts.Bridge.Tests.Frames;

/// <summary>The fast float formatter must write exactly what .NET's shortest round-trip double formatting writes.</summary>
public sealed class WidenedFloatFormatterTests
{
    [Test]
    public void Writes_the_same_text_as_the_general_formatter_for_random_floats()
    {
        var random = new Random(20261121);
        Span<byte> text = stackalloc byte[WidenedFloatFormatter.MaxLength];
        var covered = 0;
        for (var sample = 0; sample < 300_000; sample++)
        {
            var value = sample % 2 == 0
                ? BitConverter.Int32BitsToSingle(random.Next()) * (random.Next(2) == 0 ? 1 : -1)
                : (float)((random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-4, 8)));
            if (!float.IsFinite(value) || !WidenedFloatFormatter.TryFormat(value, text, out var length))
            {
                continue;
            }

            covered++;
            var expected = ((double)value).ToString("R", CultureInfo.InvariantCulture);
            var actual = Encoding.ASCII.GetString(text[..length]);
            if (actual != expected)
            {
                Assert.Fail($"{expected}: wrote {actual}");
            }
        }

        Assert.That(covered, Is.GreaterThan(100_000), "the fast path covers the usual telemetry range");
    }

    [TestCase(0.1f, "0.10000000149011612")]
    [TestCase(-902.66748046875f, "-902.66748046875")]
    [TestCase(1.5f, "1.5")]
    [TestCase(0.0011f, "0.0010999999940395355")]
    public void Writes_known_values(float value, string expected)
    {
        Span<byte> text = stackalloc byte[WidenedFloatFormatter.MaxLength];

        Assert.That(WidenedFloatFormatter.TryFormat(value, text, out var length), Is.True);
        Assert.That(Encoding.ASCII.GetString(text[..length]), Is.EqualTo(expected));
    }

    [TestCase(0.0)]
    [TestCase(12.0)]
    [TestCase(0.5)]
    [TestCase(1e20)]
    [TestCase(1e-7)]
    [TestCase(0.1)]
    public void Leaves_whole_numbers_powers_of_two_other_ranges_and_true_doubles_to_the_general_formatter(double value)
    {
        Span<byte> text = stackalloc byte[WidenedFloatFormatter.MaxLength];

        Assert.That(WidenedFloatFormatter.TryFormat(value, text, out _), Is.False);
    }
}
