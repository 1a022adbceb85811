using System;
using System.Runtime.Intrinsics;
using System.Text.Encodings.Web;

namespace SimLayouts.Bridge.Frames;

/// <summary>
/// The ASCII characters a JSON encoder leaves alone, asked of the encoder once (one character at a time, as it
/// judges them) and kept as a 16-byte lookup table, so that a short string is checked with a few vector operations
/// per 16 bytes instead of a call into the encoder.
/// </summary>
/// <remarks>
/// Entry <c>l</c> of the table has bit <c>h</c> set when the character <c>h * 16 + l</c> is left alone; a byte is
/// looked up by its low nibble, and its high nibble picks the bit (high nibbles 8..15, non-ASCII, pick none).
/// </remarks>
internal sealed class VerbatimAscii
{
    // The last encoder's table: a bridge writes all its frames with one encoder.
    private static VerbatimAscii? s_last;

    private readonly Vector128<byte> _highNibblesByLowNibble;

    private VerbatimAscii(JavaScriptEncoder encoder)
    {
        Encoder = encoder;
        Span<byte> table = stackalloc byte[16];
        Span<byte> character = stackalloc byte[1];
        for (var value = 0; value < 128; value++)
        {
            character[0] = (byte)value;
            if (encoder.FindFirstCharacterToEncodeUtf8(character) < 0)
            {
                table[value & 0xF] |= (byte)(1 << (value >> 4));
            }
        }

        _highNibblesByLowNibble = Vector128.Create((ReadOnlySpan<byte>)table);
    }

    /// <summary>The encoder the table was asked of.</summary>
    public JavaScriptEncoder Encoder { get; }

    /// <summary>The table of <paramref name="encoder"/>.</summary>
    public static VerbatimAscii For(JavaScriptEncoder encoder)
    {
        var last = s_last;
        if (last is null || !ReferenceEquals(last.Encoder, encoder))
        {
            last = new VerbatimAscii(encoder);
            s_last = last;
        }

        return last;
    }

    /// <summary>A bit per byte of a <see cref="TextBlock"/> (bit 0: byte 0), set when the encoder would change it (or it is not ASCII).</summary>
    public ulong Changed(Vector128<byte> block0, Vector128<byte> block1, Vector128<byte> block2, Vector128<byte> block3) =>
        Changed(block0) | ((ulong)Changed(block1) << 16) | ((ulong)Changed(block2) << 32) | ((ulong)Changed(block3) << 48);

    private uint Changed(Vector128<byte> block)
    {
        var rows = Vector128.ShuffleNative(_highNibblesByLowNibble, block & Vector128.Create((byte)0x0F));
        var bits = Vector128.ShuffleNative(HighNibbleBits, Vector128.ShiftRightLogical(block, 4));
        return Vector128.Equals(rows & bits, Vector128<byte>.Zero).ExtractMostSignificantBits();
    }

    // 1 << h for the high nibbles of ASCII, 0 for the rest.
    private static Vector128<byte> HighNibbleBits => Vector128.Create((byte)1, 2, 4, 8, 16, 32, 64, 128, 0, 0, 0, 0, 0, 0, 0, 0);
}
