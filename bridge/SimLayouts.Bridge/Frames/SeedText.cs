using System;
using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace SimLayouts.Bridge.Frames;

/// <summary>
/// The seed's reading of a fixed <c>char[STRING_LENGTH_MAX]</c> field of pcars2, on UTF-8 bytes and without allocating:
/// <c>raw.split(b"\x00", 1)[0].decode("utf-8", errors="ignore").strip()</c>.
/// </summary>
public static class SeedText
{
    /// <summary>The longest cleaned text: cleaning only ever removes bytes from a pcars2 text field (<c>STRING_LENGTH_MAX</c>).</summary>
    public const int MaxFieldLength = Pcars2.Pcars2Constants.StringLengthMax;

    /// <summary>
    /// Writes into <paramref name="destination"/> the bytes of <paramref name="raw"/> before the first NUL, with every
    /// invalid UTF-8 sequence dropped (not replaced) and the whitespace Python's <c>str.strip()</c> removes cut from
    /// both ends. The result is always valid UTF-8.
    /// </summary>
    /// <returns>The number of bytes written.</returns>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than the text before the NUL.</exception>
    public static int Clean(ReadOnlySpan<byte> raw, Span<byte> destination)
    {
        if (raw.Length == TextBlock.Length && destination.Length >= TextBlock.Length && TryCleanAsciiField(raw, destination, out var length))
        {
            return length;
        }

        var text = FixedString.Terminated(raw);
        if (destination.Length < text.Length)
        {
            throw new ArgumentException("The destination must hold at least the bytes before the first NUL.", nameof(destination));
        }

        // Names are nearly always ASCII: no invalid sequences to drop, and whitespace is one byte each.
        if (Ascii.IsValid(text))
        {
            var start = 0;
            while (start < text.Length && IsAsciiPythonWhitespace(text[start]))
            {
                start++;
            }

            var end = text.Length;
            while (end > start && IsAsciiPythonWhitespace(text[end - 1]))
            {
                end--;
            }

            text[start..end].CopyTo(destination);
            return end - start;
        }

        var written = 0;
        while (!text.IsEmpty)
        {
            // Rune decoding skips exactly the maximal invalid subsequence, as Python's decoder does, so dropping
            // what it rejects keeps the same characters as errors="ignore" (a truncated tail included).
            var status = Rune.DecodeFromUtf8(text, out _, out var consumed);
            if (status == OperationStatus.Done)
            {
                text[..consumed].CopyTo(destination[written..]);
                written += consumed;
            }

            text = text[consumed..];
        }

        return Trim(destination[..written], destination);
    }

    /// <summary>
    /// The common case in one pass of four vector loads: a whole field of one <see cref="TextBlock"/> whose text before the NUL is ASCII and
    /// not padded with whitespace is copied as the whole field (four register stores), the length saying what counts.
    /// Anything else is left to the general path.
    /// </summary>
    private static bool TryCleanAsciiField(ReadOnlySpan<byte> raw, Span<byte> destination, out int length)
    {
        ref var start = ref MemoryMarshal.GetReference(raw);
        var block0 = Vector128.LoadUnsafe(ref start);
        var block1 = Vector128.LoadUnsafe(ref start, 16);
        var block2 = Vector128.LoadUnsafe(ref start, 32);
        var block3 = Vector128.LoadUnsafe(ref start, 48);
        var nuls = Mask(Vector128.Equals(block0, Vector128<byte>.Zero), Vector128.Equals(block1, Vector128<byte>.Zero),
            Vector128.Equals(block2, Vector128<byte>.Zero), Vector128.Equals(block3, Vector128<byte>.Zero));
        var nonAscii = Mask(block0, block1, block2, block3);
        length = nuls == 0 ? TextBlock.Length : BitOperations.TrailingZeroCount(nuls);
        var inText = length == TextBlock.Length ? ulong.MaxValue : (1UL << length) - 1;
        if ((nonAscii & inText) != 0
            || (length != 0 && (IsAsciiPythonWhitespace(raw[0]) || IsAsciiPythonWhitespace(raw[length - 1]))))
        {
            return false;
        }

        ref var target = ref MemoryMarshal.GetReference(destination);
        block0.StoreUnsafe(ref target);
        block1.StoreUnsafe(ref target, 16);
        block2.StoreUnsafe(ref target, 32);
        block3.StoreUnsafe(ref target, 48);
        return true;
    }

    // The top bits of four 16-byte blocks as one 64-bit mask, block 0 in the low bits.
    private static ulong Mask(Vector128<byte> block0, Vector128<byte> block1, Vector128<byte> block2, Vector128<byte> block3) =>
        block0.ExtractMostSignificantBits()
        | ((ulong)block1.ExtractMostSignificantBits() << 16)
        | ((ulong)block2.ExtractMostSignificantBits() << 32)
        | ((ulong)block3.ExtractMostSignificantBits() << 48);

    /// <summary>
    /// Whether Python's <c>str.isspace()</c> is true for the code point: what <c>str.strip()</c> removes.
    /// It differs from <see cref="Rune.IsWhiteSpace(Rune)"/>: U+001C..U+001F count, U+180E does not.
    /// </summary>
    public static bool IsPythonWhitespace(int codePoint) => codePoint switch
    {
        >= 0x09 and <= 0x0D => true,
        >= 0x1C and <= 0x20 => true,
        0x85 or 0xA0 or 0x1680 => true,
        >= 0x2000 and <= 0x200A => true,
        0x2028 or 0x2029 or 0x202F or 0x205F or 0x3000 => true,
        _ => false,
    };

    /// <summary><see cref="IsPythonWhitespace"/> for an ASCII byte: \t to \r, \x1C to \x1F and the space.</summary>
    private static bool IsAsciiPythonWhitespace(byte value) => value is (>= 0x09 and <= 0x0D) or (>= 0x1C and <= 0x20);

    private static int Trim(ReadOnlySpan<byte> valid, Span<byte> destination)
    {
        var start = 0;
        while (start < valid.Length)
        {
            Rune.DecodeFromUtf8(valid[start..], out var rune, out var consumed);
            if (!IsPythonWhitespace(rune.Value))
            {
                break;
            }

            start += consumed;
        }

        var end = valid.Length;
        while (end > start)
        {
            Rune.DecodeLastFromUtf8(valid[start..end], out var rune, out var consumed);
            if (!IsPythonWhitespace(rune.Value))
            {
                break;
            }

            end -= consumed;
        }

        var length = end - start;
        if (start > 0)
        {
            valid[start..end].CopyTo(destination);
        }

        return length;
    }
}
