using System.IO;

namespace SimLayouts.Bridge.Commands;

/// <summary>Status and error lines: always on stderr, prefixed with the tool's name, so stdout stays data.</summary>
internal static class StatusLine
{
    /// <summary>Writes one status line.</summary>
    public static void Write(TextWriter error, string message)
    {
        error.Write("simlayouts: " + message + "\n");
        error.Flush();
    }

    /// <summary>Writes one error line and returns <paramref name="exitCode"/>, for <c>return StatusLine.Fail(...)</c>.</summary>
    public static int Fail(TextWriter error, string message, int exitCode)
    {
        Write(error, message);
        return exitCode;
    }
}
