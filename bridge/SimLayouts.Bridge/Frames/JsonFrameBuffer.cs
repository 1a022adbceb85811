using System;
using System.Buffers;
using System.Text.Json;

namespace SimLayouts.Bridge.Frames;

/// <summary>
/// One reusable buffer and <see cref="Utf8JsonWriter"/> for writing frame after frame: once the buffer has grown to
/// the largest frame, writing a frame allocates nothing.
/// </summary>
/// <example>
/// <code>
/// var writer = buffer.Begin();
/// Pcars2FrameWriter.Write(writer, page, sequence, DateTimeOffset.UtcNow);
/// ReadOnlyMemory&lt;byte&gt; json = buffer.End();
/// </code>
/// </example>
public sealed class JsonFrameBuffer : IDisposable
{
    private readonly ArrayBufferWriter<byte> _buffer;
    private readonly Utf8JsonWriter _writer;

    /// <summary>Creates the buffer.</summary>
    /// <param name="indented">Whether frames are indented for people (otherwise compact, one line).</param>
    /// <remarks>The writer skips structural validation: the frame writers are tested to write well-formed JSON.</remarks>
    /// <param name="initialCapacity">Bytes reserved up front; a 32-car pcars2 frame takes about 25 KB.</param>
    public JsonFrameBuffer(bool indented = false, int initialCapacity = 64 * 1024)
    {
        _buffer = new ArrayBufferWriter<byte>(initialCapacity);
        // The relaxed encoder still escapes quotes, backslashes and control characters; it only leaves the
        // HTML-sensitive characters alone, so timestamps read "+00:00" rather than "\u002B00:00".
        _writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions
        {
            Indented = indented,
            SkipValidation = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
    }

    /// <summary>Forgets the previous frame and returns the writer to write the next one with.</summary>
    public Utf8JsonWriter Begin()
    {
        _buffer.ResetWrittenCount();
        _writer.Reset(_buffer);
        return _writer;
    }

    /// <summary>Flushes the writer and returns the frame's UTF-8 JSON, valid until the next <see cref="Begin"/>.</summary>
    public ReadOnlyMemory<byte> End()
    {
        _writer.Flush();
        return _buffer.WrittenMemory;
    }

    /// <inheritdoc />
    public void Dispose() => _writer.Dispose();
}
