using System;
using System.Buffers.Binary;
using System.Linq;
using System.Reflection;
using NUnit.Framework;
using SimLayouts.AcEvo;
using SimLayouts.Bridge.Simulation;

namespace SimLayouts.Bridge.Tests.Simulation;

/// <summary>A game with a simulator is one <see cref="GameSimulator"/> class naming its layout; the bridge finds it by itself.</summary>
[TestFixture]
public sealed class GameSimulatorsTests
{
    private static Type[] SimulatorClasses => [.. typeof(GameSimulator).Assembly.GetTypes().Where(type => type.IsSubclassOf(typeof(GameSimulator)) && !type.IsAbstract)];

    [Test]
    public void Every_simulator_class_names_a_compiled_layout_and_is_found_by_it()
    {
        Assert.That(SimulatorClasses, Is.Not.Empty);
        foreach (var type in SimulatorClasses)
        {
            var name = type.GetCustomAttribute<SimulatesAttribute>()?.Layout;
            Assert.That(BuiltInLayouts.TryGet(name, out var layout), Is.True, $"{type.Name} names '{name}', which is not a compiled layout ({string.Join(", ", BuiltInLayouts.Names)})");
            Assert.That(type.GetConstructor([typeof(int), typeof(int)]), Is.Not.Null, $"{type.Name} needs a public (int seed, int lapsInEvent) constructor");
            Assert.That(GameSimulators.TryCreate(layout!, out var simulator), Is.True, type.Name);
            Assert.That(simulator, Is.InstanceOf(type));
            Assert.That(simulator!.Layout, Is.SameAs(layout));
        }

        var named = SimulatorClasses.Select(type => type.GetCustomAttribute<SimulatesAttribute>()!.Layout).ToArray();
        Assert.That(named, Is.Unique, "one simulator per game");
        Assert.That(GameSimulators.Layouts.Select(layout => layout.Name), Is.EquivalentTo(named));
    }

    [Test]
    public void Every_simulator_writes_every_page_of_its_layout_live_and_leaves_the_counters_to_the_publisher()
    {
        Assert.That(GameSimulators.Layouts, Is.Not.Empty);
        foreach (var layout in GameSimulators.Layouts)
        {
            Assert.That(GameSimulators.TryCreate(layout, out var simulator, seed: 3), Is.True);
            simulator!.Advance(TimeSpan.FromSeconds(90));
            for (var index = 0; index < layout.Pages.Count; index++)
            {
                var page = layout.Pages[index];
                var bytes = new byte[page.Size];
                const uint marker = 0x5A5A_5A5A;
                if (page.CounterField is not null)
                {
                    BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(page.CounterOffset), marker);
                }

                simulator.WritePage(index, bytes);

                var what = $"{layout.Name} {page.NativeName}";
                if (page.CounterField is not null)
                {
                    Assert.That(BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(page.CounterOffset)), Is.EqualTo(marker), $"{what}: the counter is the publisher's");
                    bytes.AsSpan(page.CounterOffset, sizeof(uint)).Clear();
                }

                Assert.That(bytes.Any(value => value != 0), Is.True, $"{what}: content written");
                if (page.Presence is { } presence)
                {
                    Assert.That(presence.AbsentValues, Does.Not.Contain(ReadInteger(bytes, presence.Field)), $"{what}: the simulated game is there ({presence.Field.NativeName})");
                }
            }
        }
    }

    [Test]
    public void A_game_without_a_simulator_has_none()
    {
        var acevo = AcEvoLayout.Description;
        var unsimulated = new LayoutDescription("unsimulated", null, null, acevo.Pages, acevo.Structs, acevo.Enums, acevo.Constants, "No simulator", acevo.Bridge);

        Assert.That(GameSimulators.Has(unsimulated), Is.False);
        Assert.That(GameSimulators.TryCreate(unsimulated, out var simulator), Is.False);
        Assert.That(simulator, Is.Null);
    }

    [Test]
    public void A_simulator_class_that_names_no_layout_says_so()
    {
        var exception = Assert.Throws<InvalidOperationException>(() => _ = new Unnamed());

        Assert.That(exception!.Message, Does.Contain("Unnamed must name a compiled layout with [Simulates(...)]"));
    }

    private static long ReadInteger(byte[] page, LayoutField field)
    {
        var bytes = page.AsSpan(field.Offset, field.Size);
        return field.Type switch
        {
            "u8" => bytes[0],
            "i8" => (sbyte)bytes[0],
            "u16" => BinaryPrimitives.ReadUInt16LittleEndian(bytes),
            "i16" => BinaryPrimitives.ReadInt16LittleEndian(bytes),
            "u32" => BinaryPrimitives.ReadUInt32LittleEndian(bytes),
            "i32" => BinaryPrimitives.ReadInt32LittleEndian(bytes),
            _ => BinaryPrimitives.ReadInt64LittleEndian(bytes),
        };
    }

    private sealed class Unnamed() : GameSimulator(1, 1)
    {
        public override void WritePage(int pageIndex, Span<byte> page)
        {
        }
    }
}
