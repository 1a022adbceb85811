using System;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace SimLayouts.Bridge.Commands;

/// <summary>
/// Options that take a number, with the range they accept checked while parsing: a value that is not a number, or
/// that no clock or timer could honour (<c>--interval 1e-9</c>, <c>--duration 1e300</c>, <c>NaN</c>), is a usage
/// error in one sentence, never an exception or a .NET type name.
/// </summary>
internal static class NumberOptions
{
    /// <summary>The longest time any command waits for or runs: 30 days, well inside what timers take.</summary>
    public const double LongestSeconds = 30 * 24 * 3600;

    /// <summary>A real number in [<paramref name="minimum"/>, <paramref name="maximum"/>] with a default.</summary>
    public static Option<double> Real(string name, string description, string helpName, string unit, double minimum, double maximum, double defaultValue) =>
        new(name)
        {
            Description = description,
            HelpName = helpName,
            DefaultValueFactory = _ => defaultValue,
            CustomParser = result => ParseReal(result, name, unit, minimum, maximum),
        };

    /// <summary>A real number in [<paramref name="minimum"/>, <paramref name="maximum"/>], or null when not given.</summary>
    public static Option<double?> OptionalReal(string name, string description, string helpName, string unit, double minimum, double maximum) =>
        new(name)
        {
            Description = description,
            HelpName = helpName,
            CustomParser = result => ParseReal(result, name, unit, minimum, maximum),
        };

    /// <summary>A whole number of at least 1, or null when not given.</summary>
    public static Option<long?> OptionalCount(string name, string description) =>
        new(name)
        {
            Description = description,
            HelpName = "N",
            CustomParser = result => ParseCount(result, name),
        };

    /// <summary>A whole number of at least 1 with a default.</summary>
    public static Option<long> Count(string name, string description, long defaultValue) =>
        new(name)
        {
            Description = description,
            HelpName = "N",
            DefaultValueFactory = _ => defaultValue,
            CustomParser = result => ParseCount(result, name),
        };

    private static double ParseReal(ArgumentResult result, string name, string unit, double minimum, double maximum)
    {
        var text = Text(result);
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= minimum && value <= maximum)
        {
            return value;
        }

        result.AddError($"{name} must be a number of {unit} from {Format(minimum)} to {Format(maximum)}, not '{text}'.");
        return minimum;
    }

    private static long ParseCount(ArgumentResult result, string name)
    {
        var text = Text(result);
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 1)
        {
            return value;
        }

        result.AddError($"{name} must be a whole number from 1 to {long.MaxValue.ToString(CultureInfo.InvariantCulture)}, not '{text}'.");
        return 1;
    }

    private static string Text(ArgumentResult result) => result.Tokens.Count == 0 ? string.Empty : result.Tokens[0].Value;

    private static string Format(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
