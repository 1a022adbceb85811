using System;
using SimLayouts.Bridge.Frames;
using SimLayouts.Reading;

namespace SimLayouts.Bridge.Serving;

/// <summary>
/// The served frame: <c>{"source":"shared-memory","sequence":N,"capturedAt":"…","&lt;page&gt;":{…},…}</c>, every page
/// of one consistent moment under its JSON name, written by its generated JSON writer (the bridge's generic frame).
/// </summary>
internal static class FrameEnvelope
{
    /// <summary>Opens the envelope: everything up to the first page property, without a trailing comma.</summary>
    public static void WriteStart(RawJsonWriter json, long sequence, DateTimeOffset capturedAt)
    {
        Span<byte> timestamp = stackalloc byte[PythonIsoTimestamp.MaxLength];
        var length = PythonIsoTimestamp.Format(capturedAt, timestamp);
        json.WriteRaw("{\"source\":\"shared-memory\",\"sequence\":"u8);
        json.WriteNumber(sequence);
        // Timestamps are digits and -T:.+ only: valid JSON string content under every encoder.
        json.WriteRaw(",\"capturedAt\":\""u8);
        json.WriteRaw(timestamp[..length]);
        json.WriteRaw((byte)'"');
    }

    /// <summary>Writes the whole frame: the envelope and every page.</summary>
    public static void Write(RawJsonWriter json, LayoutFrame frame, PageJsonOptions options)
    {
        WriteStart(json, frame.Sequence, frame.CapturedAt);
        frame.WritePagesAsProperties(json, options);
        json.WriteRaw((byte)'}');
    }
}
