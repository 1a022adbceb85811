using System.Collections.Generic;
using System.Linq;

namespace SimLayouts.Bridge.Roles;

/// <summary>
/// The roles a layout's members can play for the overlay page and <c>simlayouts plot</c>: the one list of them
/// (roles files are checked against it; the overlay's script receives them by these names).
/// </summary>
internal static class RoleNames
{
    /// <summary>Every role with what it means and the units the overlay converts from.</summary>
    public static IReadOnlyList<(string Name, string Meaning)> All { get; } =
    [
        ("speed", "the player's speed (m/s, km/h or mph)"),
        ("gear", "the gear: below 0 reverse, 0 neutral (add: turns a game's gear index into that)"),
        ("rpm", "engine speed (rpm or rad/s)"),
        ("maxRpm", "the engine's maximum speed, for the rev bar"),
        ("throttle", "throttle pedal, 0 to 1"),
        ("brake", "brake pedal, 0 to 1"),
        ("clutch", "clutch pedal, 0 to 1"),
        ("position", "the player's race position, from 1"),
        ("cars", "how many cars are in the session"),
        ("lap", "the lap the player is on (or laps completed)"),
        ("lapsInEvent", "laps in the race"),
        ("lapDistance", "how far along the lap the player is (metres, or a fraction of the lap)"),
        ("currentLapTime", "time on the current lap (s or ms)"),
        ("lastLapTime", "the last lap's time"),
        ("bestLapTime", "the best lap's time"),
        ("sector1Time", "sector 1 time of the current lap"),
        ("sector2Time", "sector 2 time of the current lap"),
        ("sector3Time", "sector 3 time of the current lap"),
    ];

    /// <summary>The members of a standings row.</summary>
    public static IReadOnlyList<string> StandingsColumns { get; } = ["name", "position", "lap"];

    /// <summary>Whether <paramref name="name"/> is a known role.</summary>
    public static bool IsRole(string name) => All.Any(role => role.Name == name);
}
