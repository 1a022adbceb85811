using System;
using System.Runtime.InteropServices;
using SimLayouts.Rf2;

namespace SimLayouts.SeqlockWriter;

/// <summary>
/// The rFactor 2 telemetry pages the writer process publishes with the version block: every 32-bit word after the
/// block, the hint and the vehicle count carries one update number, and the hint says the first
/// <see cref="Vehicles"/> cars were written. A reader copies only that prefix; <see cref="IsWhole"/> checks it holds
/// one update and that the rest of the snapshot reads as zero.
/// </summary>
public static class VersionBlockPage
{
    /// <summary>The cars the hint covers.</summary>
    public const int Vehicles = 20;

    private static readonly int FirstDataWord = TelemetryLayout.Offsets.Vehicles / sizeof(uint);

    /// <summary>How many bytes a hinted copy holds: the block, the header and <see cref="Vehicles"/> cars.</summary>
    public static int HintedLength => TelemetryLayout.Offsets.Vehicles + (Vehicles * TelemInfoV01Layout.Size);

    /// <summary>Fills <paramref name="page"/> with <paramref name="update"/> and sets the hint and the count.</summary>
    public static void Fill(Span<byte> page, uint update)
    {
        MemoryMarshal.Cast<byte, uint>(page[TelemetryLayout.Offsets.Vehicles..]).Fill(update);
        var writer = new TelemetryWritableView(page);
        writer.NumVehicles = Vehicles;
        writer.BytesUpdatedHint = HintedLength - TelemetryView.Page.BytesUpdatedHint!.From;
    }

    /// <summary>
    /// Whether <paramref name="page"/> holds one update in its hinted prefix and zeros after it: a copy that mixed
    /// two updates, or copied past the hint, does not.
    /// </summary>
    public static bool IsWhole(ReadOnlySpan<byte> page, out uint update)
    {
        var words = MemoryMarshal.Cast<byte, uint>(page);
        var hinted = HintedLength / sizeof(uint);
        update = words.Length > FirstDataWord ? words[FirstDataWord] : 0;
        for (var index = FirstDataWord; index < words.Length; index++)
        {
            if (words[index] != (index < hinted ? update : 0u))
            {
                return false;
            }
        }

        return true;
    }
}
