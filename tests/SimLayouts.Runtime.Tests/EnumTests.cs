using System.Linq;
using SimLayouts.AcEvo;
using SimLayouts.Pcars2;

namespace SimLayouts.Runtime.Tests;

/// <summary>
/// Enums lose nothing, like the Rust crate's <c>Unknown(i32)</c>: any raw value converts to the enum and
/// back, prints readably, parses back (its <c>EnumString</c>) and the named values can be listed (<c>EnumIter</c>).
/// </summary>
public sealed class EnumTests
{
    [TestCase(int.MinValue)]
    [TestCase(-1)]
    [TestCase(0)]
    [TestCase(2)]
    [TestCase(42)]
    [TestCase(int.MaxValue)]
    public void Any_raw_value_converts_to_the_enum_and_back_unchanged(int raw)
    {
        var status = (AcEvoStatus)raw;

        Assert.That((int)status, Is.EqualTo(raw));
        Assert.That(AcEvoStatusExtensions.TryParse(status.ToDisplayString(), out var parsed), Is.True);
        Assert.That((int)parsed, Is.EqualTo(raw));
    }

    [Test]
    public void Named_values_print_their_name_and_unknown_values_print_readably()
    {
        Assert.That(AcEvoStatus.Live.ToDisplayString(), Is.EqualTo("Live"));
        Assert.That(((AcEvoStatus)42).ToDisplayString(), Is.EqualTo("Unknown(42)"));
        Assert.That(AcEvoSessionType.Unknown.ToDisplayString(), Is.EqualTo("Unknown"), "the crate's ACEvoSessionType::Unknown is -1");
        Assert.That(((AcEvoSessionType)7).ToDisplayString(), Is.EqualTo("Unknown(7)"));
        Assert.That(AcEvoCarLocation.PitEntry.ToNativeName(), Is.EqualTo("ACEVO_PITENTRY"));
        Assert.That(((AcEvoCarLocation)9).ToNativeName(), Is.Null);
        Assert.That(((AcEvoCarLocation)9).IsNamed(), Is.False);
    }

    [TestCase("Live", AcEvoStatus.Live)]
    [TestCase("live", AcEvoStatus.Live)]
    [TestCase("AC_LIVE", AcEvoStatus.Live)]
    [TestCase(" Pause ", AcEvoStatus.Pause)]
    [TestCase("Unknown(9)", (AcEvoStatus)9)]
    [TestCase("3", AcEvoStatus.Pause)]
    public void Names_native_names_unknowns_and_numbers_parse(string text, AcEvoStatus expected)
    {
        Assert.That(AcEvoStatusExtensions.TryParse(text, out var value), Is.True);
        Assert.That(value, Is.EqualTo(expected));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("Racing")]
    [TestCase("Unknown(x)")]
    [TestCase("99999999999")]
    public void Other_text_does_not_parse(string? text)
    {
        Assert.That(AcEvoStatusExtensions.TryParse(text, out _), Is.False);
    }

    [Test]
    public void All_named_values_are_listed_in_declaration_order()
    {
        Assert.That(AcEvoFlagTypeExtensions.Values, Has.Count.EqualTo(11));
        Assert.That(AcEvoFlagTypeExtensions.Values.First(), Is.EqualTo(AcEvoFlagType.NoFlag));
        Assert.That(AcEvoFlagTypeExtensions.Values.Last(), Is.EqualTo(AcEvoFlagType.RedYellowStripesFlag));
        Assert.That(AcEvoStartingGripExtensions.Names, Is.EqualTo(new[] { "Green", "Fast", "Optimum" }));
        Assert.That(GameStateExtensions.NativeNames[2], Is.EqualTo("GAME_INGAME_PLAYING"));
    }

    [Test]
    public void Flag_enums_print_and_parse_combinations_and_keep_unknown_bits()
    {
        var flags = CarFlags.Headlight | CarFlags.Abs;

        Assert.That(flags.ToDisplayString(), Is.EqualTo("Headlight | Abs"));
        Assert.That((flags | (CarFlags)0x100).ToDisplayString(), Is.EqualTo("Headlight | Abs | Unknown(256)"));
        Assert.That(((CarFlags)0).ToDisplayString(), Is.EqualTo("0"), "no bits set");
        Assert.That(CarFlagsExtensions.TryParse("0", out var none) && none == 0, Is.True);
        Assert.That(CarFlagsExtensions.TryParse("Headlight|CAR_ABS | Unknown(256)", out var parsed), Is.True);
        Assert.That((uint)parsed, Is.EqualTo(0x111u));
    }
}
