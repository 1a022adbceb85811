using System;
using System.Text;

namespace SimLayouts;

/// <summary>
/// Fixed-length, NUL-terminated 8-bit strings as C headers declare them (<c>char name[64]</c>).
/// Decoding never throws: the text ends at the first NUL or at the end of the array, whichever comes
/// first, and invalid UTF-8 becomes U+FFFD.
/// </summary>
public static class FixedString
{
    /// <summary>The bytes before the first NUL, or all of <paramref name="raw"/> when it has none.</summary>
    public static ReadOnlySpan<byte> Terminated(ReadOnlySpan<byte> raw)
    {
        var end = raw.IndexOf((byte)0);
        return end < 0 ? raw : raw[..end];
    }

    /// <summary>Decodes the string held in <paramref name="raw"/> as lossy UTF-8.</summary>
    public static string Decode(ReadOnlySpan<byte> raw)
    {
        var text = Terminated(raw);
        return text.IsEmpty ? string.Empty : Encoding.UTF8.GetString(text);
    }

    /// <summary>
    /// Writes <paramref name="value"/> as UTF-8 into <paramref name="destination"/>, cut at a character
    /// boundary so that a NUL always fits, and fills the rest with NULs.
    /// </summary>
    public static void Encode(string? value, Span<byte> destination)
    {
        destination.Clear();
        if (string.IsNullOrEmpty(value) || destination.Length < 2)
        {
            return;
        }

        var room = destination[..^1];
        var encoder = Encoding.UTF8.GetEncoder();
        encoder.Convert(value.AsSpan(), room, flush: true, out _, out _, out _);
    }
}

/// <summary>An array of fixed-length strings (e.g. <c>mCarNames[64][64]</c>), decoded on access.</summary>
public readonly ref struct FixedStringArray
{
    private readonly ReadOnlySpan<byte> _data;
    private readonly int _stride;

    /// <summary>Creates a view of <paramref name="length"/> strings of <paramref name="stringLength"/> bytes.</summary>
    public FixedStringArray(ReadOnlySpan<byte> data, int length, int stringLength, int stride)
    {
        _data = data;
        Length = length;
        StringLength = stringLength;
        _stride = stride;
    }

    /// <summary>The number of strings.</summary>
    public int Length { get; }

    /// <summary>The byte length of each string, NUL included.</summary>
    public int StringLength { get; }

    /// <summary>String <paramref name="index"/>, decoded.</summary>
    public string this[int index] => FixedString.Decode(GetBytes(index));

    /// <summary>The raw bytes of string <paramref name="index"/> (all <see cref="StringLength"/> of them).</summary>
    public ReadOnlySpan<byte> GetBytes(int index)
    {
        if ((uint)index >= (uint)Length)
        {
            ArrayIndex.Throw(index, Length);
        }

        return _data.Slice(index * _stride, StringLength);
    }

    /// <summary>Enumerates the decoded strings.</summary>
    public Enumerator GetEnumerator() => new(this);

    /// <summary>Enumerates a <see cref="FixedStringArray"/>.</summary>
    public ref struct Enumerator
    {
        private readonly FixedStringArray _array;
        private int _index;

        internal Enumerator(FixedStringArray array)
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

/// <summary>A writable <see cref="FixedStringArray"/>.</summary>
public readonly ref struct WritableFixedStringArray
{
    private readonly Span<byte> _data;
    private readonly int _stride;

    /// <summary>Creates a view of <paramref name="length"/> strings of <paramref name="stringLength"/> bytes.</summary>
    public WritableFixedStringArray(Span<byte> data, int length, int stringLength, int stride)
    {
        _data = data;
        Length = length;
        StringLength = stringLength;
        _stride = stride;
    }

    /// <summary>The number of strings.</summary>
    public int Length { get; }

    /// <summary>The byte length of each string, NUL included.</summary>
    public int StringLength { get; }

    /// <summary>Reads or writes string <paramref name="index"/> (to write, hold the array in a local, or use <see cref="Set"/>).</summary>
    public string this[int index]
    {
        get => FixedString.Decode(GetBytes(index));
        set => FixedString.Encode(value, GetBytes(index));
    }

    /// <summary>
    /// Writes string <paramref name="index"/>: <c>writer.CarNames.Set(3, "x")</c>. A string cannot be returned
    /// by reference, so assigning through the indexer of the property itself is CS1612; this is the way.
    /// </summary>
    public void Set(int index, string? value) => FixedString.Encode(value, GetBytes(index));

    /// <summary>The raw, writable bytes of string <paramref name="index"/>.</summary>
    public Span<byte> GetBytes(int index)
    {
        if ((uint)index >= (uint)Length)
        {
            ArrayIndex.Throw(index, Length);
        }

        return _data.Slice(index * _stride, StringLength);
    }

    /// <summary>A read-only view of the same bytes.</summary>
    public FixedStringArray AsReadOnly() => new(_data, Length, StringLength, _stride);
}
