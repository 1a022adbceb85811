using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Reflection;

namespace SimLayouts.Bridge.Simulation;

/// <summary>
/// The games the bridge can simulate: every <see cref="GameSimulator"/> class of this assembly, found once by
/// reflection, by the layout its <see cref="SimulatesAttribute"/> names. A game without one still works with every
/// command except <c>simulate</c> and <c>--source sim</c>.
/// </summary>
public static class GameSimulators
{
    private static readonly Lazy<IReadOnlyDictionary<LayoutDescription, ConstructorInfo>> Constructors = new(Discover);

    private static readonly Lazy<IReadOnlyList<LayoutDescription>> Simulated = new(() => Array.AsReadOnly(BuiltInLayouts.All.Where(Has).ToArray()));

    /// <summary>The layouts that have a simulator, in the order of <see cref="BuiltInLayouts.All"/>.</summary>
    public static IReadOnlyList<LayoutDescription> Layouts => Simulated.Value;

    /// <summary>Whether <paramref name="layout"/> has a simulator.</summary>
    public static bool Has(LayoutDescription layout) => Constructors.Value.ContainsKey(layout);

    /// <summary>Creates the simulator of <paramref name="layout"/>, or returns false when it has none.</summary>
    /// <param name="layout">The layout to simulate.</param>
    /// <param name="simulator">The simulator, its race on the grid.</param>
    /// <param name="seed">Seeds the race.</param>
    /// <param name="lapsInEvent">Race length in laps.</param>
    public static bool TryCreate(LayoutDescription layout, [NotNullWhen(true)] out GameSimulator? simulator, int seed = 1, int lapsInEvent = GameSimulator.DefaultLapsInEvent)
    {
        ArgumentNullException.ThrowIfNull(layout);
        simulator = Constructors.Value.TryGetValue(layout, out var constructor)
            ? (GameSimulator)constructor.Invoke([seed, lapsInEvent])
            : null;
        return simulator is not null;
    }

    /// <summary>The compiled layout that <paramref name="simulatorType"/>'s <see cref="SimulatesAttribute"/> names.</summary>
    /// <exception cref="InvalidOperationException">It names none, or one that is not compiled into the runtime.</exception>
    internal static LayoutDescription LayoutOf(Type simulatorType)
    {
        var name = simulatorType.GetCustomAttribute<SimulatesAttribute>()?.Layout;
        return BuiltInLayouts.TryGet(name, out var layout)
            ? layout
            : throw new InvalidOperationException($"{simulatorType.Name} must name a compiled layout with [Simulates(...)]; it names '{name}'.");
    }

    // Simulator classes are few and found once; one that names no compiled layout or lacks the constructor is left
    // out here, and the simulator tests name it.
    private static IReadOnlyDictionary<LayoutDescription, ConstructorInfo> Discover()
    {
        var constructors = new Dictionary<LayoutDescription, ConstructorInfo>();
        var types = typeof(GameSimulator).Assembly.GetTypes()
            .Where(type => type.IsSubclassOf(typeof(GameSimulator)) && !type.IsAbstract)
            .OrderBy(type => type.FullName, StringComparer.Ordinal);
        foreach (var type in types)
        {
            var name = type.GetCustomAttribute<SimulatesAttribute>()?.Layout;
            var constructor = type.GetConstructor([typeof(int), typeof(int)]);
            if (BuiltInLayouts.TryGet(name, out var layout) && constructor is not null)
            {
                constructors.TryAdd(layout, constructor);
            }
        }

        return constructors;
    }
}
