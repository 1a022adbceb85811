using System;
using System.IO;
using System.Text;

namespace SimLayouts.Bridge.Bridging;

/// <summary>Writes frames to a text output, one per line (NDJSON), through a reused character buffer.</summary>
internal sealed class FramePrinter(TextWriter output)
{
    private char[] _characters = new char[64 * 1024];

    public void Print(ReadOnlySpan<byte> json)
    {
        // UTF-8 never needs more UTF-16 units than bytes.
        if (_characters.Length < json.Length)
        {
            _characters = new char[json.Length * 2];
        }

        var count = Encoding.UTF8.GetChars(json, _characters);
        output.Write(_characters, 0, count);
        output.Write('\n');
        output.Flush();
    }
}
