using System.IO;
using System.Text;

namespace SimLayouts.Bridge.Output;

/// <summary>
/// The text writer for stdout: UTF-8 (no byte-order mark) on every OS. <see cref="System.Console.Out"/> writes in the console's
/// code page on Windows (cp1252, cp437...), so "André Negrão" reached a pipe or a file as bytes e9 and e3; frames and
/// tables are data for other programs and must be UTF-8 whatever the console says. The console's own code page is
/// left alone (no <c>Console.OutputEncoding</c>, which would change the user's console for good), and stderr keeps
/// it, so status lines stay readable on a Windows console.
/// </summary>
internal static class Utf8Output
{
    /// <summary>UTF-8 without a byte-order mark: a BOM would be the first "character" of the first frame.</summary>
    public static readonly Encoding Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    // Large enough for a whole frame, so that each flushed frame reaches the stream as one write.
    private const int BufferSize = 64 * 1024;

    /// <summary>A writer of UTF-8 text to <paramref name="stream"/> (left open); the caller flushes it.</summary>
    public static StreamWriter Create(Stream stream) => new(stream, Encoding, BufferSize, leaveOpen: true);
}
