using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.ComponentModel;
using System.Text.Json;

namespace SimLayouts;

/// <summary>
/// The named values of one layout enum and their text: display strings, the header's names, parsing back from any
/// of those forms, and JSON. Each generated <c>{Enum}Extensions</c> class holds one, built from its tables, and
/// forwards to it, so these loops exist once for every enum. A value the layout does not name loses nothing: it
/// prints as <c>Unknown(n)</c>, parses back, and is written to JSON as its number.
/// </summary>
/// <typeparam name="TEnum">The generated enum.</typeparam>
/// <remarks>
/// Public only because generated code in any assembly (a project compiling its own layouts) calls it; apps use the
/// generated extensions instead, so editors hide it.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class EnumText<TEnum>
    where TEnum : struct, Enum
{
    // Enums whose named values span at most this many numbers find a value's index in a table; others search.
    private const int MaxDenseSpan = 256;

    private readonly string[] _names;
    private readonly string[] _nativeNames;
    private readonly ulong[] _bits;
    private readonly byte[][] _jsonNames;
    private readonly bool _isFlags;
    private readonly ulong _denseStart;
    private readonly int[] _denseIndex;
    private readonly ulong[] _sortedBits;
    private readonly int[] _sortedIndex;

    /// <summary>Creates the text of an enum from its tables; generated code calls this once per enum.</summary>
    /// <param name="values">Every value the layout names, in declaration order, without repeats.</param>
    /// <param name="names">The C# name of each value.</param>
    /// <param name="nativeNames">The header's name of each value.</param>
    /// <param name="isFlags">Whether the values are bit flags that combine (<c>[Flags]</c>).</param>
    /// <exception cref="ArgumentException">The three tables differ in length.</exception>
    public EnumText(TEnum[] values, string[] names, string[] nativeNames, bool isFlags = false)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(nativeNames);
        if (names.Length != values.Length || nativeNames.Length != values.Length)
        {
            throw new ArgumentException("Every value needs one name and one native name.", nameof(names));
        }

        _names = (string[])names.Clone();
        _nativeNames = (string[])nativeNames.Clone();
        _isFlags = isFlags;
        _bits = Array.ConvertAll(values, EnumBits<TEnum>.ToBits);
        _jsonNames = Array.ConvertAll(_names, name => (byte[])[(byte)'"', .. JsonEncodedText.Encode(name).EncodedUtf8Bytes, (byte)'"']);
        Values = Array.AsReadOnly((TEnum[])values.Clone());
        Names = Array.AsReadOnly(_names);
        NativeNames = Array.AsReadOnly(_nativeNames);

        _sortedBits = (ulong[])_bits.Clone();
        _sortedIndex = new int[_bits.Length];
        for (var i = 0; i < _sortedIndex.Length; i++)
        {
            _sortedIndex[i] = i;
        }

        Array.Sort(_sortedBits, _sortedIndex);
        (_denseStart, _denseIndex) = DenseIndex(_bits);
    }

    /// <summary>Every value the layout names, in declaration order.</summary>
    public ReadOnlyCollection<TEnum> Values { get; }

    /// <summary>The C# names of <see cref="Values"/>, in the same order.</summary>
    public ReadOnlyCollection<string> Names { get; }

    /// <summary>The header's names of <see cref="Values"/>, in the same order.</summary>
    public ReadOnlyCollection<string> NativeNames { get; }

    /// <summary>The position of <paramref name="value"/> in <see cref="Values"/>, or -1 when the layout does not name it.</summary>
    /// <param name="value">Any value, named or not.</param>
    public int IndexOf(TEnum value) => IndexOfBits(EnumBits<TEnum>.ToBits(value));

    /// <summary>The position of the value with these bits in <see cref="Values"/>, or -1.</summary>
    private int IndexOfBits(ulong bits)
    {
        var offset = bits - _denseStart;
        if (offset < (ulong)_denseIndex.Length)
        {
            return _denseIndex[offset];
        }

        if (_denseIndex.Length > 0)
        {
            return -1;
        }

        var at = Array.BinarySearch(_sortedBits, bits);
        return at >= 0 ? _sortedIndex[at] : -1;
    }

    /// <summary>
    /// The C# name of <paramref name="value"/>, or <c>Unknown(n)</c> for a value the layout does not name. Flags
    /// are the names of the set flags joined by <c> | </c>, with the bits no name covers as <c>Unknown(n)</c> at the
    /// end; no bit set is <c>0</c>.
    /// </summary>
    /// <param name="value">Any value, named or not.</param>
    public string ToDisplayString(TEnum value)
    {
        var bits = EnumBits<TEnum>.ToBits(value);
        var index = IndexOfBits(bits);
        if (index >= 0)
        {
            return _names[index];
        }

        if (!_isFlags)
        {
            return Unknown(bits);
        }

        var parts = new List<string>();
        var rest = bits;
        for (var i = 0; i < _bits.Length; i++)
        {
            if (IsSetFlag(_bits[i], rest))
            {
                parts.Add(_names[i]);
                rest &= ~_bits[i];
            }
        }

        if (rest != 0)
        {
            parts.Add(Unknown(rest));
        }

        return parts.Count == 0 ? "0" : string.Join(" | ", parts);
    }

    /// <summary>The header's name of <paramref name="value"/> (<c>GAME_EXITED</c>), or null for a value the layout does not name.</summary>
    /// <param name="value">Any value, named or not.</param>
    public string? ToNativeName(TEnum value) => IndexOf(value) is var index and >= 0 ? _nativeNames[index] : null;

    /// <summary>
    /// Parses a C# name or a header name (either ignoring case), <c>Unknown(n)</c> or a number of the enum's type;
    /// for flags also several of those joined by <c>|</c>. Parsing <see cref="ToDisplayString"/> gives the value back.
    /// </summary>
    /// <param name="text">The text; spaces around names and numbers are ignored.</param>
    /// <param name="value">The value read, or the default when the text is none of those forms.</param>
    /// <returns>Whether the text was read.</returns>
    public bool TryParse(string? text, out TEnum value)
    {
        value = default;
        if (text is null)
        {
            return false;
        }

        if (!_isFlags)
        {
            var parsed = TryParseOne(text, out var one);
            value = EnumBits<TEnum>.FromBits(one);
            return parsed;
        }

        var bits = 0UL;
        foreach (var part in text.Split('|'))
        {
            if (!TryParseOne(part, out var one))
            {
                return false;
            }

            bits |= one;
        }

        value = EnumBits<TEnum>.FromBits(bits);
        return true;
    }

    /// <summary>
    /// Writes <paramref name="value"/> as JSON without allocating: its name as a string (a value the layout does not
    /// name as its number); flags as the array of the set flags' names, the bits no name covers as one number at the
    /// end; with <see cref="JsonEnumFormat.Numbers"/> always the number.
    /// </summary>
    /// <param name="json">The text to append to.</param>
    /// <param name="value">Any value, named or not.</param>
    /// <param name="format">Names or numbers.</param>
    public void WriteJson(RawJsonWriter json, TEnum value, JsonEnumFormat format)
    {
        ArgumentNullException.ThrowIfNull(json);
        var bits = EnumBits<TEnum>.ToBits(value);
        if (format == JsonEnumFormat.Numbers)
        {
            EnumBits<TEnum>.WriteNumber(json, bits);
            return;
        }

        if (!_isFlags)
        {
            var index = IndexOfBits(bits);
            if (index >= 0)
            {
                json.WriteRaw(_jsonNames[index]);
            }
            else
            {
                EnumBits<TEnum>.WriteNumber(json, bits);
            }

            return;
        }

        json.WriteRaw((byte)'[');
        var rest = bits;
        for (var i = 0; i < _bits.Length; i++)
        {
            if (IsSetFlag(_bits[i], rest))
            {
                json.WriteCommaUnlessFirst();
                json.WriteRaw(_jsonNames[i]);
                rest &= ~_bits[i];
            }
        }

        if (rest != 0)
        {
            json.WriteCommaUnlessFirst();
            EnumBits<TEnum>.WriteNumber(json, rest);
        }

        json.WriteRaw((byte)']');
    }

    /// <summary>A named flag all of whose bits are still in <paramref name="rest"/> (a zero value is no flag).</summary>
    private static bool IsSetFlag(ulong flag, ulong rest) => flag != 0 && (rest & flag) == flag;

    private static string Unknown(ulong bits) => "Unknown(" + EnumBits<TEnum>.ToText(bits) + ")";

    /// <summary>
    /// A table from value to index when the named values span few numbers (most enums: 0, 1, 2, ...), so that
    /// <see cref="IndexOf"/> costs one load; otherwise none, and it searches.
    /// </summary>
    private static (ulong Start, int[] Index) DenseIndex(ulong[] bits)
    {
        if (bits.Length == 0)
        {
            return (0, []);
        }

        // In the signed order for signed enums: -1..2 is a span of 4, not of 2^64.
        var signed = EnumBits<TEnum>.IsSigned;
        var start = bits[0];
        var end = bits[0];
        foreach (var value in bits)
        {
            start = (signed ? (long)value < (long)start : value < start) ? value : start;
            end = (signed ? (long)value > (long)end : value > end) ? value : end;
        }

        if (end - start >= MaxDenseSpan)
        {
            return (0, []);
        }

        var index = new int[(int)(end - start) + 1];
        Array.Fill(index, -1);
        for (var i = bits.Length - 1; i >= 0; i--)
        {
            index[bits[i] - start] = i;
        }

        return (start, index);
    }

    /// <summary>One name, header name, <c>Unknown(n)</c> or number, ignoring case and spaces around it.</summary>
    private bool TryParseOne(string text, out ulong bits)
    {
        var name = text.Trim();
        for (var i = 0; i < _names.Length; i++)
        {
            if (string.Equals(name, _names[i], StringComparison.OrdinalIgnoreCase) || string.Equals(name, _nativeNames[i], StringComparison.OrdinalIgnoreCase))
            {
                bits = _bits[i];
                return true;
            }
        }

        if (name.StartsWith("Unknown(", StringComparison.OrdinalIgnoreCase) && name.EndsWith(')'))
        {
            name = name[8..^1];
        }

        return EnumBits<TEnum>.TryParse(name, out bits);
    }
}
