using System;
using System.Globalization;
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
    public override void Write(RawJsonWriter json, LayoutFrame frame, long sequence, DateTimeOffset capturedAt)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(frame);
        Span<byte> timestamp = stackalloc byte[PythonIsoTimestamp.MaxLength];
        var length = PythonIsoTimestamp.Format(capturedAt, timestamp);
        json.WriteRaw("{\"source\":\"shared-memory\",\"sequence\":"u8);
        json.WriteNumber(sequence);
        // Timestamps are digits and -T:.+ only: valid JSON string content under every encoder.
        json.WriteRaw(",\"capturedAt\":\""u8);
        json.WriteRaw(timestamp[..length]);
        // The pages in the layout's order, each under its JSON name (StructDescription.JsonName); the generated
        // writers leave out what an older, shorter revision of a page does not have.
        json.WriteRaw("\",\"physics\":"u8);
        frame.View<PhysicsView>().WriteJson(json);
        json.WriteRaw(",\"graphics\":"u8);
        frame.View<GraphicsView>().WriteJson(json);
        json.WriteRaw(",\"static\":"u8);
        frame.View<StaticView>().WriteJson(json);
        json.WriteRaw((byte)'}');
    }

    /// <inheritdoc/>
    public override string Describe(LayoutFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var graphics = frame.View<GraphicsView>();
        return string.Create(CultureInfo.InvariantCulture, $"(packetId {graphics.PacketId})");
    }
}
