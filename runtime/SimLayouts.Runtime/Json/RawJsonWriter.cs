using System;
using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using SimLayouts.Numbers;

namespace SimLayouts;

/// <summary>
/// A reusable buffer of compact JSON text that generated writers fill straight from page bytes: property names
/// are pre-encoded UTF-8 runs copied in one move, numbers are formatted in place, and the finished object is
/// handed to a <see cref="Utf8JsonWriter"/> as one raw value. A page of a few thousand values then costs a few
/// thousand copies instead of a few thousand checked writer calls.
/// </summary>
/// <remarks>
/// The writer trusts its caller for structure (it is the target of generated code and of hand-written frame
/// writers whose shape is fixed); it guarantees the values: NaN and infinities become <c>null</c>, strings are
/// decoded lossily and escaped like <see cref="Encoder"/> escapes them, so <see cref="WriteTo"/> gives the same
/// text a <see cref="Utf8JsonWriter"/> with that encoder would have written. Once the buffer has grown to the
/// largest document, writing allocates nothing.
/// </remarks>
public sealed class RawJsonWriter
{
    // Room for a number: the longest text is a double such as -2.2250738585072014E-308 (24 bytes), and floats and
    // doubles are stored in whole registers that may run past the text.
    private const int MaxNumberLength = ShortestNumberText.FormatBufferLength;
    private const int DefaultCapacity = 32 * 1024;

    // UTF-8 of the longest UTF-16 string converted on the stack; the pages' strings are 15 to 33 units.
    private const int StackUtf8Bytes = 512;

    [ThreadStatic]
    private static RawJsonWriter? t_spare;

    private byte[] _buffer;
    private int _length;
    private JavaScriptEncoder? _encoder;
    private ArrayBufferWriter<byte>? _escaped;
    private Utf8JsonWriter? _escaper;

    /// <summary>Creates an empty writer.</summary>
    /// <param name="capacity">Initial buffer size in bytes; the buffer grows when a document needs more.</param>
    public RawJsonWriter(int capacity = DefaultCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        _buffer = new byte[capacity];
    }

    /// <summary>
    /// How strings are escaped, as <see cref="JsonWriterOptions.Encoder"/>: <c>null</c> is
    /// <see cref="JavaScriptEncoder.Default"/>. Set it to the target writer's encoder to get its text exactly.
    /// </summary>
    public JavaScriptEncoder? Encoder
    {
        get => _encoder;
        set
        {
            if (ReferenceEquals(value, _encoder))
            {
                return;
            }

            _encoder = value;
            _escaper = null;
        }
    }

    /// <summary>The JSON text written since the last <see cref="Clear"/>.</summary>
    public ReadOnlySpan<byte> WrittenSpan => _buffer.AsSpan(0, _length);

    /// <summary>
    /// The JSON text written since the last <see cref="Clear"/>, for consumers that hold on to it across an
    /// <c>await</c> (an HTTP request body) without copying it. It stays valid until the next write or
    /// <see cref="Clear"/>: the writer reuses (and may replace) its buffer.
    /// </summary>
    public ReadOnlyMemory<byte> WrittenMemory => _buffer.AsMemory(0, _length);

    /// <summary>The number of bytes written since the last <see cref="Clear"/>.</summary>
    public int Length => _length;

    /// <summary>Forgets the text written so far and keeps the buffer.</summary>
    public void Clear() => _length = 0;

    /// <summary>
    /// Writes a view through a writer of the current thread and hands the result to <paramref name="writer"/> as one
    /// value. This is what a generated <c>WriteJson(Utf8JsonWriter, …)</c> does.
    /// </summary>
    /// <typeparam name="TView">The generated view type.</typeparam>
    /// <param name="writer">The destination; its options decide indentation and escaping.</param>
    /// <param name="view">The view to write.</param>
    /// <param name="options">Enum names or numbers, active or all array entries.</param>
    public static void WriteView<TView>(Utf8JsonWriter writer, TView view, PageJsonOptions options)
        where TView : IStructView<TView>, allows ref struct
    {
        var json = Rent(writer);
        view.WriteJson(json, options);
        json.WriteTo(writer);
        Return(json);
    }

    /// <summary>
    /// Writes the properties of a view into an object <paramref name="writer"/> has open. This is what a generated
    /// <c>WriteJsonProperties(Utf8JsonWriter, …)</c> does.
    /// </summary>
    /// <typeparam name="TView">The generated view type.</typeparam>
    /// <param name="writer">The destination, positioned inside an object.</param>
    /// <param name="view">The view to write.</param>
    /// <param name="options">Enum names or numbers, active or all array entries.</param>
    public static void WriteViewProperties<TView>(Utf8JsonWriter writer, TView view, PageJsonOptions options)
        where TView : IStructView<TView>, allows ref struct
    {
        var json = Rent(writer);
        view.WriteJson(json, options);
        json.WritePropertiesTo(writer);
        Return(json);
    }

    /// <summary>Writes bytes through a metadata writer (<see cref="StructDescription.WriteJson(ReadOnlySpan{byte}, Utf8JsonWriter, PageJsonOptions)"/>).</summary>
    internal static void WriteBytes(Utf8JsonWriter writer, ReadOnlySpan<byte> bytes, ViewJsonWriter write, PageJsonOptions options)
    {
        var json = Rent(writer);
        write(bytes, json, options);
        json.WriteTo(writer);
        Return(json);
    }

    /// <summary>
    /// Writes the text to <paramref name="writer"/> as one value (it must be one complete JSON value). A compact
    /// writer gets the bytes as they are; an indented one gets them re-indented token by token, which allocates.
    /// </summary>
    /// <param name="writer">The destination, where a value may be written.</param>
    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (!writer.Options.Indented)
        {
            writer.WriteRawValue(WrittenSpan, skipInputValidation: true);
            return;
        }

        // Utf8JsonWriter does not indent inside raw values; a document written token by token is indented like
        // everything else the writer writes. Indented output is for people, so its cost does not matter.
        using var document = JsonDocument.Parse(_buffer.AsMemory(0, _length));
        document.WriteTo(writer);
    }

    /// <summary>
    /// Writes the properties of the object this text holds into an object <paramref name="writer"/> has open,
    /// each value as one raw value.
    /// </summary>
    /// <param name="writer">The destination, positioned inside an object.</param>
    public void WritePropertiesTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (writer.Options.Indented)
        {
            using var document = JsonDocument.Parse(_buffer.AsMemory(0, _length));
            foreach (var property in document.RootElement.EnumerateObject())
            {
                property.WriteTo(writer);
            }

            return;
        }

        var reader = new Utf8JsonReader(WrittenSpan);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new InvalidOperationException("The text written is not a JSON object.");
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            writer.WritePropertyName(reader.ValueSpan);
            reader.Read();
            var start = (int)reader.TokenStartIndex;
            reader.Skip();
            writer.WriteRawValue(WrittenSpan[start..(int)reader.BytesConsumed], skipInputValidation: true);
        }
    }

    /// <summary>Writes trusted JSON text as it is: punctuation, pre-encoded property names, literals.</summary>
    /// <param name="json">UTF-8 text that is valid where it is written.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void WriteRaw(ReadOnlySpan<byte> json)
    {
        if (_buffer.Length - _length < json.Length)
        {
            Grow(json.Length);
        }

        json.CopyTo(_buffer.AsSpan(_length));
        _length += json.Length;
    }

    /// <summary>
    /// At least <paramref name="sizeHint"/> free bytes at the end of the text, for a caller that formats trusted
    /// text in place (a run of names and numbers); <see cref="Advance"/> then adds what it wrote. The span is valid
    /// until the next call of any other method, which may move the buffer.
    /// </summary>
    /// <param name="sizeHint">The fewest bytes needed; the span is usually longer.</param>
    public Span<byte> GetSpan(int sizeHint)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sizeHint);
        return Reserve(Math.Max(sizeHint, 1));
    }

    /// <summary>Adds <paramref name="count"/> bytes written at the start of the span <see cref="GetSpan"/> returned to the text.</summary>
    /// <param name="count">The number of bytes written, at most the span's length.</param>
    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, _buffer.Length - _length);
        _length += count;
    }

    /// <summary>Writes one byte of trusted JSON text, such as <c>{</c>, <c>,</c> or <c>]</c>.</summary>
    /// <param name="json">An ASCII byte that is valid where it is written.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void WriteRaw(byte json)
    {
        if (_length == _buffer.Length)
        {
            Grow(1);
        }

        _buffer[_length++] = json;
    }

    /// <summary>
    /// Writes a pre-encoded property name with its colon (<c>"speed":</c>), preceded by a comma unless it is the
    /// first member of its object. For members written conditionally, or into an object someone else opened.
    /// </summary>
    /// <param name="nameAndColon">The quoted, escaped name followed by a colon.</param>
    public void WritePropertyName(ReadOnlySpan<byte> nameAndColon)
    {
        WriteCommaUnlessFirst();
        WriteRaw(nameAndColon);
    }

    /// <summary>Writes the comma that separates members or elements, unless the text ends where an object or array opens.</summary>
    public void WriteCommaUnlessFirst()
    {
        if (_length > 0 && _buffer[_length - 1] is not ((byte)'{' or (byte)'['))
        {
            WriteRaw((byte)',');
        }
    }

    /// <summary>Writes <c>true</c> or <c>false</c>.</summary>
    /// <param name="value">The value.</param>
    public void WriteBoolean(bool value) => WriteRaw(value ? "true"u8 : "false"u8);

    /// <summary>Writes <c>null</c>.</summary>
    public void WriteNull() => WriteRaw("null"u8);

    /// <summary>Writes an integer.</summary>
    /// <param name="value">The value.</param>
    public void WriteNumber(long value) => _length += JsonNumberText.FormatInteger(value, Reserve(MaxNumberLength));

    /// <summary>Writes an integer.</summary>
    /// <param name="value">The value.</param>
    public void WriteNumber(ulong value) => _length += JsonNumberText.FormatInteger(value, Reserve(MaxNumberLength));

    /// <summary>Writes an integer.</summary>
    /// <param name="value">The value.</param>
    public void WriteNumber(int value) => WriteNumber((long)value);

    /// <summary>Writes an integer.</summary>
    /// <param name="value">The value.</param>
    public void WriteNumber(uint value) => WriteNumber((long)value);

    /// <summary>
    /// Writes a float as its shortest round-trip text (the text <see cref="Utf8JsonWriter"/> gives it), or
    /// <c>null</c> for NaN and infinities, which JSON has no numbers for.
    /// </summary>
    /// <param name="value">The value.</param>
    public void WriteNumber(float value) => _length += JsonNumberText.Format(value, Reserve(MaxNumberLength));

    /// <summary>
    /// Writes a double as its shortest round-trip text (the text <see cref="Utf8JsonWriter"/> gives it), or
    /// <c>null</c> for NaN and infinities, which JSON has no numbers for.
    /// </summary>
    /// <param name="value">The value.</param>
    public void WriteNumber(double value) => _length += JsonNumberText.Format(value, Reserve(MaxNumberLength));

    /// <summary>
    /// Writes UTF-8 text as a JSON string: invalid sequences become U+FFFD and characters are escaped as
    /// <see cref="Encoder"/> escapes them.
    /// </summary>
    /// <param name="utf8">The text; it need not be valid UTF-8.</param>
    public void WriteString(ReadOnlySpan<byte> utf8)
    {
        // The encoder's own test, as Utf8JsonWriter asks it: valid text it would not change is copied between quotes.
        if ((_encoder ?? JavaScriptEncoder.Default).FindFirstCharacterToEncodeUtf8(utf8) < 0)
        {
            var destination = Reserve(utf8.Length + 2);
            destination[0] = (byte)'"';
            utf8.CopyTo(destination[1..]);
            destination[utf8.Length + 1] = (byte)'"';
            _length += utf8.Length + 2;
            return;
        }

        WriteEscapedString(utf8);
    }

    /// <summary>
    /// Writes a fixed-size C string (a <c>char[N]</c> member) as a JSON string: the bytes up to the first NUL, all
    /// of them when there is none, with invalid UTF-8 replaced by U+FFFD.
    /// </summary>
    /// <param name="raw">The member's bytes.</param>
    public void WriteFixedString(ReadOnlySpan<byte> raw) => WriteString(FixedString.Terminated(raw));

    /// <summary>
    /// Writes a fixed-size UTF-16LE string (a <c>wchar_t[N]</c> member) as a JSON string: the units up to the first
    /// NUL unit, all of them when there is none, with lone surrogates replaced by U+FFFD; escaped as any string.
    /// </summary>
    /// <param name="raw">The member's bytes.</param>
    public void WriteUtf16String(ReadOnlySpan<byte> raw)
    {
        var text = Utf16String.Terminated(raw);

        // A unit becomes at most 3 bytes of UTF-8 (a surrogate pair, two units, becomes 4).
        var maximum = text.Length / 2 * 3;
        byte[]? rented = null;
        var utf8 = maximum <= StackUtf8Bytes ? stackalloc byte[StackUtf8Bytes] : (rented = ArrayPool<byte>.Shared.Rent(maximum));
        var length = Utf16String.ToUtf8(text, utf8);
        WriteString(utf8[..length]);
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Writes the first <paramref name="count"/> elements as a JSON array of numbers.</summary>
    /// <typeparam name="T">A numeric element type.</typeparam>
    /// <param name="items">The array.</param>
    /// <param name="count">How many elements to write, at most <c>items.Length</c>.</param>
    public void WriteNumbers<T>(ValueArray<T> items, int count)
        where T : unmanaged, IUtf8SpanFormattable
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)count, (uint)items.Length, nameof(count));
        var destination = Reserve(2 + (count * (MaxNumberLength + 1)));
        _length += JsonNumberText.FormatArray(items, count, destination);
    }

    /// <summary>Writes the first <paramref name="rows"/> rows as a JSON array of arrays of numbers.</summary>
    /// <typeparam name="T">A numeric element type.</typeparam>
    /// <param name="items">The array.</param>
    /// <param name="rows">How many rows to write, at most <c>items.Length</c>.</param>
    public void WriteNumbers<T>(ValueArray2D<T> items, int rows)
        where T : unmanaged, IUtf8SpanFormattable
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)rows, (uint)items.Length, nameof(rows));
        WriteRaw((byte)'[');
        for (var row = 0; row < rows; row++)
        {
            if (row > 0)
            {
                WriteRaw((byte)',');
            }

            var cells = items[row];
            WriteNumbers(cells, cells.Length);
        }

        WriteRaw((byte)']');
    }

    /// <summary>Writes the first <paramref name="count"/> one-byte booleans as a JSON array of <c>true</c>/<c>false</c>.</summary>
    /// <param name="items">The array.</param>
    /// <param name="count">How many elements to write, at most <c>items.Length</c>.</param>
    public void WriteBooleans(ValueArray<bool> items, int count)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)count, (uint)items.Length, nameof(count));
        var destination = Reserve(2 + (count * 6));
        var length = 0;
        destination[length++] = (byte)'[';
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                destination[length++] = (byte)',';
            }

            var text = items[i] ? "true"u8 : "false"u8;
            text.CopyTo(destination[length..]);
            length += text.Length;
        }

        destination[length++] = (byte)']';
        _length += length;
    }

    /// <summary>
    /// A cleared writer of the current thread with <paramref name="writer"/>'s encoder. While one is out, a nested
    /// rent gets a new one. A writer not returned because something threw is simply collected.
    /// </summary>
    internal static RawJsonWriter Rent(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var json = t_spare ?? new RawJsonWriter();
        t_spare = null;
        json.Clear();
        json.Encoder = writer.Options.Encoder;
        return json;
    }

    /// <summary>Gives a rented writer back for the thread's next document.</summary>
    internal static void Return(RawJsonWriter json) => t_spare = json;

    /// <summary>At least <paramref name="size"/> free bytes at the end of the text; the caller advances the length.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Span<byte> Reserve(int size)
    {
        if (_buffer.Length - _length < size)
        {
            Grow(size);
        }

        return _buffer.AsSpan(_length);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Grow(int size)
    {
        var capacity = Math.Max(_buffer.Length * 2, _length + size);
        Array.Resize(ref _buffer, capacity);
    }

    /// <summary>Strings that need escaping or repair go through a real writer with the same encoder, so the text matches.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void WriteEscapedString(ReadOnlySpan<byte> utf8)
    {
        _escaped ??= new ArrayBufferWriter<byte>(256);
        _escaper ??= new Utf8JsonWriter(_escaped, new JsonWriterOptions { Encoder = _encoder, SkipValidation = true });
        _escaped.ResetWrittenCount();
        _escaper.Reset(_escaped);
        JsonValues.WriteText(_escaper, utf8);
        _escaper.Flush();
        WriteRaw(_escaped.WrittenSpan);
    }
}
