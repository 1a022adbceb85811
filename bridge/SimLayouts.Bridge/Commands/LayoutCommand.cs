using System;
using System.CommandLine;
using SimLayouts.Bridge.Output;

namespace SimLayouts.Bridge.Commands;

/// <summary><c>simlayouts layout &lt;name&gt; [--format tsv|json]</c>: prints a layout's member table.</summary>
internal static class LayoutCommand
{
    /// <summary>The exit code for a layout name the tool does not know.</summary>
    public const int UnknownLayoutExitCode = Usage.ExitCode;

    /// <summary>Builds the <c>layout</c> command.</summary>
    public static Command Create()
    {
        var nameArgument = GameArgument.Create("name", "The layout to print", "name");

        var formatOption = new Option<string>("--format")
        {
            Description = "Output format: tsv (tab-separated, header row first) or json (an array of row objects).",
            DefaultValueFactory = _ => "tsv",
            HelpName = "tsv|json",
        };
        formatOption.AcceptOnlyFromAmong("tsv", "json");

        var command = new Command("layout", "Print a layout's members: page, name, type, offset, dims and size in bytes.")
        {
            nameArgument,
            formatOption,
        };

        command.SetAction(parseResult =>
        {
            var configuration = parseResult.InvocationConfiguration;
            var name = parseResult.GetValue(nameArgument);
            if (!BuiltInLayouts.TryGet(name, out var layout))
            {
                return Usage.Fail(parseResult, configuration.Error, GameArgument.Unknown("layout", name));
            }

            var format = string.Equals(parseResult.GetValue(formatOption), "json", StringComparison.Ordinal)
                ? LayoutTableFormat.Json
                : LayoutTableFormat.Tsv;
            LayoutTableWriter.Write(layout, format, configuration.Output);
            configuration.Output.Flush();
            return 0;
        });

        return command;
    }
}
