using System;
using System.IO;

namespace SimLayouts.Bridge.Bridging;

/// <summary><see cref="Commands.StatusLine"/> lines for the bridge's threads: whole lines even when two report at once.</summary>
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
            Commands.StatusLine.Write(_writer, message);
        }
    }
}
