using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Diagnostics.CodeAnalysis;
using System.Linq;

namespace SimLayouts.Bridge.Layouts;

/// <summary>
/// The layouts the command line knows, by name: the runtime's built-in layouts, listed by the generator
/// (<see cref="BuiltInLayouts"/>); the name comes from the layout itself.
/// </summary>
internal static class KnownLayouts
{
    /// <summary>Every compiled layout the commands can use, in the order help and errors list them.</summary>
    public static IReadOnlyList<LayoutDescription> All => BuiltInLayouts.All;

    /// <summary>The layout names (<c>pcars2</c>, ...).</summary>
    public static IReadOnlyList<string> Names { get; } = [.. All.Select(layout => layout.Name)];

    /// <summary>The names as one human-readable list: <c>pcars2, acevo</c>.</summary>
    public static string NamesText => string.Join(", ", Names);

    /// <summary>
    /// The positional argument naming a layout, shared by the commands: <paramref name="description"/> gets the
    /// known names appended, and shells complete them.
    /// </summary>
    public static Argument<string> CreateArgument(string name, string description, string helpName)
    {
        var argument = new Argument<string>(name)
        {
            Description = $"{description} ({NamesText}).",
            HelpName = helpName,
        };
        argument.CompletionSources.Add([.. Names]);
        return argument;
    }

    /// <summary>Finds a layout by name, ignoring case.</summary>
    public static bool TryGet(string? name, [NotNullWhen(true)] out LayoutDescription? layout)
    {
        layout = All.FirstOrDefault(candidate => string.Equals(candidate.Name, name, StringComparison.OrdinalIgnoreCase));
        return layout is not null;
    }
}
