using System.Collections.Generic;
using SimLayouts.AcEvo;
using SimLayouts.Pcars2;

namespace SimLayouts.Runtime.Tests;

/// <summary>The runtime's registry of the games it reads, generated from layouts/ (nothing listed by hand).</summary>
public sealed class BuiltInLayoutsTests
{
    [Test]
    public void Lists_every_compiled_layout_by_name()
    {
        Assert.That(BuiltInLayouts.Names, Is.EqualTo(new[] { "ac1", "acc", "acevo", "pcars2", "r3e", "rf2" }));
        Assert.That(BuiltInLayouts.All, Is.EqualTo(new[] { Ac1.Ac1Layout.Description, Acc.AccLayout.Description, AcEvoLayout.Description, Pcars2Layout.Description, R3e.R3eLayout.Description, Rf2.Rf2Layout.Description }).Using<LayoutDescription>((left, right) => ReferenceEquals(left, right)));
        Assert.That(((ICollection<LayoutDescription>)BuiltInLayouts.All).IsReadOnly, Is.True);
    }

    [TestCase("pcars2")]
    [TestCase("PCARS2")]
    [TestCase("PCars2")]
    public void Finds_a_layout_ignoring_case(string name)
    {
        Assert.That(BuiltInLayouts.TryGet(name, out var layout), Is.True);
        Assert.That(layout, Is.SameAs(Pcars2Layout.Description));
        Assert.That(BuiltInLayouts.TryGet(name.Replace("pcars2", "acevo", System.StringComparison.OrdinalIgnoreCase), out var acevo), Is.True);
        Assert.That(acevo, Is.SameAs(AcEvoLayout.Description));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("rfactor2")]
    [TestCase("pcars")]
    public void An_unknown_name_finds_nothing(string? name)
    {
        Assert.That(BuiltInLayouts.TryGet(name, out var layout), Is.False);
        Assert.That(layout, Is.Null);
    }

    [Test]
    public void Each_game_carries_its_title_and_bridge_settings_from_its_yaml()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Pcars2Layout.Description.Title, Is.EqualTo("Automobilista 2 / Project CARS 2"));
            Assert.That(Pcars2Layout.Description.Bridge, Is.EqualTo(new BridgeDescription("/api/ingest/shared-memory", "pcars2-seed")), "the seed's endpoint and UDP-packet frame");
            Assert.That(AcEvoLayout.Description.Title, Is.EqualTo("Assetto Corsa EVO"));
            Assert.That(AcEvoLayout.Description.Bridge, Is.EqualTo(new BridgeDescription("/api/ingest/acevo-shared-memory", "pages")), "the generic frame of every page");
        });
    }
}
