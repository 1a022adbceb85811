using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.IO;
using System.Text.RegularExpressions;

namespace SimLayouts.Bridge.Commands;

/// <summary>
/// Usage errors (an unknown option, a value out of range, options that conflict, a source that cannot be used):
/// one line on stderr saying what is wrong and where to read more, and exit code 2. Stdout stays for data.
/// </summary>
internal static partial class Usage
{
    /// <summary>The exit code of every usage error.</summary>
    public const int ExitCode = 2;

    /// <summary>Writes <paramref name="message"/> with the hint for the command being parsed; returns <see cref="ExitCode"/>.</summary>
    public static int Fail(ParseResult parseResult, TextWriter error, string message) =>
        StatusLine.Fail(error, $"{OneLine(message)} See '{CommandPath(parseResult)} --help'.", ExitCode);

    // System.CommandLine lists allowed values one per line; a usage error is one line.
    private static string OneLine(string message) => string.Join(' ', message.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>
    /// The parse error in words for people: a value a typed option could not convert is said without .NET's type
    /// names (options that take numbers mostly check their own ranges, see <see cref="NumberOptions"/>; this covers
    /// any other).
    /// </summary>
    public static string Describe(ParseError error)
    {
        var conversion = ConversionError().Match(error.Message);
        if (!conversion.Success)
        {
            return error.Message;
        }

        var type = conversion.Groups["type"].Value;
        var expected = type.Contains("Int", StringComparison.Ordinal) || type.Contains("Byte", StringComparison.Ordinal) ? "a whole number in its range"
            : type.Contains("Double", StringComparison.Ordinal) || type.Contains("Single", StringComparison.Ordinal) || type.Contains("Decimal", StringComparison.Ordinal) ? "a number"
            : "a value it takes";
        return $"{conversion.Groups["option"].Value} '{conversion.Groups["value"].Value}' is not {expected}.";
    }

    [GeneratedRegex("^Cannot parse argument '(?<value>.*)' for (option|argument) '(?<option>[^']*)' as expected type '(?<type>[^']*)'")]
    private static partial Regex ConversionError();

    // The command as typed: simlayouts, simlayouts bridge, ... (the root's own name is the host's when in-process).
    private static string CommandPath(ParseResult parseResult)
    {
        var names = new List<string>();
        for (var result = parseResult.CommandResult; result.Parent is CommandResult parent; result = parent)
        {
            names.Insert(0, result.Command.Name);
        }

        return string.Join(' ', ["simlayouts", .. names]);
    }
}
