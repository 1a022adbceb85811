using System;
using System.Globalization;
using System.Text.Json;
using SimLayouts.AcEvo;
using SimLayouts.Reading;

namespace SimLayouts.Bridge.Frames;

/// <summary>
/// AC EVO frames: <c>{"source","sequence","capturedAt","physics":{…},"graphics":{…},"static":{…}}</c>, the three
/// pages of one consistent moment written by their generated JSON writers, POSTed to <c>/api/ingest/acevo-shared-memory</c>.
/// </summary>
public sealed class AcEvoFrameFormat : FrameFormat
{
    /// <summary>The default URL for AC EVO frames.</summary>
    public const string Url = DefaultServer + "/api/ingest/acevo-shared-memory";

    private static readonly JsonEncodedText SourceProperty = JsonEncodedText.Encode("source");
    private static readonly JsonEncodedText SequenceProperty = JsonEncodedText.Encode("sequence");
    private static readonly JsonEncodedText CapturedAtProperty = JsonEncodedText.Encode("capturedAt");
    private static readonly JsonEncodedText SourceValue = JsonEncodedText.Encode(SourceName);

    private AcEvoFrameFormat()
    {
    }

    /// <summary>The format (stateless).</summary>
    public static AcEvoFrameFormat Instance { get; } = new();

    /// <inheritdoc/>
    public override LayoutDescription Layout => AcEvoLayout.Description;

    /// <inheritdoc/>
    public override string DefaultUrl => Url;

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, LayoutFrame frame, long sequence, DateTimeOffset capturedAt)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(frame);
        Span<byte> timestamp = stackalloc byte[PythonIsoTimestamp.MaxLength];
        var length = PythonIsoTimestamp.Format(capturedAt, timestamp);
        writer.WriteStartObject();
        writer.WriteString(SourceProperty, SourceValue);
        writer.WriteNumber(SequenceProperty, sequence);
        writer.WriteString(CapturedAtProperty, timestamp[..length]);
        frame.WritePagesAsProperties(writer);
        writer.WriteEndObject();
    }

    /// <inheritdoc/>
    public override string Describe(LayoutFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var graphics = frame.View<GraphicsView>();
        return string.Create(CultureInfo.InvariantCulture, $"(packetId {graphics.PacketId})");
    }
}
