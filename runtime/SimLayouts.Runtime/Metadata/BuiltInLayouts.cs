using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;

namespace SimLayouts;

/// <summary>
/// The games this package reads out of the box: every layout compiled into <c>SimLayouts.Runtime</c> (each
/// <c>layouts/*.layout.yaml</c> file), as listed by the generator. Adding a layout file adds it here; nothing is
/// listed by hand.
/// </summary>
public static class BuiltInLayouts
{
    /// <summary>Every built-in layout's description, ordered by layout name (ordinal): <c>acevo</c>, <c>pcars2</c>, ...</summary>
    public static IReadOnlyList<LayoutDescription> All => Generated.CompiledLayouts.All;

    /// <summary>The layout names (<see cref="LayoutDescription.Name"/>), in the order of <see cref="All"/>.</summary>
    public static IReadOnlyList<string> Names { get; } = Array.AsReadOnly(All.Select(layout => layout.Name).ToArray());

    /// <summary>Finds a built-in layout by name, ignoring case (<c>PCARS2</c> finds <c>pcars2</c>).</summary>
    /// <param name="name">The layout name; null or an unknown name finds nothing.</param>
    /// <param name="layout">The layout found, or null.</param>
    public static bool TryGet(string? name, [NotNullWhen(true)] out LayoutDescription? layout)
    {
        layout = All.FirstOrDefault(candidate => string.Equals(candidate.Name, name, StringComparison.OrdinalIgnoreCase));
        return layout is not null;
    }
}
