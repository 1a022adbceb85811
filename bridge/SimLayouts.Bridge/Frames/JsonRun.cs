using System;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text.Encodings.Web;
using SimLayouts.Numbers;

namespace SimLayouts.Bridge.Frames;

/// <summary>
/// Appends a run of a frame's JSON text straight into a <see cref="RawJsonWriter"/>'s free space with a local
/// position: pre-encoded names, punctuation, integers and plain strings cost a copy or a few stores each, and
/// doubles are formatted in place by <see cref="ShortestNumberText.Format(double, Span{byte})"/>, the formatter
/// <see cref="RawJsonWriter.WriteNumber(double)"/> uses. Strings that need escaping are handed to the writer
/// itself, after what the run has written. Numbers follow the seed's rules: floats widened to Python floats with
/// NaN and infinities read as 0, Python's <c>round()</c>.
/// </summary>
/// <remarks>
/// The run trusts its caller for structure, as <see cref="RawJsonWriter.WriteRaw(ReadOnlySpan{byte})"/> does. Text
/// the run writes becomes part of <see cref="Json"/> when the run hands a value to the writer, needs more room, or
/// <see cref="Flush"/> is called: a frame writer flushes before it returns, and nothing else may write to
/// <see cref="Json"/> while the run is in use.
/// </remarks>
internal ref struct JsonRun
{
    // Room asked of the writer at a time: a participant's entry is 300-600 bytes.
    private const int ChunkLength = 4096;

    // The longest string copied by the run itself; longer ones (none in a frame) go through the writer.
    private const int MaxVerbatimStringLength = 256;

    // Longest integer text: -9223372036854775808 and 18446744073709551615 are 20 bytes.
    private const int MaxIntegerLength = 20;

    // 2^63 as a double: every integral double in [-2^63, 2^63) converts to long exactly.
    private const double TwoPow63 = 9223372036854775808.0;

    // Whole numbers below 2^24 are exact in a float; a double's shortest round-trip text of them is their digits.
    private const double ExactIntegerLimit = 16_777_216.0;

    // The longest string copied as a block by String(block, length): one TextBlock (a page's text field, cleaned).
    private const int BlockStringLength = TextBlock.Length;

    private readonly JavaScriptEncoder _encoder;
    private readonly VerbatimAscii _verbatim;

    // The writer's free space (RawJsonWriter.GetSpan) and how much of it the run has written; empty after a flush.
    private Span<byte> _buffer;
    private int _length;

    /// <summary>Starts a run that appends to <paramref name="json"/>.</summary>
    /// <param name="json">Where the text goes.</param>
    public JsonRun(RawJsonWriter json)
    {
        ArgumentNullException.ThrowIfNull(json);
        Json = json;
        _encoder = json.Encoder ?? JavaScriptEncoder.Default;
        _verbatim = VerbatimAscii.For(_encoder);
    }

    /// <summary>The writer the run appends to.</summary>
    public RawJsonWriter Json { get; }

    /// <summary>Appends trusted JSON text: a pre-encoded name with its punctuation, a literal.</summary>
    /// <param name="text">UTF-8 text that is valid where it is written.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Raw(scoped ReadOnlySpan<byte> text)
    {
        if (_buffer.Length - _length < text.Length)
        {
            FlushFor(text);
            return;
        }

        // The room was checked just above; the span's own checks would repeat it on every name of the frame.
        Unsafe.CopyBlockUnaligned(ref At(_length), ref MemoryMarshal.GetReference(text), (uint)text.Length);
        _length += text.Length;
    }

    /// <summary>Appends one byte of trusted JSON text, such as <c>,</c> or <c>}</c>.</summary>
    /// <param name="text">An ASCII byte that is valid where it is written.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Raw(byte text)
    {
        if (_length == _buffer.Length)
        {
            Renew(1);
        }

        At(_length++) = text;
    }

    /// <summary>Appends an integer (the text <see cref="RawJsonWriter.WriteNumber(uint)"/> gives it).</summary>
    /// <param name="value">The value.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Number(uint value)
    {
        // Most of a frame's integers are slots, indexes, states and flags: one or two digits.
        if (value < 100 && _buffer.Length - _length >= 2)
        {
            if (value < 10)
            {
                At(_length++) = (byte)('0' + value);
                return;
            }

            var tens = value / 10;
            At(_length) = (byte)('0' + tens);
            At(_length + 1) = (byte)('0' + (value - (tens * 10)));
            _length += 2;
            return;
        }

        WriteDigits(value);
    }

    /// <summary>Appends an integer (the text <see cref="RawJsonWriter.WriteNumber(int)"/> gives it).</summary>
    /// <param name="value">The value.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Number(int value)
    {
        if (value >= 0)
        {
            Number((uint)value);
            return;
        }

        WriteInteger((long)value);
    }

    /// <summary>Appends an integer (the text <see cref="RawJsonWriter.WriteNumber(long)"/> gives it).</summary>
    /// <param name="value">The value.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Number(long value)
    {
        if ((ulong)value <= uint.MaxValue)
        {
            Number((uint)value);
            return;
        }

        WriteInteger(value);
    }

    /// <summary>Appends an integer (the text <see cref="RawJsonWriter.WriteNumber(ulong)"/> gives it).</summary>
    /// <param name="value">The value.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Number(ulong value)
    {
        if (value <= uint.MaxValue)
        {
            Number((uint)value);
            return;
        }

        WriteInteger(value);
    }

    /// <summary>
    /// Appends the seed's <c>f32(value)</c>: the float's value as a double (its shortest round-trip text), or 0 when
    /// it is NaN or infinite.
    /// </summary>
    /// <param name="value">The page's float.</param>
    /// <remarks>
    /// Out of line, as <see cref="SeedDouble(double)"/>: a frame writes about 250 of them, and inlined each would add
    /// some 40 instructions to the frame writers (measured no faster inlined).
    /// </remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public void SeedFloat(float value) => WriteSeedDouble(PythonNumbers.Finite(value));

    /// <summary>
    /// Appends a finite double (a Python float of the seed's) as its shortest round-trip text, the text
    /// <see cref="RawJsonWriter.WriteNumber(double)"/> gives it.
    /// </summary>
    /// <param name="value">A finite double.</param>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public void SeedDouble(double value) => WriteSeedDouble(value);

    /// <summary>
    /// Appends a finite double as <see cref="SeedDouble(double)"/> does and keeps its text in <paramref name="kept"/>,
    /// so that the same value can be appended again with <see cref="Raw(in KeptNumberText)"/> instead of being
    /// formatted twice.
    /// </summary>
    /// <param name="value">A finite double.</param>
    /// <param name="kept">The text written.</param>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public void SeedDouble(double value, out KeptNumberText kept)
    {
        // Room for the whole text first, so that writing it cannot start a new chunk: the text stays where it began.
        var destination = Reserve(ShortestNumberText.FormatBufferLength);
        var start = _length;
        WriteSeedDouble(value);

        // Keep fills every field: zeroing the 36 bytes first would be wasted work.
        Unsafe.SkipInit(out kept);
        kept.Keep(destination, _length - start);
    }

    /// <summary>Appends a number's text kept by <see cref="SeedDouble(double, out KeptNumberText)"/>.</summary>
    /// <param name="kept">The text.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Raw(in KeptNumberText kept)
    {
        // The whole block is copied (a constant length: two register moves); the length then says what counts.
        kept.Block.CopyTo(Reserve(KeptNumberText.BlockLength));
        _length += kept.Length;
    }

    /// <summary>
    /// Whether the double formatter's text of <paramref name="value"/> is the digits of the int it converts to: whole
    /// numbers below 2^24, but not -0 ("-0").
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsSmallInteger(double value) =>
        Math.Abs(value) < ExactIntegerLimit && value == (int)value && (value != 0 || !double.IsNegative(value));

    /// <summary>
    /// Appends Python's <c>round(value)</c> (half to even) as a JSON integer with every digit, as json.dumps prints
    /// Python's unbounded <c>int</c> (<c>round(3.4e38)</c> has 39 digits).
    /// </summary>
    /// <param name="value">A finite double.</param>
    public void RoundedInteger(double value)
    {
        var rounded = PythonNumbers.Round(value);
        if (rounded >= -TwoPow63 && rounded < TwoPow63)
        {
            Number((long)rounded);
            return;
        }

        WriteHugeInteger(rounded);
    }

    /// <summary>
    /// Appends valid UTF-8 text as a JSON string, escaped as the writer's <see cref="RawJsonWriter.Encoder"/> escapes
    /// it: text the encoder leaves alone (it says so, as it does to <see cref="System.Text.Json.Utf8JsonWriter"/>) is
    /// copied between quotes, anything else goes through the writer.
    /// </summary>
    /// <param name="utf8">Valid UTF-8 text (invalid sequences are repaired by the writer).</param>
    public void String(scoped ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length <= MaxVerbatimStringLength && _encoder.FindFirstCharacterToEncodeUtf8(utf8) < 0)
        {
            var destination = Reserve(utf8.Length + 2);
            destination[0] = (byte)'"';
            utf8.CopyTo(destination[1..]);
            destination[utf8.Length + 1] = (byte)'"';
            _length += utf8.Length + 2;
            return;
        }

        WriteEscaped(utf8);
    }

    /// <summary>
    /// Appends the first <paramref name="length"/> bytes of <paramref name="block"/> as <see cref="String(ReadOnlySpan{byte})"/>
    /// does, faster when the block holds a whole <see cref="TextBlock"/> (a page's text field, cleaned): ASCII text the encoder
    /// leaves alone (<see cref="VerbatimAscii"/>) is then checked in four vector loads and stored as the whole block.
    /// </summary>
    /// <param name="block">The text, then anything.</param>
    /// <param name="length">The length of the text.</param>
    public void String(scoped ReadOnlySpan<byte> block, int length)
    {
        if (block.Length >= BlockStringLength && (uint)length <= BlockStringLength)
        {
            ref var start = ref MemoryMarshal.GetReference(block);
            var block0 = Vector128.LoadUnsafe(ref start);
            var block1 = Vector128.LoadUnsafe(ref start, 16);
            var block2 = Vector128.LoadUnsafe(ref start, 32);
            var block3 = Vector128.LoadUnsafe(ref start, 48);
            var changed = _verbatim.Changed(block0, block1, block2, block3);
            var inText = length == BlockStringLength ? ulong.MaxValue : (1UL << length) - 1;
            if ((changed & inText) == 0)
            {
                ref var target = ref MemoryMarshal.GetReference(Reserve(BlockStringLength + 2));
                target = (byte)'"';
                block0.StoreUnsafe(ref target, 1);
                block1.StoreUnsafe(ref target, 17);
                block2.StoreUnsafe(ref target, 33);
                block3.StoreUnsafe(ref target, 49);
                Unsafe.Add(ref target, length + 1) = (byte)'"';
                _length += length + 2;
                return;
            }
        }

        String(block[..length]);
    }

    /// <summary>Makes what the run has written part of <see cref="Json"/>'s text, before the writer itself writes.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public void Flush()
    {
        Json.Advance(_length);
        _buffer = default;
        _length = 0;
    }

    // The paths below are kept out of line: inlined into a frame writer, they would use up the JIT's inlining
    // budget that the short paths above need.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void WriteDigits(uint value)
    {
        value.TryFormat(Reserve(MaxIntegerLength), out var written, default, CultureInfo.InvariantCulture);
        _length += written;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void WriteInteger(long value)
    {
        var destination = Reserve(MaxIntegerLength);
        value.TryFormat(destination, out var written, default, CultureInfo.InvariantCulture);
        _length += written;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void WriteInteger(ulong value)
    {
        var destination = Reserve(MaxIntegerLength);
        value.TryFormat(destination, out var written, default, CultureInfo.InvariantCulture);
        _length += written;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void WriteEscaped(scoped ReadOnlySpan<byte> utf8)
    {
        Flush();
        Json.WriteString(utf8);
    }

    /// <summary>
    /// Every double of a frame is written here (the time a frame spends formatting doubles is this method's and
    /// <see cref="ShortestNumberText.Format(double, Span{byte})"/>'s): whole numbers below 2^24 (empty slots, unset
    /// times) as integers, the rest straight into the run's space by the same formatter
    /// <see cref="RawJsonWriter.WriteNumber(double)"/> uses.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void WriteSeedDouble(double value)
    {
        if (IsSmallInteger(value))
        {
            Number((int)value);
            return;
        }

        // Reserve first: it may flush the run and start a new chunk, and `_length += ...` would read _length before.
        var destination = Reserve(ShortestNumberText.FormatBufferLength);
        _length += ShortestNumberText.Format(value, destination);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void WriteHugeInteger(double integral)
    {
        Span<byte> digits = stackalloc byte[PythonNumbers.MaxIntegralDoubleDigits];
        var length = PythonNumbers.FormatIntegralDouble(integral, digits);
        Raw(digits[..length]);
    }

    /// <summary>The byte at <paramref name="index"/> of the free space, which the caller has checked is in it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly ref byte At(int index) => ref Unsafe.Add(ref MemoryMarshal.GetReference(_buffer), index);

    /// <summary>At least <paramref name="size"/> free bytes at the run's position; the caller advances.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Span<byte> Reserve(int size)
    {
        if (_buffer.Length - _length < size)
        {
            Renew(size);
        }

        return _buffer[_length..];
    }

    /// <summary>Flushes, then takes at least <paramref name="size"/> bytes of the writer's free space.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Renew(int size)
    {
        Flush();
        _buffer = Json.GetSpan(Math.Max(size, ChunkLength));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void FlushFor(scoped ReadOnlySpan<byte> text)
    {
        Renew(text.Length);
        text.CopyTo(_buffer);
        _length = text.Length;
    }
}
