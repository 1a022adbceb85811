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
        using var standardOutput = System.Console.OpenStandardOutput();
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
            return CreateRootCommand().Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = standardError });
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

    /// <summary>Builds the root command with every subcommand; tests invoke it in-process.</summary>
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
            ServeCommand.Create(),
            ExportCommand.Create(),
            PlotCommand.Create(),
        };

        // `simlayouts` alone is the seed's job: the bridge, with its defaults.
        BridgeCommand.AddTo(root);
        return root;
    }
}
