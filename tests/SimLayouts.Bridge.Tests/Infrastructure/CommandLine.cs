using System.CommandLine;
using System.IO;

namespace SimLayouts.Bridge.Tests.Infrastructure;

/// <summary>What one in-process run of <c>simlayouts</c> returned and printed.</summary>
internal sealed record CommandResult(int ExitCode, string Output, string Error);

/// <summary>Runs the <c>simlayouts</c> root command in-process with captured output, as a user would call it.</summary>
internal static class CommandLine
{
    public static CommandResult Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        var exitCode = Program.Run(args, configuration);
        return new CommandResult(exitCode, output.ToString(), error.ToString());
    }
}
