using System;
using NUnit.Framework;
using SimLayouts.AcEvo;
using SimLayouts.Bridge.Simulation;

namespace SimLayouts.Bridge.Tests.Simulation;

/// <summary>The simulated AC EVO pages read like a car on track: pedals, gears, timing, fuel, session.</summary>
[TestFixture]
public sealed class AcEvoSimulatorTests
{
    [Test]
    public void Physics_and_graphics_agree_and_stay_in_range_over_two_laps()
    {
        var simulator = new AcEvoSimulator(seed: 2);
        var physics = new byte[PhysicsLayout.Size];
        var graphics = new byte[GraphicsLayout.Size];
        var previousFuel = float.MaxValue;
        var gearsSeen = new bool[9];
        var braked = false;
        for (var frame = 0; frame < 10 * 170; frame++)
        {
            simulator.Advance(TimeSpan.FromMilliseconds(100));
            simulator.WritePhysics(physics);
            simulator.WriteGraphics(graphics);
            var car = new PhysicsView(physics);
            var screen = new GraphicsView(graphics);

            Assert.That(car.Gas, Is.InRange(0f, 1f));
            Assert.That(car.Brake, Is.InRange(0f, 1f));
            Assert.That(car.Rpms, Is.InRange(1_000, (int)DrivingState.MaxRpm));
            Assert.That(car.SpeedKmh, Is.InRange(0f, 300f));
            Assert.That(Math.Abs(car.AccG[0]), Is.LessThan(2.5f), "lateral g");
            Assert.That(car.Fuel, Is.LessThanOrEqualTo(previousFuel), "fuel only goes down");
            previousFuel = car.Fuel;
            gearsSeen[(int)car.Gear] = true;
            braked |= car.Brake > 0.5f;

            Assert.That(screen.Status, Is.EqualTo(AcEvoStatus.Live));
            Assert.That((int)screen.GearInt, Is.EqualTo((int)car.Gear));
            Assert.That(screen.DisplaySpeedKmh, Is.EqualTo((short)Math.Round(car.SpeedKmh)).Within(1));
            Assert.That(screen.CurrentPos, Is.InRange(1u, screen.TotalDrivers));
            Assert.That(screen.TotalDrivers, Is.GreaterThanOrEqualTo(20u));
            Assert.That(screen.Npos, Is.InRange(0f, 1f));
            Assert.That(screen.FuelLiterCurrentQuantity, Is.EqualTo(car.Fuel));
        }

        var final = new GraphicsView(graphics);
        Assert.That(final.TotalLapCount, Is.GreaterThanOrEqualTo(1), "a lap was completed");
        Assert.That(final.LastLaptimeMs, Is.InRange(60_000, 140_000));
        Assert.That(final.TimingState.LastLaptime, Does.Match(@"^1:\d\d\.\d\d\d$"));
        Assert.That(final.DriverName + " " + final.DriverSurname, Is.EqualTo(SimulatedEntrant.DefaultField[AcEvoSimulator.PlayerSlot].Name));
        // Gear index 3..7 is second to sixth; the slowest corner is taken in second (no standing starts are simulated).
        Assert.That(gearsSeen[3..8], Is.All.True, "second to sixth gear used");
        Assert.That(braked, Is.True);
    }

    [Test]
    public void Static_page_names_the_track_and_session()
    {
        var page = new byte[StaticLayout.Size];
        new AcEvoSimulator().WriteStatic(page);
        var view = new StaticView(page);

        Assert.That(view.SmVersion, Is.EqualTo(AcEvoSimulator.SharedMemoryVersion));
        Assert.That(view.Track, Is.EqualTo("Interlagos"));
        Assert.That(view.TrackConfiguration, Is.EqualTo("Grand Prix"));
        Assert.That(view.TrackLengthM, Is.EqualTo(4309f));
        Assert.That(view.Session, Is.EqualTo(AcEvoSessionType.Race));
    }

    [Test]
    public void Writing_pages_leaves_packet_ids_to_the_publisher()
    {
        var physics = new byte[PhysicsLayout.Size];
        var graphics = new byte[GraphicsLayout.Size];
        new PhysicsWritableView(physics).PacketId = 12;
        new GraphicsWritableView(graphics).PacketId = 34;
        var simulator = new AcEvoSimulator();

        simulator.WritePhysics(physics);
        simulator.WriteGraphics(graphics);

        Assert.That(new PhysicsView(physics).PacketId, Is.EqualTo(12));
        Assert.That(new GraphicsView(graphics).PacketId, Is.EqualTo(34));
    }
}
