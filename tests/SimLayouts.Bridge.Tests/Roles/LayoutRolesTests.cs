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

    [Test]
    public void R3e_roles_read_the_players_values_and_the_standings_name_through_driver_info()
    {
        using var frame = SimulatedFrame("r3e");
        var view = frame.View<SimLayouts.R3e.SharedView>();
        Assert.That(LayoutRoles.TryLoad(frame.Layout, out var roles, out _), Is.True);

        Assert.That(Read(roles!, frame, "speed"), Is.EqualTo(view.CarSpeed));
        Assert.That(Read(roles!, frame, "gear"), Is.EqualTo(view.Gear));
        Assert.That(Read(roles!, frame, "rpm"), Is.EqualTo(view.EngineRps).And.GreaterThan(0));
        Assert.That(Read(roles!, frame, "maxRpm"), Is.EqualTo(view.MaxEngineRps));
        Assert.That(Read(roles!, frame, "throttle"), Is.EqualTo(view.ThrottleRaw));
        Assert.That(Read(roles!, frame, "brake"), Is.EqualTo(view.BrakeRaw));
        Assert.That(Read(roles!, frame, "clutch"), Is.EqualTo(view.ClutchRaw));
        Assert.That(Read(roles!, frame, "position"), Is.EqualTo(view.Position).And.GreaterThan(0));
        Assert.That(Read(roles!, frame, "cars"), Is.EqualTo(view.NumCars).And.GreaterThan(1));
        Assert.That(Read(roles!, frame, "lap"), Is.EqualTo(view.CompletedLaps));
        Assert.That(Read(roles!, frame, "lapsInEvent"), Is.EqualTo(view.NumberOfLaps).And.GreaterThan(0));
        Assert.That(Read(roles!, frame, "lapDistance"), Is.EqualTo(view.LapDistance));
        Assert.That(Read(roles!, frame, "currentLapTime"), Is.EqualTo(view.LapTimeCurrentSelf));
        Assert.That(Read(roles!, frame, "lastLapTime"), Is.EqualTo(view.LapTimePreviousSelf));
        Assert.That(Read(roles!, frame, "bestLapTime"), Is.EqualTo(view.LapTimeBestSelf));
        Assert.That(Read(roles!, frame, "sector1Time"), Is.EqualTo(view.SectorTimeCurrentSelf[0]));
        // RaceRoom publishes engine speeds in rad/s; people read rpm.
        Assert.That(RoleDisplay.TryRead(roles!.Find("rpm")!, index => frame[index].Bytes, out var rpm), Is.True);
        Assert.That(rpm, Is.EqualTo((double)view.EngineRps * 30 / Math.PI).Within(1e-6));
        Assert.That(RoleDisplay.For("rpm", roles.Find("rpm")!.Unit).Unit, Is.EqualTo("rpm"));

        var standings = roles.Standings!;
        Assert.That(standings.Rows.Text, Is.EqualTo("shared.allDriversData1"));
        Assert.That(standings.ColumnPath(standings.Columns["name"]), Is.EqualTo("driverInfo.name"));
        Assert.That(standings.ColumnPath(standings.Columns["position"]), Is.EqualTo("place"));
    }

    [Test]
    public void Rf2_roles_find_the_players_scoring_by_is_player_and_its_telemetry_by_id()
    {
        using var frame = SimulatedFrame("rf2");
        var telemetry = frame.View<SimLayouts.Rf2.TelemetryView>();
        var scoring = frame.View<SimLayouts.Rf2.ScoringView>();
        var player = scoring.Vehicles[Rf2Simulator.PlayerSlot];
        var car = telemetry.Vehicles[Rf2Simulator.PlayerSlot];
        Assert.That(player.IsPlayer, Is.True, "the simulator marks its player");
        Assert.That(car.Id, Is.EqualTo(player.Id));
        Assert.That(LayoutRoles.TryLoad(frame.Layout, out var roles, out _), Is.True);

        var velocity = car.LocalVel;
        Assert.That(Read(roles!, frame, "speed"), Is.EqualTo(Math.Sqrt((velocity.X * velocity.X) + (velocity.Y * velocity.Y) + (velocity.Z * velocity.Z))));
        Assert.That(Read(roles!, frame, "gear"), Is.EqualTo(car.Gear));
        Assert.That(Read(roles!, frame, "rpm"), Is.EqualTo(car.EngineRPM).And.GreaterThan(0));
        Assert.That(Read(roles!, frame, "maxRpm"), Is.EqualTo(car.EngineMaxRPM));
        Assert.That(Read(roles!, frame, "throttle"), Is.EqualTo(car.UnfilteredThrottle));
        Assert.That(Read(roles!, frame, "brake"), Is.EqualTo(car.UnfilteredBrake));
        Assert.That(Read(roles!, frame, "clutch"), Is.EqualTo(car.UnfilteredClutch));
        Assert.That(Read(roles!, frame, "position"), Is.EqualTo(player.Place).And.GreaterThan(0));
        Assert.That(Read(roles!, frame, "cars"), Is.EqualTo(scoring.ScoringInfo.NumVehicles).And.GreaterThan(1));
        Assert.That(Read(roles!, frame, "lap"), Is.EqualTo(player.TotalLaps));
        Assert.That(Read(roles!, frame, "lapsInEvent"), Is.EqualTo(scoring.ScoringInfo.MaxLaps));
        Assert.That(Read(roles!, frame, "lapDistance"), Is.EqualTo(player.LapDist));
        Assert.That(Read(roles!, frame, "currentLapTime"), Is.EqualTo(player.TimeIntoLap));
        Assert.That(Read(roles!, frame, "lastLapTime"), Is.EqualTo(player.LastLapTime));
        Assert.That(Read(roles!, frame, "bestLapTime"), Is.EqualTo(player.BestLapTime));
        Assert.That(Read(roles!, frame, "sector1Time"), Is.EqualTo(player.CurSector1));
        Assert.That(roles!.Find("speed")!.Path.Text, Is.EqualTo("telemetry.vehicles[id=scoring.vehicles[isPlayer=1].id].localVel"));
        Assert.That(roles.Standings!.Rows.Text, Is.EqualTo("scoring.vehicles"));
    }

    [Test]
    public void A_member_selector_follows_the_id_wherever_the_players_telemetry_sits_and_stays_within_the_active_count()
    {
        using var frame = SimulatedFrame("rf2");
        Assert.That(LayoutRoles.TryLoad(frame.Layout, out var roles, out _), Is.True);
        var pages = Enumerable.Range(0, frame.PageCount).Select(index => frame[index].Bytes.ToArray()).ToArray();
        var telemetryPage = pages[frame.Layout.Pages.ToList().IndexOf(SimLayouts.Rf2.TelemetryView.Page)];
        var scoringPage = pages[frame.Layout.Pages.ToList().IndexOf(SimLayouts.Rf2.ScoringView.Page)];
        var playerId = new SimLayouts.Rf2.ScoringView(scoringPage).Vehicles[Rf2Simulator.PlayerSlot].Id;
        // The plugin does not keep telemetry in scoring's order: move the player's id to slot 3.
        var telemetry = new SimLayouts.Rf2.TelemetryWritableView(telemetryPage);
        var original = telemetry.Vehicles[Rf2Simulator.PlayerSlot];
        original.Id = 1000;
        var moved = telemetry.Vehicles[3];
        moved.Id = playerId;
        moved.EngineRPM = 1234.5;
        var velocity = moved.LocalVel;
        velocity.X = 3;
        velocity.Y = 0;
        velocity.Z = -4;

        Assert.That(ReadPages(roles!, pages, "rpm"), Is.EqualTo(1234.5));
        Assert.That(ReadPages(roles!, pages, "speed"), Is.EqualTo(5).Within(1e-12), "the length of (3, 0, -4) m/s");

        // Slot 3 lies beyond an active count of 3: no match, no value.
        telemetry.NumVehicles = 3;
        Assert.That(roles!.Find("rpm")!.TryRead(index => pages[index], out _), Is.False);

        // No car is the player's: no value (the overlay shows a dash, plot skips the frame).
        telemetry.NumVehicles = 20;
        var player = new SimLayouts.Rf2.ScoringWritableView(scoringPage).Vehicles[Rf2Simulator.PlayerSlot];
        player.IsPlayer = false;
        Assert.That(roles.Find("position")!.TryRead(index => pages[index], out _), Is.False);
        Assert.That(roles.Find("speed")!.TryRead(index => pages[index], out _), Is.False);
    }

    [TestCase("pcars2", "layout: pcars2\nroles:\n  speeed: sharedMemory.speed\n", "(3,3)", "unknown role 'speeed'")]
    [TestCase("pcars2", "layout: pcars2\nroles:\n  speed: sharedMemory.speeed\n", "(3,10)", "no member 'speeed'")]
    [TestCase("pcars2", "layout: pcars2\nroles:\n  speed: sharedMemory.speeds\n", "(3,10)", "is an array")]
    [TestCase("pcars2", "layout: pcars2\nroles:\n  speed: sharedMemory.carName\n", "(3,10)", "is not a number")]
    [TestCase("pcars2", "layout: pcars2\nroles:\n  speed: nopage.speed\n", "(3,10)", "no page 'nopage'")]
    [TestCase("pcars2", "layout: acevo\n", "(1,9)", "not pcars2")]
    [TestCase("pcars2", "layout: pcars2\nextra: 1\n", "(2,1)", "unknown key 'extra'")]
    [TestCase("pcars2", "roles: [\n", "pcars2.roles.yaml(", "")]
    [TestCase("rf2", "layout: rf2\nroles:\n  gear: scoring.vehicles[isPlayr=1].place\n", "(3,9)", "the elements of vehicles have no member 'isPlayr'")]
    [TestCase("rf2", "layout: rf2\nroles:\n  gear: scoring.vehicles[driverName=1].place\n", "(3,9)", "driverName is not a number to compare")]
    [TestCase("rf2", "layout: rf2\nroles:\n  gear: telemetry.vehicles[0].wheel[0].temperature[x=1]\n", "(3,9)", "temperature is not an array of structs")]
    [TestCase("rf2", "layout: rf2\nroles:\n  gear: scoring.scoringInfo[numVehicles=1].maxLaps\n", "(3,9)", "scoringInfo is not an array of structs")]
    [TestCase("rf2", "layout: rf2\nroles:\n  gear: telemetry.vehicles[id=scoring.vehicles[isPlayer=1].nope].gear\n", "(3,9)", "no member 'nope'")]
    [TestCase("rf2", "layout: rf2\nroles:\n  speed: telemetry.vehicles[0].localVel\n", "(3,10)", "names a struct, not a value")]
    [TestCase("rf2", "layout: rf2\nroles:\n  speed: { path: \"telemetry.vehicles[0].gear\", magnitude: true }\n", "(3,10)", "magnitude needs a struct of numbers")]
    [TestCase("rf2", "layout: rf2\nroles:\n  speed: { path: \"telemetry.vehicles[0].localVel\", magnitude: yes }\n", "(3,52)", "magnitude (true or false)")]
    public void A_roles_file_that_does_not_fit_is_one_located_line(string game, string text, string location, string message)
    {
        Assert.That(BuiltInLayouts.TryGet(game, out var layout), Is.True);

        Assert.That(LayoutRoles.TryParse(text, $"{game}.roles.yaml", layout!, out _, out var error), Is.False);
        Assert.That(error, Does.Contain(location).And.Contain(message));
        Assert.That(error, Does.Not.Contain("\n"), "one line");
    }

    private static double ReadPages(LayoutRoles roles, byte[][] pages, string role)
    {
        Assert.That(roles.Find(role)!.TryRead(index => pages[index], out var value), Is.True, role);
        return value;
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
