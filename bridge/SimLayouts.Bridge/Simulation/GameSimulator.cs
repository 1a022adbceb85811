using System;

namespace SimLayouts.Bridge.Simulation;

/// <summary>
/// A game's simulator: a <see cref="SimulatedRace"/> written as the game's pages. A game gets one by a class
/// deriving from this one, marked <see cref="SimulatesAttribute"/> with its layout's name and with a public
/// <c>(int seed, int lapsInEvent)</c> constructor; <see cref="GameSimulators"/> finds it, and <c>simulate</c>,
/// <c>--source sim</c> and <c>games</c> use it. Nothing else names it.
/// </summary>
/// <remarks>
/// A simulator writes page <em>content</em> only: publishing, and with it the consistency counters, is the caller's
/// job, so <see cref="WritePage"/> leaves the page's counter as it finds it.
/// </remarks>
public abstract class GameSimulator
{
    /// <summary>Race length in laps when none is given.</summary>
    public const int DefaultLapsInEvent = 12;

    /// <summary>Creates the simulator with a race on the grid.</summary>
    /// <param name="seed">Seeds the race (see <see cref="SimulatedRace"/>).</param>
    /// <param name="lapsInEvent">Race length in laps.</param>
    /// <exception cref="InvalidOperationException">The class names no compiled layout with <see cref="SimulatesAttribute"/>.</exception>
    protected GameSimulator(int seed, int lapsInEvent)
    {
        Layout = GameSimulators.LayoutOf(GetType());
        Race = new SimulatedRace(seed, lapsInEvent: lapsInEvent);
    }

    /// <summary>The layout simulated, named by the class's <see cref="SimulatesAttribute"/>.</summary>
    public LayoutDescription Layout { get; }

    /// <summary>The race being simulated.</summary>
    public SimulatedRace Race { get; }

    /// <summary>Moves the session on by <paramref name="elapsed"/>.</summary>
    public void Advance(TimeSpan elapsed) => Race.Advance(elapsed);

    /// <summary>
    /// Writes the session's current state as the page at <paramref name="pageIndex"/> (in
    /// <see cref="LayoutDescription.Pages"/>) into <paramref name="page"/>, at least that page's size; the consistency
    /// counter keeps its value.
    /// </summary>
    public abstract void WritePage(int pageIndex, Span<byte> page);
}
