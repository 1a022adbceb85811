using System;
using System.Linq;
using NUnit.Framework;
using SimLayouts.AcEvo;
using SimLayouts.Bridge.Roles;
using SimLayouts.Bridge.Simulation;
using SimLayouts.Pcars2;
using SimLayouts.Reading;

namespace SimLayouts.Bridge.Tests.Roles;

/// <summary>The roles files (layouts/*.roles.yaml): each fits its layout, and a role reads what the generated view reads.</summary>
public sealed class LayoutRolesTests
{
    [Test]
    public void Every_shipped_roles_file_names_a_built_in_layout_and_fits_it()
    {
        var resources = typeof(LayoutRoles).Assembly.GetManifestResourceNames().Where(name => name.StartsWith("roles/", StringComparison.Ordinal)).ToArray();
        Assert.That(resources, Is.Not.Empty);
        foreach (var resource in resources)
        {
            Assert.That(BuiltInLayouts.All.Any(layout => LayoutRoles.ResourceName(layout) == resource), Is.True, $"{resource} names no built-in layout");
        }

        foreach (var layout in BuiltInLayouts.All)
        {
            Assert.That(LayoutRoles.TryLoad(layout, out var roles, out var error), Is.True, error);
            Assert.That(roles!.Roles.Select(role => role.Name), Is.All.Matches<string>(name => RoleNames.IsRole(name!)));
        }
    }

    [Test]
    public void Pcars2_roles_read_the_viewed_cars_values_through_its_slot()
    {
        using var frame = SimulatedFrame("pcars2");
        var view = frame.View<SharedMemoryView>();
        var viewed = view.ParticipantInfo[view.ViewedParticipantIndex];
        Assert.That(LayoutRoles.TryLoad(frame.Layout, out var roles, out _), Is.True);

        Assert.That(Read(roles!, frame, "speed"), Is.EqualTo(view.Speed));
        Assert.That(Read(roles!, frame, "gear"), Is.EqualTo(view.Gear));
        Assert.That(Read(roles!, frame, "position"), Is.EqualTo(viewed.RacePosition));
        Assert.That(Read(roles!, frame, "lapDistance"), Is.EqualTo(viewed.CurrentLapDistance));
        Assert.That(roles!.Standings!.Rows.Text, Is.EqualTo("sharedMemory.participantInfo"));
        Assert.That(RoleDisplay.For("speed", roles.Find("speed")!.Unit), Is.EqualTo(("km/h", 3.6)));
    }

    [Test]
    public void Acevo_gear_is_the_gear_index_minus_one()
    {
        using var frame = SimulatedFrame("acevo");
        var physics = frame.View<PhysicsView>();
        Assert.That(LayoutRoles.TryLoad(frame.Layout, out var roles, out _), Is.True);

        Assert.That(Read(roles!, frame, "gear"), Is.EqualTo((int)physics.Gear - 1));
        Assert.That(Read(roles!, frame, "speed"), Is.EqualTo(physics.SpeedKmh));
        Assert.That(roles!.Standings, Is.Null);
    }

    [TestCase("layout: pcars2\nroles:\n  speeed: sharedMemory.speed\n", "(3,3)", "unknown role 'speeed'")]
    [TestCase("layout: pcars2\nroles:\n  speed: sharedMemory.speeed\n", "(3,10)", "no member 'speeed'")]
    [TestCase("layout: pcars2\nroles:\n  speed: sharedMemory.speeds\n", "(3,10)", "is an array")]
    [TestCase("layout: pcars2\nroles:\n  speed: sharedMemory.carName\n", "(3,10)", "is not a number")]
    [TestCase("layout: pcars2\nroles:\n  speed: nopage.speed\n", "(3,10)", "no page 'nopage'")]
    [TestCase("layout: acevo\n", "(1,9)", "not pcars2")]
    [TestCase("layout: pcars2\nextra: 1\n", "(2,1)", "unknown key 'extra'")]
    [TestCase("roles: [\n", "pcars2.roles.yaml(", "")]
    public void A_roles_file_that_does_not_fit_is_one_located_message(string text, string location, string message)
    {
        Assert.That(BuiltInLayouts.TryGet("pcars2", out var layout), Is.True);

        Assert.That(LayoutRoles.TryParse(text, "pcars2.roles.yaml", layout!, out _, out var error), Is.False);
        Assert.That(error, Does.Contain(location).And.Contain(message));
    }

    private static double Read(LayoutRoles roles, LayoutFrame frame, string role)
    {
        Assert.That(roles.Find(role)!.TryRead(index => frame[index].Bytes, out var value), Is.True, role);
        return value;
    }

    private static LayoutFrame SimulatedFrame(string game)
    {
        Assert.That(BuiltInLayouts.TryGet(game, out var layout), Is.True);
        Assert.That(SimulatorSource.TryCreate(layout!, out var source), Is.True);
        using var reader = new LayoutReader(layout!, source!);
        Assert.That(reader.PollFirstFrame(out var frame), Is.EqualTo(PollResult.Frame));
        return frame!;
    }
}
