using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.IO;

namespace SimLayouts.Bridge.Commands;

/// <summary>
/// Usage errors (an unknown option, a value out of range, options that conflict, a source that cannot be used):
/// one line on stderr saying what is wrong and where to read more, and exit code 2. Stdout stays for data.
/// </summary>
internal static class Usage
{
    /// <summary>The exit code of every usage error.</summary>
    public const int ExitCode = 2;

    /// <summary>Writes <paramref name="message"/> with the hint for the command being parsed; returns <see cref="ExitCode"/>.</summary>
    public static int Fail(ParseResult parseResult, TextWriter error, string message) =>
        StatusLine.Fail(error, $"{OneLine(message)} See '{CommandPath(parseResult)} --help'.", ExitCode);

    // System.CommandLine lists allowed values one per line; a usage error is one line.
    private static string OneLine(string message) => string.Join(' ', message.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

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
