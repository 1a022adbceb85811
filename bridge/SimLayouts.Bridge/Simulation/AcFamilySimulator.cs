using System;

namespace SimLayouts.Bridge.Simulation;

/// <summary>
/// A simulator of a game of the Assetto Corsa family (AC1, ACC, AC EVO): three pages whose layouts name them
/// <c>physics</c>, <c>graphics</c> and <c>static</c> (their JSON names), written from one player's car of the race.
/// </summary>
/// <remarks>
/// The Write methods write page <em>content</em> only: they leave <c>packetId</c> to the publisher, and the static page,
/// which has no counter, changes only when a new race starts.
/// </remarks>
public abstract class AcFamilySimulator : GameSimulator
{
    private readonly int _playerSlot;

    /// <summary>Creates the simulator with a race on the grid and the player in <paramref name="playerSlot"/>.</summary>
    /// <param name="seed">Seeds the race (see <see cref="SimulatedRace"/>).</param>
    /// <param name="lapsInEvent">Race length in laps.</param>
    /// <param name="playerSlot">The player's slot in the race (the last one when the field is smaller).</param>
    protected AcFamilySimulator(int seed, int lapsInEvent, int playerSlot)
        : base(seed, lapsInEvent)
    {
        _playerSlot = playerSlot;
    }

    /// <summary>The player's car.</summary>
    protected SimulatedCar Player => Race.Cars[Math.Min(_playerSlot, Race.Cars.Count - 1)];

    /// <inheritdoc/>
    public override void WritePage(int pageIndex, Span<byte> page)
    {
        var description = Layout.Pages[pageIndex];
        switch (description.JsonName)
        {
            case "physics":
                WritePhysics(page);
                break;
            case "graphics":
                WriteGraphics(page);
                break;
            case "static":
                WriteStatic(page);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(pageIndex), pageIndex, $"{Layout.Title} has no page {description.NativeName} to simulate.");
        }
    }

    /// <summary>Writes the physics page; <c>packetId</c> keeps its value.</summary>
    public abstract void WritePhysics(Span<byte> page);

    /// <summary>Writes the graphics page; <c>packetId</c> keeps its value.</summary>
    public abstract void WriteGraphics(Span<byte> page);

    /// <summary>Writes the static page.</summary>
    public abstract void WriteStatic(Span<byte> page);
}
