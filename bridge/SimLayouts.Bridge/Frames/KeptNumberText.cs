using System;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace SimLayouts.Bridge.Frames;

/// <summary>
/// The text of a number a frame writes twice (<see cref="JsonRun.SeedDouble(double, out KeptNumberText)"/> keeps it,
/// <see cref="JsonRun.Raw(in KeptNumberText)"/> writes it again): the bytes in a fixed 32-byte block that is copied
/// whole, two register moves instead of a copy of variable length.
/// </summary>
internal struct KeptNumberText
{
    /// <summary>The block's size: room for any double's text (24 bytes) and whole-register copies.</summary>
    public const int BlockLength = 32;

    private Bytes _bytes;

    /// <summary>The number of bytes of text at the start of the block.</summary>
    public int Length { get; private set; }

    /// <summary>The text.</summary>
    [UnscopedRef]
    public ReadOnlySpan<byte> Text => ((ReadOnlySpan<byte>)_bytes)[..Length];

    /// <summary>The whole block, text first: what <see cref="JsonRun"/> copies.</summary>
    [UnscopedRef]
    public ReadOnlySpan<byte> Block => _bytes;

    /// <summary>Keeps the text at the start of <paramref name="block"/> (<see cref="BlockLength"/> bytes or more).</summary>
    public void Keep(ReadOnlySpan<byte> block, int length)
    {
        block[..BlockLength].CopyTo(_bytes);
        Length = length;
    }

    [InlineArray(BlockLength)]
    private struct Bytes
    {
        private byte _first;
    }
}
