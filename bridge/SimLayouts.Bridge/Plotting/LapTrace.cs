using System;
using System.Collections.Generic;
using SimLayouts.Bridge.Roles;

namespace SimLayouts.Bridge.Plotting;

/// <summary>
/// One lap of a recording as the chart needs it: for every frame on that lap, how far along the lap the player is
/// and the speed, throttle and brake, as the layout's roles name them (shown units: km/h, pedals 0 to 1).
/// </summary>
internal sealed class LapTrace
{
    /// <summary>The roles a lap chart reads.</summary>
    public static readonly string[] NeededRoles = ["lap", "lapDistance", "speed", "throttle", "brake"];

    public LapTrace(long lap) => Lap = lap;

    /// <summary>The lap, as the layout's <c>lap</c> role counts it.</summary>
    public long Lap { get; }

    /// <summary>Distance along the lap of each sample.</summary>
    public List<double> Distance { get; } = [];

    /// <summary>Speed of each sample (km/h when the layout's unit is known).</summary>
    public List<double> Speed { get; } = [];

    /// <summary>Throttle of each sample.</summary>
    public List<double> Throttle { get; } = [];

    /// <summary>Brake of each sample.</summary>
    public List<double> Brake { get; } = [];

    /// <summary>
    /// Adds the frame's sample when every role reads. When the distance falls back by more than half of where it was,
    /// the car crossed the line within the same lap number (a standing start behind the line): the lap starts over.
    /// </summary>
    public void Add(LayoutRoles roles, Func<int, ReadOnlySpan<byte>> page)
    {
        if (RoleDisplay.TryRead(roles.Find("lapDistance")!, page, out var distance)
            && RoleDisplay.TryRead(roles.Find("speed")!, page, out var speed)
            && RoleDisplay.TryRead(roles.Find("throttle")!, page, out var throttle)
            && RoleDisplay.TryRead(roles.Find("brake")!, page, out var brake)
            && double.IsFinite(distance))
        {
            if (Distance.Count > 0 && distance < Distance[^1] / 2)
            {
                Distance.Clear();
                Speed.Clear();
                Throttle.Clear();
                Brake.Clear();
            }

            Distance.Add(distance);
            Speed.Add(speed);
            Throttle.Add(throttle);
            Brake.Add(brake);
        }
    }
}
