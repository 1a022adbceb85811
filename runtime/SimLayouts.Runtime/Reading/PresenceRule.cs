using System;
using System.Collections.Generic;
using System.Linq;

namespace SimLayouts.Reading;

/// <summary>
/// A field value that means the game is not there although its segment is, e.g. pcars2's
/// <c>mGameState == GAME_EXITED</c>: the game leaves the page behind when it exits.
/// </summary>
/// <param name="Page">The page holding the field.</param>
/// <param name="Field">The integer field.</param>
/// <param name="AbsentValue">The value that means the game left.</param>
/// <param name="AbsentName">The value's name for messages (<c>GAME_EXITED</c>).</param>
public sealed record PresenceRule(PageDescription Page, LayoutField Field, long AbsentValue, string AbsentName)
{
    /// <summary>Whether <paramref name="page"/> (bytes of <see cref="Page"/>) says that the game left.</summary>
    public bool IsAbsent(ReadOnlySpan<byte> page) => FieldValue.TryReadInteger(page, Field, out var value) && value == AbsentValue;

    /// <summary>
    /// The rules a layout implies by convention: every top-level integer field whose enum has a member named
    /// <c>*_EXITED</c> (pcars2's <c>mGameState</c> / <c>GAME_EXITED</c>). Layouts without such an enum have none
    /// and rely on the counter stopping and the segment disappearing.
    /// </summary>
    public static IReadOnlyList<PresenceRule> FromLayout(LayoutDescription layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var rules = new List<PresenceRule>();
        foreach (var page in layout.Pages)
        {
            foreach (var field in page.Fields)
            {
                if (field.Enum is null || field.Path != field.NativeName || !FieldValue.IsInteger(field))
                {
                    continue;
                }

                var exited = layout.Enums
                    .Where(candidate => candidate.NativeName == field.Enum && !candidate.IsFlags)
                    .SelectMany(candidate => candidate.Members)
                    .FirstOrDefault(member => member.NativeName.EndsWith("_EXITED", StringComparison.Ordinal));
                if (exited is not null)
                {
                    rules.Add(new PresenceRule(page, field, exited.Value, exited.NativeName));
                }
            }
        }

        return rules;
    }
}
