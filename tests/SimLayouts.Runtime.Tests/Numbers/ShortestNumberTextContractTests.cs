using System;
using System.Globalization;
using System.Text;
using SimLayouts.Numbers;

namespace SimLayouts.Runtime.Tests.Numbers;

/// <summary>
/// The TryFormat and Format contracts callers rely on: short buffers, bytes past the text, non-finite values, no
/// allocation.
/// </summary>
public sealed class ShortestNumberTextContractTests
{
    private static readonly float[] Floats = [0.1f, -1.00000006e9f, -0.000123456789f, 45.5f, -0f, 1e-5f, 123456784f, 7f];

    private static readonly double[] Doubles =
        [0.1, -2.2250738585072014E-308, (double)0.1f, -0.00012345678901234567, 1e17, 99999999999999980.0, -0.0, 7.0];

    [Test]
    public void Returns_false_and_writes_nothing_when_the_destination_is_one_byte_short([ValueSource(nameof(Floats))] float value)
    {
        var expected = value.ToString(CultureInfo.InvariantCulture);
        var destination = new byte[expected.Length - 1];
        destination.AsSpan().Fill(0xEE);

        Assert.That(ShortestNumberText.TryFormat(value, destination, out var written), Is.False);
        Assert.That(written, Is.Zero);
        Assert.That(destination, Is.All.EqualTo(0xEE));
        Assert.That(ShortestNumberText.TryFormat(value, destination.AsSpan(0, 0), out _), Is.False);
    }

    [Test]
    public void Returns_false_and_writes_nothing_when_a_double_does_not_fit([ValueSource(nameof(Doubles))] double value)
    {
        var expected = value.ToString(CultureInfo.InvariantCulture);
        var destination = new byte[expected.Length - 1];
        destination.AsSpan().Fill(0xEE);

        Assert.That(ShortestNumberText.TryFormat(value, destination, out var written), Is.False);
        Assert.That(written, Is.Zero);
        Assert.That(destination, Is.All.EqualTo(0xEE));
    }

    [Test]
    public void Writes_into_an_exact_fit_and_leaves_the_bytes_after_the_text_alone([ValueSource(nameof(Floats))] float value)
    {
        var expected = value.ToString(CultureInfo.InvariantCulture);
        var destination = new byte[expected.Length + 8];
        destination.AsSpan().Fill(0xEE);

        Assert.That(ShortestNumberText.TryFormat(value, destination.AsSpan(0, expected.Length), out var written), Is.True);
        Assert.That(Encoding.ASCII.GetString(destination, 0, written), Is.EqualTo(expected));
        Assert.That(destination[written..], Is.All.EqualTo(0xEE));
    }

    [Test]
    public void Writes_a_double_into_an_exact_fit_and_leaves_the_bytes_after_the_text_alone([ValueSource(nameof(Doubles))] double value)
    {
        var expected = value.ToString(CultureInfo.InvariantCulture);
        var destination = new byte[expected.Length + 8];
        destination.AsSpan().Fill(0xEE);

        Assert.That(ShortestNumberText.TryFormat(value, destination.AsSpan(0, expected.Length), out var written), Is.True);
        Assert.That(Encoding.ASCII.GetString(destination, 0, written), Is.EqualTo(expected));
        Assert.That(destination[written..], Is.All.EqualTo(0xEE));
    }

    [Test]
    public void Format_refuses_a_buffer_shorter_than_two_registers_and_a_sign()
    {
        var buffer = new byte[ShortestNumberText.FormatBufferLength - 1];

        Assert.That(() => ShortestNumberText.Format(0.1, buffer), Throws.ArgumentException.With.Message.Contains("33 bytes"));
        Assert.That(() => ShortestNumberText.Format(0.1f, buffer), Throws.ArgumentException.With.Message.Contains("33 bytes"));
    }

    [Test]
    public void Format_writes_the_text_at_the_start_and_stays_inside_its_buffer([ValueSource(nameof(Doubles))] double value)
    {
        var buffer = new byte[ShortestNumberText.FormatBufferLength + 16];
        buffer.AsSpan().Fill((byte)'#');

        var length = ShortestNumberText.Format(value, buffer.AsSpan(0, ShortestNumberText.FormatBufferLength));

        Assert.That(Encoding.ASCII.GetString(buffer, 0, length), Is.EqualTo(value.ToString(CultureInfo.InvariantCulture)));
        Assert.That(buffer.AsSpan(ShortestNumberText.FormatBufferLength).IndexOfAnyExcept((byte)'#'), Is.EqualTo(-1));
    }

    [Test]
    public void Writes_what_the_bcl_writes_for_nan_and_infinities()
    {
        var oracle = new NumberTextOracle();
        foreach (var value in new[] { float.NaN, float.PositiveInfinity, float.NegativeInfinity, BitConverter.UInt32BitsToSingle(0xFFC0_0001) })
        {
            oracle.Check(value);
            oracle.Check((double)value);
        }

        Assert.That(oracle.Mismatches, Is.Empty);
        Assert.That(ShortestNumberText.TryFormat(double.NaN, new byte[2], out _), Is.False);
    }

    [Test]
    public void The_maximum_lengths_are_reached()
    {
        Span<byte> text = stackalloc byte[32];

        ShortestNumberText.TryFormat(-1.00000006e9f, text, out var floatLength);
        ShortestNumberText.TryFormat(-2.2250738585072014E-308, text, out var doubleLength);

        Assert.That(floatLength, Is.EqualTo(ShortestNumberText.MaxFloatLength));
        Assert.That(doubleLength, Is.EqualTo(ShortestNumberText.MaxDoubleLength));
    }

    [Test]
    public void Formatting_allocates_nothing()
    {
        Span<byte> text = stackalloc byte[ShortestNumberText.MaxDoubleLength];
        FormatAll(text);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var round = 0; round < 1000; round++)
        {
            FormatAll(text);
        }

        Assert.That(GC.GetAllocatedBytesForCurrentThread() - before, Is.Zero);
    }

    private static void FormatAll(Span<byte> text)
    {
        foreach (var value in Floats)
        {
            ShortestNumberText.TryFormat(value, text, out _);
            ShortestNumberText.TryFormat((double)value, text, out _);
        }

        foreach (var value in Doubles)
        {
            ShortestNumberText.TryFormat(value, text, out _);
        }
    }
}
