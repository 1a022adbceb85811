using System;
using System.Linq;
using System.Text.Json;
using NUnit.Framework;
using SimLayouts.Bridge.Simulation;
using SimLayouts.Bridge.Tests.Infrastructure;

namespace SimLayouts.Bridge.Tests.Simulation;

/// <summary>The ACC and AC1 simulators: live pages with non-ASCII UTF-16 names, and the real segments read by another process.</summary>
public sealed class AccFamilySimulatorTests
{
    [Test]
    public void Acc_pages_carry_the_players_non_ascii_names_times_and_every_car()
    {
        var simulator = new AccSimulator(seed: 4);
        simulator.Advance(TimeSpan.FromSeconds(300));
        var graphics = new byte[Acc.GraphicsLayout.Size];
        var statics = new byte[Acc.StaticLayout.Size];
        simulator.WriteGraphics(graphics);
        simulator.WriteStatic(statics);

        var screen = new Acc.GraphicsView(graphics);
        var session = new Acc.StaticView(statics);
        var player = SimulatedEntrant.DefaultField[AccSimulator.PlayerSlot].Name;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(session.PlayerName + " " + session.PlayerSurname, Is.EqualTo(player));
            Assert.That(session.PlayerNick, Is.EqualTo(AccSimulator.PlayerNick));
            Assert.That(session.SmVersion, Is.EqualTo(AccSimulator.SharedMemoryVersion));
            Assert.That(session.DryTyresName, Is.Not.Empty);
            Assert.That(screen.Status, Is.EqualTo(Acc.AcStatus.Live));
            Assert.That(screen.ActiveCars, Is.EqualTo(SimulatedEntrant.DefaultField.Length));
            var ids = new int[screen.ActiveCars];
            for (var car = 0; car < ids.Length; car++)
            {
                ids[car] = screen.CarID[car];
            }

            Assert.That(ids, Is.Unique);
            Assert.That(screen.PlayerCarID, Is.EqualTo(screen.CarID[AccSimulator.PlayerSlot]));
            Assert.That(screen.ICurrentTime, Is.GreaterThan(0));
            Assert.That(screen.LastTime, Does.Match(@"^\d+:\d\d\.\d{3}$"), "a lap is done after 300 s");
            Assert.That(screen.Clock, Is.GreaterThan(14 * 3600));
        }
    }

    [Test]
    public void Ac1_pages_carry_a_cjk_name_and_an_older_revision_is_a_prefix()
    {
        var simulator = new Ac1Simulator(seed: 4);
        simulator.Advance(TimeSpan.FromSeconds(30));
        var statics = new byte[Ac1.StaticLayout.Size];
        simulator.WriteStatic(statics);

        var session = new Ac1.StaticView(statics);
        Assert.That(session.PlayerName + " " + session.PlayerSurname, Is.EqualTo(SimulatedEntrant.DefaultField[Ac1Simulator.PlayerSlot].Name));
        Assert.That(session.PlayerName.Any(c => c > 0x3000), Is.True, "CJK characters");

        var before15 = new Ac1.StaticView(statics.AsSpan(0, 452));
        Assert.That(before15.Revision, Is.EqualTo("before-1.5"));
        Assert.That(before15.Has(Ac1.StaticLayout.Description.Fields.Single(f => f.NativeName == "carSkin")), Is.False);
        Assert.That(before15.PlayerSurname, Is.EqualTo(session.PlayerSurname));
    }

    [TestCase("acc", "rpm")]
    [TestCase("ac1", "rpms")]
    public void Simulate_in_one_process_and_the_bridge_in_another_prints_live_frames(string game, string rpmName)
    {
        using var shm = new TemporaryDirectory("accsim");
        using var simulation = CliProcess.Start(["simulate", game, "--shm-dir", shm.Path, "--rate", "50", "--duration", "60"]);
        Assert.That(simulation.WaitForError("simulating " + game), Is.True, simulation.Error);

        var bridge = CliProcess.Run("bridge", "--game", game, "--shm-dir", shm.Path, "--print", "--interval", "0.05", "--frames", "5");
        simulation.Stop();

        Assert.That(bridge.ExitCode, Is.Zero, bridge.Error);
        var frames = bridge.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line)).ToList();
        Assert.That(frames, Has.Count.EqualTo(5));
        for (var i = 0; i < frames.Count; i++)
        {
            var frame = frames[i].RootElement;
            Assert.That(frame.GetProperty("sequence").GetInt64(), Is.EqualTo(i));
            Assert.That(frame.GetProperty("graphics").GetProperty("status").GetString(), Is.EqualTo("Live"));
            Assert.That(frame.GetProperty("physics").GetProperty(rpmName).GetInt32(), Is.GreaterThan(0));
            var statics = frame.GetProperty("static");
            var name = statics.GetProperty("playerName").GetString() + " " + statics.GetProperty("playerSurname").GetString();
            Assert.That(name.Trim(), Is.Not.Empty);
            Assert.That(name.Any(c => c > 0x7F), Is.True, "a non-ASCII name through UTF-16: " + name);
        }

        Assert.That(frames.Select(f => f.RootElement.GetProperty("physics").GetProperty("packetId").GetInt32()).Distinct().Count(), Is.GreaterThan(1), "the counter moves");
        frames.ForEach(f => f.Dispose());
    }
}
