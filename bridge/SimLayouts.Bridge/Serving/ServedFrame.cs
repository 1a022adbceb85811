using System;
using System.Text.Encodings.Web;
using System.Threading;
using SimLayouts.Bridge.Frames;
using SimLayouts.Reading;

namespace SimLayouts.Bridge.Serving;

/// <summary>
/// One frame the server holds: the <see cref="LayoutFrame"/> (kept alive while the server or a request uses it) and
/// its JSON, written once per enum format on first demand and shared by every request and event stream after that.
/// </summary>
internal sealed class ServedFrame
{
    // The relaxed encoder still escapes quotes, backslashes and control characters; names such as "Räikkönen" stay readable.
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    [ThreadStatic]
    private static RawJsonWriter? t_scratch;

    private readonly byte[]?[] _json = new byte[2][];

    public ServedFrame(LayoutFrame frame)
    {
        Frame = frame;
    }

    /// <summary>The frame; retain it (under the keeper's lock) before using it outside.</summary>
    public LayoutFrame Frame { get; }

    /// <summary>The frame's sequence number (the reader's count, from 1).</summary>
    public long Sequence => Frame.Sequence;

    /// <summary>A writer for one request's JSON on this thread, emptied; valid until the thread's next call.</summary>
    public static RawJsonWriter Scratch()
    {
        var json = t_scratch ??= new RawJsonWriter(64 * 1024) { Encoder = Encoder };
        json.Clear();
        return json;
    }

    /// <summary>The JSON already written for <paramref name="enums"/>, or null.</summary>
    public byte[]? CachedJson(JsonEnumFormat enums) => Volatile.Read(ref _json[(int)enums]);

    /// <summary>Writes the whole frame in <paramref name="format"/> for <paramref name="enums"/> (the frame must be alive) and keeps it.</summary>
    public byte[] WriteJson(PagesFrameFormat format, JsonEnumFormat enums)
    {
        var json = Scratch();
        format.Write(json, Frame, Frame.Sequence, Frame.CapturedAt, new PageJsonOptions { Enums = enums });
        var bytes = json.WrittenSpan.ToArray();
        return Interlocked.CompareExchange(ref _json[(int)enums], bytes, null) ?? bytes;
    }
}
