using System;
using System.Diagnostics.CodeAnalysis;

namespace SimLayouts.Bridge.Simulation;

/// <summary>
/// A simulated game for any layout the bridge simulates (pcars2, acevo): one <see cref="SimulatedRace"/> and a
/// writer for each of the layout's pages, in the layout's page order. It writes page content only; publishing (and
/// the consistency counters) is the caller's job.
/// </summary>
public sealed class SimulatedGame
{
    private readonly Action<TimeSpan> _advance;
    private readonly PageWriter[] _writers;

    private SimulatedGame(LayoutDescription layout, SimulatedRace race, Action<TimeSpan> advance, PageWriter[] writers)
    {
        Layout = layout;
        Race = race;
        _advance = advance;
        _writers = writers;
    }

    private delegate void PageWriter(Span<byte> page);

    /// <summary>The layout simulated.</summary>
    public LayoutDescription Layout { get; }

    /// <summary>The race behind the pages.</summary>
    public SimulatedRace Race { get; }

    /// <summary>Creates the simulated game for <paramref name="layout"/>, or returns false when there is no simulator for it.</summary>
    public static bool TryCreate(LayoutDescription layout, [NotNullWhen(true)] out SimulatedGame? game, int seed = 1)
    {
        ArgumentNullException.ThrowIfNull(layout);
        game = null;
        if (ReferenceEquals(layout, Pcars2.Pcars2Layout.Description))
        {
            var pcars2 = new Pcars2Simulator(seed);
            game = new SimulatedGame(layout, pcars2.Race, pcars2.Advance, [pcars2.WritePage]);
            return true;
        }

        if (ReferenceEquals(layout, AcEvo.AcEvoLayout.Description))
        {
            var acevo = new AcEvoSimulator(seed);
            var writers = new PageWriter[layout.Pages.Count];
            for (var index = 0; index < writers.Length; index++)
            {
                var page = layout.Pages[index];
                writers[index] = ReferenceEquals(page, AcEvo.PhysicsView.Page) ? acevo.WritePhysics
                    : ReferenceEquals(page, AcEvo.GraphicsView.Page) ? acevo.WriteGraphics
                    : acevo.WriteStatic;
            }

            game = new SimulatedGame(layout, acevo.Race, acevo.Advance, writers);
            return true;
        }

        return false;
    }

    /// <summary>Moves the session on by <paramref name="elapsed"/>.</summary>
    public void Advance(TimeSpan elapsed) => _advance(elapsed);

    /// <summary>Writes the page at <paramref name="pageIndex"/> (in <see cref="LayoutDescription.Pages"/>) into <paramref name="page"/>.</summary>
    public void WritePage(int pageIndex, Span<byte> page) => _writers[pageIndex](page);
}
