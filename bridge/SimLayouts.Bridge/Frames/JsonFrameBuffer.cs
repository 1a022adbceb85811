using System;
using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SimLayouts.Bridge.Frames;

/// <summary>
/// One reusable <see cref="RawJsonWriter"/> for writing frame after frame: once its buffer has grown to the largest
/// frame, writing a compact frame allocates nothing and the frame is handed on without a copy. Indented frames
/// (for people) are re-indented through a <see cref="Utf8JsonWriter"/> after writing.
/// </summary>
/// <example>
/// <code>
/// var json = buffer.Begin();
/// Pcars2FrameWriter.Write(json, page, sequence, DateTimeOffset.UtcNow);
/// ReadOnlyMemory&lt;byte&gt; frame = buffer.End();
/// </code>
/// </example>
public sealed class JsonFrameBuffer : IDisposable
{
    // The relaxed encoder still escapes quotes, backslashes and control characters; it only leaves the
    // HTML-sensitive characters alone, so names such as "Räikkönen" or "A&B" stay readable.
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    private readonly RawJsonWriter _json;
    private readonly ArrayBufferWriter<byte>? _indentedBuffer;
    private readonly Utf8JsonWriter? _indentedWriter;

    /// <summary>Creates the buffer.</summary>
    /// <param name="indented">Whether frames are indented for people (otherwise compact, one line).</param>
    /// <param name="initialCapacity">Bytes reserved up front; a 24-car pcars2 frame takes about 23 KB.</param>
    public JsonFrameBuffer(bool indented = false, int initialCapacity = 64 * 1024)
    {
        _json = new RawJsonWriter(initialCapacity) { Encoder = Encoder };
        if (indented)
        {
            _indentedBuffer = new ArrayBufferWriter<byte>(initialCapacity * 2);
            _indentedWriter = new Utf8JsonWriter(_indentedBuffer, new JsonWriterOptions { Indented = true, Encoder = Encoder });
        }
    }

    /// <summary>Forgets the previous frame and returns the writer to append the next one to.</summary>
    public RawJsonWriter Begin()
    {
        _json.Clear();
        return _json;
    }

    /// <summary>The frame's UTF-8 JSON, valid until the next <see cref="Begin"/>.</summary>
    public ReadOnlyMemory<byte> End()
    {
        if (_indentedWriter is null)
        {
            return _json.WrittenMemory;
        }

        _indentedBuffer!.ResetWrittenCount();
        _indentedWriter.Reset(_indentedBuffer);
        _json.WriteTo(_indentedWriter);
        _indentedWriter.Flush();
        return _indentedBuffer.WrittenMemory;
    }

    /// <inheritdoc />
    public void Dispose() => _indentedWriter?.Dispose();
}
