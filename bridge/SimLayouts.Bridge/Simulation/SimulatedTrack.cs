using System;

namespace SimLayouts.Bridge.Simulation;

/// <summary>
/// A circuit for the simulator: its length, three sectors, and a speed profile made from its corners (the fastest
/// speed at each point is what braking into, or accelerating out of, the nearest corners allows).
/// </summary>
public sealed class SimulatedTrack
{
    private const double Acceleration = 7.5;   // m/s², braking and traction alike: a GT car's order of magnitude
    private const double TopSpeed = 80.0;      // m/s, about 290 km/h

    private readonly (double Position, double Speed)[] _corners;

    private SimulatedTrack(string location, string variation, double length, double sector1End, double sector2End,
        (double Position, double Speed)[] corners)
    {
        Location = location;
        Variation = variation;
        Length = length;
        Sector1End = sector1End;
        Sector2End = sector2End;
        _corners = corners;
    }

    /// <summary>A 4,309 m circuit shaped like Interlagos: long start-finish straight, tight first corner.</summary>
    public static SimulatedTrack Interlagos { get; } = new("Interlagos", "Grand Prix", 4309, 1296, 3040,
    [
        (210, 24), (560, 38), (1330, 27), (1660, 33), (2050, 22), (2290, 30), (2620, 19), (2880, 28), (3240, 36),
    ]);

    /// <summary>The short location name, as the games' <c>mTrackLocation</c>.</summary>
    public string Location { get; }

    /// <summary>The layout name, as <c>mTrackVariation</c>.</summary>
    public string Variation { get; }

    /// <summary>Lap length in metres.</summary>
    public double Length { get; }

    /// <summary>Lap distance where sector 1 ends, in metres.</summary>
    public double Sector1End { get; }

    /// <summary>Lap distance where sector 2 ends, in metres.</summary>
    public double Sector2End { get; }

    /// <summary>The sector (1, 2 or 3) a lap distance lies in.</summary>
    public int SectorAt(double lapDistance) => lapDistance < Sector1End ? 1 : lapDistance < Sector2End ? 2 : 3;

    /// <summary>The reference car's speed at a lap distance, in m/s.</summary>
    public double SpeedAt(double lapDistance)
    {
        var speed = TopSpeed;
        foreach (var (position, cornerSpeed) in _corners)
        {
            // Distance to the corner around the lap, either way: braking before it and accelerating after it.
            var gap = Math.Abs(lapDistance - position);
            gap = Math.Min(gap, Length - gap);
            speed = Math.Min(speed, Math.Sqrt(cornerSpeed * cornerSpeed + 2 * Acceleration * gap));
        }

        return speed;
    }

    /// <summary>The lateral acceleration at a lap distance, in g: high in corners, near 0 on straights.</summary>
    public double CorneringAt(double lapDistance)
    {
        var nearest = double.MaxValue;
        var direction = 1.0;
        for (var index = 0; index < _corners.Length; index++)
        {
            var gap = Math.Abs(lapDistance - _corners[index].Position);
            gap = Math.Min(gap, Length - gap);
            if (gap < nearest)
            {
                nearest = gap;
                direction = index % 2 == 0 ? -1 : 1;
            }
        }

        return direction * 1.6 * Math.Exp(-nearest / 60.0);
    }

    /// <summary>A point on the track's outline for a lap distance: an ellipse of the right perimeter, in metres.</summary>
    public (double X, double Z) PositionAt(double lapDistance)
    {
        var angle = 2 * Math.PI * lapDistance / Length;
        var radius = Length / (2 * Math.PI);
        return (1.4 * radius * Math.Cos(angle), 0.6 * radius * Math.Sin(angle));
    }
}
