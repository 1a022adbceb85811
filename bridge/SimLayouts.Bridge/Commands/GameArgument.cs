using System.Collections.Generic;
using System.CommandLine;

namespace SimLayouts.Bridge.Commands;

/// <summary>
/// The positional argument naming a game that commands share, and the line answering a name it does not know. The
/// games are the runtime's compiled layouts (<see cref="BuiltInLayouts"/>, listed by the generator); nothing is
/// listed here.
/// </summary>
internal static class GameArgument
{
    /// <summary>
    /// Creates the argument: <paramref name="description"/> gets the names appended, and shells complete them.
    /// </summary>
    /// <param name="name">The argument's name.</param>
    /// <param name="description">What it names, without the list.</param>
    /// <param name="helpName">Its name in the usage line; null for the names joined with <c>|</c>.</param>
    /// <param name="names">The names it takes; <see cref="BuiltInLayouts.Names"/> when null.</param>
    public static Argument<string> Create(string name, string description, string? helpName = null, IReadOnlyList<string>? names = null)
    {
        names ??= BuiltInLayouts.Names;
        var argument = new Argument<string>(name)
        {
            Description = $"{description} ({List(names)}).",
            HelpName = helpName ?? Choices(names),
        };
        argument.CompletionSources.Add([.. names]);
        return argument;
    }

    /// <summary>The names as people read them: <c>acevo, pcars2</c>.</summary>
    public static string List(IEnumerable<string> names) => string.Join(", ", names);

    /// <summary>The names as a usage line writes them: <c>acevo|pcars2</c>.</summary>
    public static string Choices(IEnumerable<string> names) => string.Join('|', names);

    /// <summary>The line for a name that is not a built-in layout: <c>unknown game 'x'. Known games: acevo, pcars2.</c></summary>
    /// <param name="noun">What the command calls it (<c>game</c>, <c>layout</c>).</param>
    /// <param name="name">The name given.</param>
    public static string Unknown(string noun, string? name) => $"unknown {noun} '{name}'. Known {noun}s: {List(BuiltInLayouts.Names)}.";
}
