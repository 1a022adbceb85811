using System;
using System.Buffers.Binary;
using System.Text;

namespace SimLayouts;

/// <summary>
/// Fixed-length, NUL-terminated UTF-16LE strings as Windows headers declare them (<c>wchar_t name[33]</c>, 2 bytes a
/// unit). Decoding never throws: the text ends at the first NUL unit or at the end of the array, whichever comes
/// first; a lone surrogate becomes U+FFFD, and an odd byte at the end (a slice that is not whole units) is ignored.
/// </summary>
public static class Utf16String
{
    /// <summary>The bytes of the units before the first NUL unit, or of every whole unit of <paramref name="raw"/> when it has none.</summary>
    public static ReadOnlySpan<byte> Terminated(ReadOnlySpan<byte> raw)
    {
        var units = raw.Length / 2;
        for (var i = 0; i < units; i++)
        {
            if (raw[2 * i] == 0 && raw[(2 * i) + 1] == 0)
            {
                return raw[..(2 * i)];
            }
        }

        return raw[..(2 * units)];
    }

    /// <summary>Decodes the string held in <paramref name="raw"/>, lone surrogates as U+FFFD.</summary>
    public static string Decode(ReadOnlySpan<byte> raw)
    {
        var text = Terminated(raw);
        if (text.IsEmpty)
        {
            return string.Empty;
        }

        // Each unit gives one char (a lone surrogate is replaced by one U+FFFD), so the length is known up front.
        var units = text.Length / 2;
        Span<char> chars = units <= 256 ? stackalloc char[units] : new char[units];
        for (var i = 0; i < units; i++)
        {
            chars[i] = (char)BinaryPrimitives.ReadUInt16LittleEndian(text.Slice(2 * i, 2));
        }

        ReplaceLoneSurrogates(chars);
        return new string(chars);
    }

    /// <summary>
    /// Writes <paramref name="value"/> as UTF-16LE into <paramref name="destination"/>, cut before a surrogate pair
    /// that would not fit whole so that a NUL unit always fits, and fills the rest with NULs. Lone surrogates in
    /// <paramref name="value"/> are written as U+FFFD, so what is written decodes to what was meant.
    /// </summary>
    public static void Encode(string? value, Span<byte> destination)
    {
        destination.Clear();
        var room = (destination.Length / 2) - 1;
        if (string.IsNullOrEmpty(value) || room < 1)
        {
            return;
        }

        var count = Math.Min(value.Length, room);
        if (count < value.Length && char.IsHighSurrogate(value[count - 1]) && char.IsLowSurrogate(value[count]))
        {
            count--;
        }

        for (var i = 0; i < count; i++)
        {
            var unit = value[i];
            if (char.IsSurrogate(unit) && !IsPaired(value.AsSpan(0, count), i))
            {
                unit = '\uFFFD';
            }

            BinaryPrimitives.WriteUInt16LittleEndian(destination.Slice(2 * i, 2), unit);
        }
    }

    /// <summary>
    /// Converts the units of <paramref name="text"/> (terminated already, see <see cref="Terminated"/>) to UTF-8 in
    /// <paramref name="destination"/>, which holds at least 3 bytes per unit; lone surrogates become U+FFFD.
    /// </summary>
    /// <returns>The number of bytes written.</returns>
    internal static int ToUtf8(ReadOnlySpan<byte> text, Span<byte> destination)
    {
        var written = 0;
        var units = text.Length / 2;
        for (var i = 0; i < units; i++)
        {
            var unit = (char)BinaryPrimitives.ReadUInt16LittleEndian(text.Slice(2 * i, 2));
            Rune rune;
            if (!char.IsSurrogate(unit))
            {
                rune = new Rune(unit);
            }
            else if (char.IsHighSurrogate(unit) && i + 1 < units
                     && (char)BinaryPrimitives.ReadUInt16LittleEndian(text.Slice(2 * (i + 1), 2)) is var low && char.IsLowSurrogate(low))
            {
                rune = new Rune(unit, low);
                i++;
            }
            else
            {
                rune = Rune.ReplacementChar;
            }

            written += rune.EncodeToUtf8(destination[written..]);
        }

        return written;
    }

    private static void ReplaceLoneSurrogates(Span<char> chars)
    {
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsSurrogate(chars[i]) && !IsPaired(chars, i))
            {
                chars[i] = '\uFFFD';
            }
        }
    }

    /// <summary>Whether the surrogate at <paramref name="index"/> is half of a high-low pair.</summary>
    private static bool IsPaired(ReadOnlySpan<char> chars, int index) => char.IsHighSurrogate(chars[index])
        ? index + 1 < chars.Length && char.IsLowSurrogate(chars[index + 1])
        : index > 0 && char.IsHighSurrogate(chars[index - 1]);
}

/// <summary>An array of fixed-length UTF-16 strings (<c>wchar_t names[8][33]</c>), decoded on access.</summary>
public readonly ref struct Utf16StringArray
{
    private readonly ReadOnlySpan<byte> _data;
    private readonly int _stride;

    /// <summary>Creates a view of <paramref name="length"/> strings of <paramref name="stringLength"/> units (2 bytes each).</summary>
    public Utf16StringArray(ReadOnlySpan<byte> data, int length, int stringLength, int stride)
    {
        _data = data;
        Length = length;
        StringLength = stringLength;
        _stride = stride;
    }

    /// <summary>The number of strings.</summary>
    public int Length { get; }

    /// <summary>The length of each string in 16-bit units, NUL included.</summary>
    public int StringLength { get; }

    /// <summary>String <paramref name="index"/>, decoded.</summary>
    public string this[int index] => Utf16String.Decode(GetBytes(index));

    /// <summary>The raw bytes of string <paramref name="index"/> (2 × <see cref="StringLength"/> of them).</summary>
    public ReadOnlySpan<byte> GetBytes(int index)
    {
        if ((uint)index >= (uint)Length)
        {
            ArrayIndex.Throw(index, Length);
        }

        return _data.Slice(index * _stride, 2 * StringLength);
    }

    /// <summary>Enumerates the decoded strings.</summary>
    public Enumerator GetEnumerator() => new(this);

    /// <summary>Enumerates a <see cref="Utf16StringArray"/>.</summary>
    public ref struct Enumerator
    {
        private readonly Utf16StringArray _array;
        private int _index;

        internal Enumerator(Utf16StringArray array)
        {
            _array = array;
            _index = -1;
        }

        /// <summary>The decoded string at the current position.</summary>
        public readonly string Current => _array[_index];

        /// <summary>Advances to the next string.</summary>
        public bool MoveNext() => ++_index < _array.Length;
    }
}

/// <summary>A writable <see cref="Utf16StringArray"/>.</summary>
public readonly ref struct WritableUtf16StringArray
{
    private readonly Span<byte> _data;
    private readonly int _stride;

    /// <summary>Creates a view of <paramref name="length"/> strings of <paramref name="stringLength"/> units (2 bytes each).</summary>
    public WritableUtf16StringArray(Span<byte> data, int length, int stringLength, int stride)
    {
        _data = data;
        Length = length;
        StringLength = stringLength;
        _stride = stride;
    }

    /// <summary>The number of strings.</summary>
    public int Length { get; }

    /// <summary>The length of each string in 16-bit units, NUL included.</summary>
    public int StringLength { get; }

    /// <summary>Reads or writes string <paramref name="index"/> (to write, hold the array in a local, or use <see cref="Set"/>).</summary>
    public string this[int index]
    {
        get => Utf16String.Decode(GetBytes(index));
        set => Utf16String.Encode(value, GetBytes(index));
    }

    /// <summary>Writes string <paramref name="index"/>: <c>writer.Names.Set(3, "x")</c> (the indexer of the property itself is CS1612).</summary>
    public void Set(int index, string? value) => Utf16String.Encode(value, GetBytes(index));

    /// <summary>The raw, writable bytes of string <paramref name="index"/>.</summary>
    public Span<byte> GetBytes(int index)
    {
        if ((uint)index >= (uint)Length)
        {
            ArrayIndex.Throw(index, Length);
        }

        return _data.Slice(index * _stride, 2 * StringLength);
    }

    /// <summary>A read-only view of the same bytes.</summary>
    public Utf16StringArray AsReadOnly() => new(_data, Length, StringLength, _stride);
}
