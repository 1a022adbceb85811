using System.CommandLine;
using SimLayouts.Bridge.Commands;

namespace SimLayouts.Bridge;

/// <summary>The <c>simlayouts</c> entry point.</summary>
internal static class Program
{
    /// <summary>The root command's description, shown by <c>--help</c>.</summary>
    public const string Description = "SimLayouts: typed sim-racing telemetry";

    public static int Main(string[] args) => CreateRootCommand().Parse(args).Invoke();

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
        };

        // `simlayouts` alone is the seed's job: the bridge, with its defaults.
        BridgeCommand.AddTo(root);
        return root;
    }
}
