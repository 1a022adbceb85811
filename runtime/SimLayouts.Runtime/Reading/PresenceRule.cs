using System;
using System.Collections.Generic;
using System.Linq;

namespace SimLayouts.Reading;

/// <summary>
/// A page's presence declaration as a reader applies it: values of one field that mean the game is not there
/// although its page is (pcars2's <c>mGameState</c> = <c>GAME_EXITED</c>, AC EVO's graphics <c>status</c> =
/// <c>AC_OFF</c>), as the layout declares them with <c>presence:</c>.
/// </summary>
/// <param name="Page">The page holding the field.</param>
/// <param name="Presence">The field and the values that mean the game is not there.</param>
public sealed record PresenceRule(PageDescription Page, PresenceDescription Presence)
{
    /// <summary>
    /// Whether <paramref name="page"/> (bytes of <see cref="Page"/>) says that the game is not there; if so,
    /// <paramref name="absentIndex"/> is the index of the value in <see cref="PresenceDescription.AbsentValues"/>.
    /// A page too short to hold the field says nothing.
    /// </summary>
    public bool IsAbsent(ReadOnlySpan<byte> page, out int absentIndex)
    {
        absentIndex = -1;
        if (!FieldValue.TryReadInteger(page, Presence.Field, out var value))
        {
            return false;
        }

        var absentValues = Presence.AbsentValues;
        for (var index = 0; index < absentValues.Count; index++)
        {
            if (absentValues[index] == value)
            {
                absentIndex = index;
                return true;
            }
        }

        return false;
    }

    /// <summary>The rules <paramref name="layout"/> declares: one per page with a <see cref="PageDescription.Presence"/>.</summary>
    public static IReadOnlyList<PresenceRule> FromLayout(LayoutDescription layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        return [.. layout.Pages.Where(page => page.Presence is not null).Select(page => new PresenceRule(page, page.Presence!))];
    }
}
