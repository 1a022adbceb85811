using System;
using System.Collections.Generic;

namespace SimLayouts.Bridge.Roles;

/// <summary>
/// How a role is shown to people, whatever unit the game publishes it in: speeds in km/h, engine speeds in rpm,
/// times in seconds. The overlay page (through <c>/api/layouts</c>) and <c>simlayouts plot</c> both convert with this
/// one table.
/// </summary>
internal static class RoleDisplay
{
    // Each shown unit with the layout units it converts from (units as the layouts write them).
    private static readonly (string Shown, string[] Roles, (string Unit, double Factor)[] From)[] Conversions =
    [
        ("km/h", ["speed"], [("m/s", 3.6), ("km/h", 1), ("mph", 1.609344), ("kph", 1)]),
        ("rpm", ["rpm", "maxRpm"], [("rpm", 1), ("rad/s", 60 / (2 * Math.PI))]),
        ("s", ["currentLapTime", "lastLapTime", "bestLapTime", "sector1Time", "sector2Time", "sector3Time"], [("s", 1), ("seconds", 1), ("ms", 0.001), ("milliseconds", 0.001)]),
    ];

    /// <summary>
    /// The unit <paramref name="role"/> is shown in and the factor from the layout's <paramref name="unit"/>; a unit the
    /// table does not know is shown as it is (factor 1).
    /// </summary>
    public static (string? Unit, double Factor) For(string role, string? unit)
    {
        foreach (var (shown, roles, from) in Conversions)
        {
            if (Array.IndexOf(roles, role) < 0)
            {
                continue;
            }

            foreach (var (known, factor) in from)
            {
                if (string.Equals(known, unit, StringComparison.OrdinalIgnoreCase))
                {
                    return (shown, factor);
                }
            }
        }

        return (unit, 1);
    }

    /// <summary>The shown value of <paramref name="role"/>: read (with its <c>add</c>) and converted.</summary>
    public static bool TryRead(Role role, Func<int, ReadOnlySpan<byte>> page, out double value)
    {
        if (!role.TryRead(page, out value))
        {
            return false;
        }

        value *= For(role.Name, role.Unit).Factor;
        return true;
    }

    /// <summary>The units the table converts from, for documentation.</summary>
    public static IEnumerable<(string Shown, string From)> Units()
    {
        foreach (var (shown, _, from) in Conversions)
        {
            foreach (var (unit, _) in from)
            {
                yield return (shown, unit);
            }
        }
    }
}
