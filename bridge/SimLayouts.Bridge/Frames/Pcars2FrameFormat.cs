using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using SimLayouts.Pcars2;
using SimLayouts.Reading;

namespace SimLayouts.Bridge.Frames;

/// <summary>
/// The seed's pcars2 frame of UDP-like packets (<see cref="Pcars2FrameWriter"/>), <c>bridge: { frame: pcars2-seed }</c>.
/// It is built from pcars2's generated view, so it writes the pcars2 layout's frames only.
/// </summary>
public sealed class Pcars2FrameFormat : FrameFormat
{
    /// <summary>The format's name in <c>bridge.frame</c>.</summary>
    public const string Name = "pcars2-seed";

    // An older game's page is shorter than the current one: the seed reads (and the writer needs) the whole struct,
    // so the bytes the game does not have read as zero.
    private readonly byte[] _padded = new byte[SharedMemoryLayout.Size];

    private Pcars2FrameFormat()
    {
    }

    /// <summary>Creates the format; it holds a scratch page, so use each from one thread at a time.</summary>
    public static Pcars2FrameFormat Create() => new();

    /// <summary>Creates the format for <paramref name="layout"/>, which must be pcars2's.</summary>
    public static bool TryCreate(LayoutDescription layout, [NotNullWhen(true)] out FrameFormat? format, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(layout);
        if (!ReferenceEquals(layout, Pcars2Layout.Description))
        {
            format = null;
            error = $"{layout.Name} names the frame format '{Name}' (bridge.frame), which writes {Pcars2Layout.Name} pages only.";
            return false;
        }

        format = Create();
        error = null;
        return true;
    }

    /// <inheritdoc/>
    public override LayoutDescription Layout => Pcars2Layout.Description;

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
