using System;
using System.Globalization;
using SimLayouts.Pcars2;
using SimLayouts.Reading;

namespace SimLayouts.Bridge.Frames;

/// <summary>The seed's pcars2 frame (<see cref="Pcars2FrameWriter"/>), POSTed to <c>/api/ingest/shared-memory</c>.</summary>
public sealed class Pcars2FrameFormat : FrameFormat
{
    /// <summary>The seed's default URL.</summary>
    public const string Url = DefaultServer + "/api/ingest/shared-memory";

    // An older game's page is shorter than v14: the seed reads (and the writer needs) the whole struct, so the
    // bytes the game does not have read as zero.
    private readonly byte[] _padded = new byte[SharedMemoryLayout.Size];

    private Pcars2FrameFormat()
    {
    }

    /// <summary>Creates the format; it holds a scratch page, so use each from one thread at a time.</summary>
    public static Pcars2FrameFormat Create() => new();

    /// <inheritdoc/>
    public override LayoutDescription Layout => Pcars2Layout.Description;

    /// <inheritdoc/>
    public override string DefaultUrl => Url;

    /// <inheritdoc/>
    public override void Write(RawJsonWriter json, LayoutFrame frame, long sequence, DateTimeOffset capturedAt)
    {
        ArgumentNullException.ThrowIfNull(frame);
        Pcars2FrameWriter.Write(json, PageOf(frame), sequence, capturedAt);
    }

    /// <inheritdoc/>
    public override string Describe(LayoutFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        Span<int> slots = stackalloc int[Pcars2ActiveSlots.MaxListed];
        var count = Pcars2ActiveSlots.Select(PageOf(frame), slots);
        return string.Create(CultureInfo.InvariantCulture, $"with {count} participants");
    }

    private SharedMemoryView PageOf(LayoutFrame frame)
    {
        var bytes = frame[0].Bytes;
        if (bytes.Length >= SharedMemoryLayout.Size)
        {
            return new SharedMemoryView(bytes);
        }

        bytes.CopyTo(_padded);
        _padded.AsSpan(bytes.Length).Clear();
        return new SharedMemoryView(_padded);
    }
}
