using System;

namespace SimLayouts.Recording;

/// <summary>The constants of the recording format (docs/runtime.md describes it byte by byte).</summary>
internal static class RecordingFormat
{
    /// <summary>The current format version.</summary>
    public const ushort Version = 1;

    /// <summary>Bytes before each frame's compressed payload: compressed length, payload length, CRC-32.</summary>
    public const int FrameHeaderLength = 12;

    /// <summary>Bytes of the fixed start of the header: magic, format version, header body length.</summary>
    public const int PreambleLength = 12;

    /// <summary>Two equal bytes or fewer between changed bytes are stored rather than starting a new range.</summary>
    internal const int MergeGap = 8;

    /// <summary>The Brotli quality for frames: fast, and the deltas are small anyway.</summary>
    internal const int BrotliQuality = 2;

    /// <summary>The Brotli window (log2 bytes), enough for the largest page.</summary>
    internal const int BrotliWindow = 18;

    /// <summary>The 8 bytes that open every recording: <c>SLREC\r\n\x1A</c> (line-ending and text-mode damage show up).</summary>
    public static ReadOnlySpan<byte> Magic => "SLREC\r\n\u001A"u8;

    /// <summary>The largest payload a frame of pages totalling <paramref name="totalPageBytes"/> can need.</summary>
    internal static int MaximumPayloadLength(int totalPageBytes, int pageCount) => (2 * totalPageBytes) + (32 * pageCount) + 32;
}
