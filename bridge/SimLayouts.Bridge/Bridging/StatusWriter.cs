using System;
using System.IO;

namespace SimLayouts.Bridge.Bridging;

/// <summary>Status lines (<c>simlayouts: …</c>) on the error stream, whole lines even when two threads report at once.</summary>
public sealed class StatusWriter
{
    private readonly TextWriter _writer;
    private readonly object _gate = new();

    /// <summary>Writes status lines to <paramref name="writer"/> (stderr in the command line).</summary>
    public StatusWriter(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        _writer = writer;
    }

    /// <summary>Writes one line, prefixed with <c>simlayouts: </c>, and flushes it.</summary>
    public void Line(string message)
    {
        lock (_gate)
        {
            _writer.Write("simlayouts: " + message + "\n");
            _writer.Flush();
        }
    }
}
