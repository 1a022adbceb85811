using System.Text.RegularExpressions;
using NUnit.Framework;

namespace SimLayouts.Bridge.Tests.Infrastructure;

/// <summary>What no input may ever cause: a fault, an unhandled exception, a stack trace or .NET's type names.</summary>
internal static class NoCrash
{
    private static readonly Regex StackFrame = new(@"^\s+at \S+\(", RegexOptions.Multiline);

    public static void Check(CliResult result, params int[] allowedExitCodes)
    {
        Assert.That(result.Error, Does.Not.Contain("Unhandled exception").And.Not.Contain("Fatal error").And.Not.Contain("System."), "no exception reaches the user");
        Assert.That(StackFrame.IsMatch(result.Error), Is.False, "no stack trace:\n" + result.Error);
        Assert.That(result.ExitCode, Is.AnyOf(allowedExitCodes), "exit code; stderr:\n" + result.Error);
    }
}
