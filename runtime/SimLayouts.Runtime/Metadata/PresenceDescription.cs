using System;
using System.Collections.Generic;
using System.Linq;
using SimLayouts.Reading;

namespace SimLayouts;

/// <summary>
/// The values of one integer field of a page that mean "the game is not there although its page is", as the
/// layout declares them (<c>presence: { field: mGameState, absent: [GAME_EXITED] }</c>): a game may leave its
/// page behind when it exits, or publish it while it is off.
/// </summary>
public sealed class PresenceDescription
{
    /// <summary>Creates a description; generated code calls this.</summary>
    /// <param name="field">The page's row of the field (a single integer value).</param>
    /// <param name="absentValues">The values that mean the game is not there; at least one.</param>
    /// <param name="absentNames">The name of each value for messages: the enum member's native name, or the number as text.</param>
    /// <exception cref="ArgumentException">The field is not a single integer, or the lists are empty or of different lengths.</exception>
    public PresenceDescription(LayoutField field, IReadOnlyList<long> absentValues, IReadOnlyList<string> absentNames)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(absentValues);
        ArgumentNullException.ThrowIfNull(absentNames);
        if (!FieldValue.IsInteger(field))
        {
            throw new ArgumentException($"The presence field {field.Path} is not a single integer value.", nameof(field));
        }

        if (absentValues.Count == 0 || absentValues.Count != absentNames.Count)
        {
            throw new ArgumentException("Presence needs at least one absent value and one name per value.", nameof(absentNames));
        }

        Field = field;
        AbsentValues = Array.AsReadOnly(absentValues.ToArray());
        AbsentNames = Array.AsReadOnly(absentNames.ToArray());
    }

    /// <summary>The field read (<c>mGameState</c>): the very row of the page's <see cref="StructDescription.Fields"/>.</summary>
    public LayoutField Field { get; }

    /// <summary>The values that mean the game is not there (pcars2: <c>0</c>).</summary>
    public IReadOnlyList<long> AbsentValues { get; }

    /// <summary>The name of each of <see cref="AbsentValues"/>, for messages (<c>GAME_EXITED</c>, or the number as text).</summary>
    public IReadOnlyList<string> AbsentNames { get; }
}
