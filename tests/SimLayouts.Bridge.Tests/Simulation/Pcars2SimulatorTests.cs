using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using NUnit.Framework;
using SimLayouts.Bridge.Simulation;
using SimLayouts.Bridge.Tests.Frames;
using SimLayouts.Pcars2;

namespace SimLayouts.Bridge.Tests.Simulation;

/// <summary>The simulated <c>$pcars2$</c> session reads like a real race, and the bridge makes the expected frames of it.</summary>
[TestFixture]
public sealed class Pcars2SimulatorTests
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(200);

    [Test]
    public void Every_page_of_a_whole_race_is_plausible()
    {
        var simulator = new Pcars2Simulator(seed: 7, lapsInEvent: 8);
        var page = new byte[SharedMemoryLayout.Size];
        var lapsSeen = new Dictionary<int, uint>();
        var pitted = new HashSet<int>();
        var blueFlags = 0;
        var finished = false;
        for (var frame = 0; frame < 5 * 60 * 20 && !finished; frame++)
        {
            simulator.Advance(Tick);
            simulator.WritePage(page);
            var view = new SharedMemoryView(page);
            var count = view.NumParticipants;
            Assert.That(count, Is.GreaterThanOrEqualTo(20));
            Assert.That(view.Version, Is.EqualTo(14u));
            Assert.That(view.GameState, Is.EqualTo(GameState.IngamePlaying));
            Assert.That(view.TrackLength, Is.EqualTo(4309f));
            var positions = new List<uint>();
            for (var slot = 0; slot < count; slot++)
            {
                var participant = view.ParticipantInfo[slot];
                positions.Add(participant.RacePosition);
                Assert.That(participant.IsActive, Is.True);
                Assert.That(participant.CurrentLapDistance, Is.InRange(0f, view.TrackLength), $"slot {slot} lap distance");
                Assert.That(participant.CurrentSector, Is.InRange(1, 3));
                Assert.That(participant.CurrentLap, Is.EqualTo(participant.LapsCompleted + 1));
                Assert.That(participant.LapsCompleted, Is.GreaterThanOrEqualTo(lapsSeen.GetValueOrDefault(slot)), "laps never go back");
                lapsSeen[slot] = participant.LapsCompleted;
                if (view.PitModes[slot] == PitMode.InPit)
                {
                    Assert.That(view.Speeds[slot], Is.Zero, "a car in its pit box stands still");
                    pitted.Add(slot);
                }

                blueFlags += view.HighestFlagColours[slot] == FlagColours.Blue ? 1 : 0;
                var lastLap = view.LastLapTimes[slot];
                Assert.That(lastLap == 0 || lastLap is > 60 and < 140, Is.True, $"slot {slot} last lap {lastLap}");
                Assert.That(view.FastestLapTimes[slot] == 0 || view.FastestLapTimes[slot] <= lastLap || participant.LapsCompleted > 1, Is.True);
            }

            Assert.That(positions.Order(), Is.EqualTo(Enumerable.Range(1, count).Select(position => (uint)position)), "positions are a permutation");
            finished = true;
            for (var slot = 0; slot < count; slot++)
            {
                finished &= view.RaceStates[slot] == RaceState.Finished;
            }
        }

        Assert.That(finished, Is.True, "every car finishes the 8-lap race");
        Assert.That(pitted, Has.Count.EqualTo(simulator.Race.Cars.Count), "every car made its pit stop");
        Assert.That(blueFlags, Is.Positive, "backmarkers see blue flags");
    }

    [Test]
    public void Names_classes_and_nationalities_decode()
    {
        var page = Simulate(seconds: 30);
        var view = new SharedMemoryView(page);
        var names = new List<string>();
        var nationalities = new List<uint>();
        for (var slot = 0; slot < view.NumParticipants; slot++)
        {
            names.Add(view.ParticipantInfo[slot].Name);
            nationalities.Add(view.Nationalities[slot]);
        }

        Assert.That(names, Is.Unique.And.All.Not.Empty);
        Assert.That(names, Does.Contain("佐藤 琢磨").And.Contain("Kévin Estre"));
        Assert.That(view.CarClassNames.Cast().Take(view.NumParticipants).Distinct(), Is.EquivalentTo(new[] { "LMP2", "GT3", "GT4" }));
        Assert.That(nationalities, Is.All.Positive);
        Assert.That(view.TrackLocation, Is.EqualTo("Interlagos"));
    }

    [Test]
    public void Times_increase_while_the_cars_drive()
    {
        var simulator = new Pcars2Simulator();
        var page = new byte[SharedMemoryLayout.Size];
        simulator.Advance(TimeSpan.FromSeconds(20));
        simulator.WritePage(page);
        var before = new SharedMemoryView(page).CurrentSector1Times[0];
        simulator.Advance(TimeSpan.FromSeconds(1));
        simulator.WritePage(page);

        Assert.That(new SharedMemoryView(page).CurrentSector1Times[0], Is.EqualTo(before + 1).Within(0.01));
    }

    [Test]
    public void The_same_seed_and_steps_give_the_same_bytes()
    {
        Assert.That(Simulate(seconds: 95, seed: 3), Is.EqualTo(Simulate(seconds: 95, seed: 3)));
        Assert.That(Simulate(seconds: 95, seed: 3), Is.Not.EqualTo(Simulate(seconds: 95, seed: 4)));
    }

    [Test]
    public void Writing_a_page_leaves_the_seqlock_counter_to_the_publisher()
    {
        var page = new byte[SharedMemoryLayout.Size];
        new SharedMemoryWritableView(page).SequenceNumber = 41;

        new Pcars2Simulator().WritePage(page);

        Assert.That(new SharedMemoryView(page).SequenceNumber, Is.EqualTo(41u));
    }

    [Test]
    public void The_frame_of_a_simulated_page_lists_the_field()
    {
        var bytes = SeedFrameGoldenTests.WriteFrame(Simulate(seconds: 200), sequence: 5);
        using var frame = JsonDocument.Parse(bytes);
        var packets = frame.RootElement.GetProperty("packets");

        Assert.That(packets.EnumerateArray().Select(packet => packet.GetProperty("base").GetProperty("packetType").GetInt32()), Is.EqualTo(new[] { 1, 2, 3, 4, 7, 8 }));
        Assert.That(packets[0].GetProperty("data").GetProperty("trackLocation").GetString(), Is.EqualTo("Interlagos"));
        var timings = packets[2].GetProperty("data");
        Assert.That(timings.GetProperty("numParticipants").GetInt32(), Is.EqualTo(24));
        Assert.That(timings.GetProperty("localParticipantIndex").GetInt32(), Is.EqualTo(Pcars2Simulator.ViewedSlot + 1));
        Assert.That(timings.GetProperty("participants").EnumerateArray().Select(item => item.GetProperty("racePosition").GetInt32()).Order(), Is.EqualTo(Enumerable.Range(1, 24)));
        Assert.That(timings.GetProperty("participants").EnumerateArray().Select(item => item.GetProperty("currentLapDistance").GetInt32()), Is.All.InRange(0, 4309));
        Assert.That(packets[3].GetProperty("data").GetProperty("gameStateName").GetString(), Is.EqualTo("Playing"));
        Assert.That(packets[3].GetProperty("data").GetProperty("sessionStateName").GetString(), Is.EqualTo("Race"));
        Assert.That(packets[4].GetProperty("data").GetProperty("participants").EnumerateArray().Select(item => item.GetProperty("lastLapTime").GetDouble()), Is.All.InRange(60.0, 140.0));
        var names = packets[5].GetProperty("data");
        Assert.That(names.GetProperty("vehicles").GetArrayLength(), Is.EqualTo(24));
        Assert.That(names.GetProperty("classes").EnumerateArray().Select(item => item.GetProperty("name").GetString()), Is.EqualTo(new[] { "LMP2", "GT3", "GT4" }));
    }

    internal static byte[] Simulate(double seconds, int seed = 1)
    {
        var simulator = new Pcars2Simulator(seed);
        var page = new byte[SharedMemoryLayout.Size];
        simulator.Advance(TimeSpan.FromSeconds(seconds));
        simulator.WritePage(page);
        return page;
    }
}

/// <summary>Reads a fixed-string array as strings.</summary>
internal static class FixedStringArrayExtensions
{
    public static List<string> Cast(this FixedStringArray array)
    {
        var values = new List<string>(array.Length);
        foreach (var value in array)
        {
            values.Add(value);
        }

        return values;
    }
}
