using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using SimLayouts.Bridge.Commands;
using SimLayouts.Bridge.Output;

namespace SimLayouts.Bridge;

/// <summary>The <c>simlayouts</c> entry point.</summary>
internal static class Program
{
    /// <summary>The root command's description, shown by <c>--help</c>.</summary>
    public const string Description = "SimLayouts: typed sim-racing telemetry";

    public static int Main(string[] args)
    {
        using var standardOutput = StandardOutput.OpenStream();
        return Run(args, standardOutput, System.Console.Error);
    }

    /// <summary>
    /// Runs the command line with stdout as UTF-8 bytes into <paramref name="standardOutput"/> (see
    /// <see cref="Utf8Output"/>) and status lines into <paramref name="standardError"/>.
    /// </summary>
    public static int Run(string[] args, Stream standardOutput, TextWriter standardError)
    {
        var output = Utf8Output.Create(standardOutput);
        try
        {
            return Run(args, new InvocationConfiguration { Output = output, Error = standardError });
        }
        finally
        {
            try
            {
                // Writes what a command left unflushed (help text, tables).
                output.Dispose();
            }
            catch (IOException)
            {
                // Whoever read stdout has gone (a closed pipe): there is no one left to give the rest to.
            }
        }
    }

    /// <summary>
    /// Parses and runs a command line as <c>simlayouts</c> does (tests call this in-process): a usage error is one
    /// line and a hint on stderr with exit code 2, never the help on stdout; a reader of stdout that went away
    /// (<c>| head -n 1</c>) ends the command quietly with exit code 0, as Unix tools do.
    /// </summary>
    public static int Run(IReadOnlyList<string> args, InvocationConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var parseResult = CreateRootCommand().Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            return Usage.Fail(parseResult, configuration.Error, Usage.Describe(parseResult.Errors[0]));
        }

        configuration.EnableDefaultExceptionHandler = false;
        try
        {
            return parseResult.Invoke(configuration);
        }
        catch (Exception exception) when (StandardOutput.IsClosedPipe(exception))
        {
            return 0;
        }
        catch (Exception exception)
        {
            // A bug, not a user error: keep what System.CommandLine's own handler would show.
            configuration.Error.Write("Unhandled exception: " + exception + "\n");
            return 1;
        }
    }

    /// <summary>Builds the root command with every subcommand.</summary>
    public static RootCommand CreateRootCommand()
    {
        var root = new RootCommand(Description)
        {
            BridgeCommand.Create(),
            SimulateCommand.Create(),
            RecordCommand.Create(),
            DumpCommand.Create(),
            BenchCommand.Create(),
            LayoutCommand.Create(),
            GamesCommand.Create(),
            DetectCommand.Create(),
            ServeCommand.Create(),
            ExportCommand.Create(),
            PlotCommand.Create(),
        };

        // `simlayouts` alone is the seed's job: the bridge, with its defaults.
        BridgeCommand.AddTo(root);
        return root;
    }
}
