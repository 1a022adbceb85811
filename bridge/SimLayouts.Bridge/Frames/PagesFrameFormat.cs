using System;
using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;
using SimLayouts.Reading;

namespace SimLayouts.Bridge.Frames;

/// <summary>
/// The frame of any layout, built from its metadata (<c>bridge: { frame: pages }</c>, the default):
/// <c>{"source":"shared-memory","sequence":N,"capturedAt":"…","&lt;page&gt;":{…},…}</c>, every page of one consistent
/// moment under its JSON name (<see cref="StructDescription.JsonName"/>: <c>physics</c>, <c>graphics</c>, …) in the
/// layout's page order, written by its generated JSON writer. AC EVO's frames are these.
/// </summary>
public sealed class PagesFrameFormat : FrameFormat
{
    /// <summary>The format's name in <c>bridge.frame</c>.</summary>
    public const string Name = "pages";

    // The counter the status line shows: the first page's with one (AC EVO: physics packetId), if any page has one.
    private readonly int _counterPage = -1;
    private readonly LayoutField? _counter;

    private PagesFrameFormat(LayoutDescription layout)
    {
        Layout = layout;
        for (var index = 0; index < layout.Pages.Count && _counter is null; index++)
        {
            var page = layout.Pages[index];
            _counter = page.Fields.FirstOrDefault(field => field.Path == page.CounterField);
            _counterPage = _counter is null ? -1 : index;
        }
    }

    /// <inheritdoc/>
    public override LayoutDescription Layout { get; }

    /// <summary>Creates the format for <paramref name="layout"/>: every layout's pages can be written this way.</summary>
    public static bool TryCreate(LayoutDescription layout, [NotNullWhen(true)] out FrameFormat? format, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(layout);
        format = new PagesFrameFormat(layout);
        error = null;
        return true;
    }

    /// <inheritdoc/>
    public override void Write(RawJsonWriter json, LayoutFrame frame, long sequence, DateTimeOffset capturedAt) =>
        Write(json, frame, sequence, capturedAt, default);

    /// <summary>Appends one frame with its pages written as <paramref name="options"/> say (enum names or numbers, ...); allocates nothing.</summary>
    /// <param name="json">Where the frame goes.</param>
    /// <param name="frame">The layout frame.</param>
    /// <param name="sequence">The frame's number.</param>
    /// <param name="capturedAt">When the pages were read for this frame.</param>
    /// <param name="options">How the generated writers write the pages.</param>
    public void Write(RawJsonWriter json, LayoutFrame frame, long sequence, DateTimeOffset capturedAt, PageJsonOptions options)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(frame);
        if (!ReferenceEquals(frame.Layout, Layout))
        {
            throw new ArgumentException($"The format writes {Layout.Name} frames, not {frame.Layout.Name}.", nameof(frame));
        }

        WriteStart(json, sequence, capturedAt);
        // The generated writers leave out what an older, shorter revision of a page does not have.
        frame.WritePagesAsProperties(json, options);
        json.WriteRaw((byte)'}');
    }

    /// <summary>
    /// Opens a frame: <c>{"source":"shared-memory","sequence":N,"capturedAt":"…"</c>, without the pages or the closing
    /// brace (for writers that add pages of their own choosing, such as one page of <c>simlayouts serve</c>).
    /// </summary>
    /// <param name="json">Where the frame goes.</param>
    /// <param name="sequence">The frame's number.</param>
    /// <param name="capturedAt">When the pages were read for this frame.</param>
    public static void WriteStart(RawJsonWriter json, long sequence, DateTimeOffset capturedAt)
    {
        ArgumentNullException.ThrowIfNull(json);
        Span<byte> timestamp = stackalloc byte[PythonIsoTimestamp.MaxLength];
        var length = PythonIsoTimestamp.Format(capturedAt, timestamp);
        json.WriteRaw("{\"source\":\"shared-memory\",\"sequence\":"u8);
        json.WriteNumber(sequence);
        // Timestamps are digits and -T:.+ only: valid JSON string content under every encoder.
        json.WriteRaw(",\"capturedAt\":\""u8);
        json.WriteRaw(timestamp[..length]);
        json.WriteRaw((byte)'"');
    }

    /// <inheritdoc/>
    public override string Describe(LayoutFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        if (_counter is not { } counter)
        {
            return string.Empty;
        }

        var page = frame[_counterPage].Bytes;
        if (counter.Offset + sizeof(uint) > page.Length)
        {
            return string.Empty;
        }

        // A consistency counter is a u32 or an i32 (layouts/README.md, consistency).
        var bytes = page.Slice(counter.Offset, sizeof(uint));
        var value = counter.Type == "i32" ? BinaryPrimitives.ReadInt32LittleEndian(bytes) : (long)BinaryPrimitives.ReadUInt32LittleEndian(bytes);
        return string.Create(CultureInfo.InvariantCulture, $"({Layout.Pages[_counterPage].JsonName} {counter.JsonName} {value})");
    }
}
