using System;
using System.Text;

namespace SimLayouts.Runtime.Tests;

/// <summary>
/// <see cref="EnumText{TEnum}"/>, the one implementation behind every generated <c>{Enum}Extensions</c>, on the
/// shapes the bundled layouts do not have: signed flags, 64-bit values above <see cref="long.MaxValue"/>, and values
/// too far apart for its lookup table. Every value prints, parses back and is written to JSON without losing a bit.
/// </summary>
public sealed class EnumTextTests
{
    private static readonly EnumText<Signed> SignedText = new(
        [Signed.Low, Signed.Minus, Signed.One],
        ["Low", "Minus", "One"],
        ["S_LOW", "S_MINUS", "S_ONE"]);

    private static readonly EnumText<SignedFlags> SignedFlagsText = new(
        [SignedFlags.A, SignedFlags.Top],
        ["A", "Top"],
        ["F_A", "F_TOP"],
        isFlags: true);

    private static readonly EnumText<Wide> WideText = new(
        [Wide.Small, Wide.Huge, Wide.Max],
        ["Small", "Huge", "Max"],
        ["W_SMALL", "W_HUGE", "W_MAX"]);

    private enum Signed : long
    {
        Low = long.MinValue,
        Minus = -1,
        One = 1,
    }

    [Flags]
    private enum SignedFlags : sbyte
    {
        A = 1,
        Top = sbyte.MinValue,
    }

    private enum Wide : ulong
    {
        Small = 3,
        Huge = 0x8000_0000_0000_0000,
        Max = ulong.MaxValue,
    }

    [TestCase(long.MinValue, "Low")]
    [TestCase(-1L, "Minus")]
    [TestCase(1L, "One")]
    [TestCase(-2L, "Unknown(-2)")]
    [TestCase(long.MaxValue, "Unknown(9223372036854775807)")]
    public void Values_far_apart_are_found_and_unknown_ones_print_signed(long raw, string expected)
    {
        var value = (Signed)raw;

        Assert.That(SignedText.ToDisplayString(value), Is.EqualTo(expected));
        Assert.That(SignedText.TryParse(expected, out var parsed) && parsed == value, Is.True);
        Assert.That(SignedText.IndexOf(value) >= 0, Is.EqualTo(!expected.StartsWith("Unknown", StringComparison.Ordinal)));
    }

    [TestCase(3UL, "Small", "\"Small\"")]
    [TestCase(0x8000_0000_0000_0000UL, "Huge", "\"Huge\"")]
    [TestCase(ulong.MaxValue, "Max", "\"Max\"")]
    [TestCase(0xFFFF_FFFF_FFFF_FFFEUL, "Unknown(18446744073709551614)", "18446744073709551614")]
    public void Unsigned_64_bit_values_keep_every_bit(ulong raw, string display, string json)
    {
        var value = (Wide)raw;

        Assert.That(WideText.ToDisplayString(value), Is.EqualTo(display));
        Assert.That(WideText.TryParse(display, out var parsed) && parsed == value, Is.True);
        Assert.That(Json(writer => WideText.WriteJson(writer, value, JsonEnumFormat.Names)), Is.EqualTo(json));
        Assert.That(Json(writer => WideText.WriteJson(writer, value, JsonEnumFormat.Numbers)), Is.EqualTo(raw.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Test]
    public void Signed_flags_split_into_names_and_unknown_bits_and_parse_back()
    {
        var value = (SignedFlags)unchecked((sbyte)0x83); // Top | A | bit 1, which no flag names

        Assert.That(SignedFlagsText.ToDisplayString(value), Is.EqualTo("A | Top | Unknown(2)"));
        Assert.That(SignedFlagsText.TryParse("a|F_TOP| Unknown(2) ", out var parsed) && parsed == value, Is.True);
        Assert.That(Json(writer => SignedFlagsText.WriteJson(writer, value, JsonEnumFormat.Names)), Is.EqualTo("[\"A\",\"Top\",2]"));
        Assert.That(Json(writer => SignedFlagsText.WriteJson(writer, value, JsonEnumFormat.Numbers)), Is.EqualTo("-125"));
        Assert.That(SignedFlagsText.ToDisplayString(0), Is.EqualTo("0"));
        Assert.That(Json(writer => SignedFlagsText.WriteJson(writer, 0, JsonEnumFormat.Names)), Is.EqualTo("[]"));
    }

    [TestCase("128")]
    [TestCase("-129")]
    [TestCase("Unknown(x)")]
    [TestCase("A|")]
    public void Numbers_outside_the_type_and_broken_text_do_not_parse(string text)
    {
        Assert.That(SignedFlagsText.TryParse(text, out var value), Is.False);
        Assert.That(value, Is.EqualTo(default(SignedFlags)));
    }

    [Test]
    public void Tables_of_different_lengths_are_refused()
    {
        Assert.That(() => new EnumText<Wide>([Wide.Small], ["Small"], []), Throws.ArgumentException);
    }

    private static string Json(Action<RawJsonWriter> write)
    {
        var json = new RawJsonWriter();
        write(json);
        return Encoding.UTF8.GetString(json.WrittenSpan);
    }
}
