using System;
using System.Globalization;
using System.Text;
using NUnit.Framework;
using SimLayouts.Bridge.Frames;

namespace SimLayouts.Bridge.Tests.Frames;

/// <summary>
/// The bridge writes every double (a float widened to double, as the seed's f32() gives it, or a computed one)
/// exactly as .NET's shortest round-trip double formatting writes it, through the frame writers' own path.
/// </summary>
public sealed class PythonNumbersTextTests
{
    [Test]
    public void Writes_the_same_text_as_the_general_formatter_for_random_floats()
    {
        var random = new Random(20261121);
        for (var sample = 0; sample < 300_000; sample++)
        {
            var value = sample % 2 == 0
                ? BitConverter.Int32BitsToSingle(random.Next()) * (random.Next(2) == 0 ? 1 : -1)
                : (float)((random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-4, 8)));
            if (!float.IsFinite(value))
            {
                continue;
            }

            var expected = ((double)value).ToString("R", CultureInfo.InvariantCulture);
            var actual = WriteValue(value);
            if (actual != expected)
            {
                Assert.Fail($"{expected}: wrote {actual}");
            }
        }
    }

    [TestCase(0.1f, "0.10000000149011612")]
    [TestCase(-902.66748046875f, "-902.66748046875")]
    [TestCase(1.5f, "1.5")]
    [TestCase(0.0011f, "0.0010999999940395355")]
    [TestCase(1e-7f, "1.0000000116860974E-07")]
    [TestCase(3.4e38f, "3.3999999521443642E+38")]
    public void Writes_known_floats(float value, string expected)
    {
        Assert.That(((double)value).ToString(CultureInfo.InvariantCulture), Is.EqualTo(expected), "the expectation is .NET's text");
        Assert.That(WriteValue(value), Is.EqualTo(expected));
    }

    [TestCase(0.0, "0")]
    [TestCase(-0.0, "-0")]
    [TestCase(12.0, "12")]
    [TestCase(0.5, "0.5")]
    [TestCase(1e20, "1E+20")]
    [TestCase(1e-7, "1E-07")]
    [TestCase(0.1, "0.1")]
    [TestCase(123456789.123, "123456789.123")]
    public void Writes_whole_numbers_powers_of_two_and_true_doubles_as_dotnet_does(double value, string expected)
    {
        Assert.That(value.ToString(CultureInfo.InvariantCulture), Is.EqualTo(expected), "the expectation is .NET's text");
        Assert.That(WriteValue(value), Is.EqualTo(expected));
    }

    private static string WriteValue(double value)
    {
        var json = new RawJsonWriter();
        var run = new JsonRun(json);
        run.SeedDouble(value);
        run.Flush();
        return Encoding.UTF8.GetString(json.WrittenSpan);
    }
}
