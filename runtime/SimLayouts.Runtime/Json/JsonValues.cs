using System;
using System.Buffers;
using System.ComponentModel;
using System.Text.Json;
using System.Text.Unicode;

namespace SimLayouts;

/// <summary>
/// Values from page bytes written through a <see cref="Utf8JsonWriter"/>: the cases where the bytes could make
/// the writer throw or write something that is not JSON are handled here, once.
/// </summary>
/// <remarks>
/// Public only because the generated JSON writers in any assembly call it; editors hide it from apps, which write
/// pages through the views' <c>WriteJson</c>.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonValues
{
    // Longest string decoded on the stack; the pages' strings are 15 to 64 bytes.
    private const int StackChars = 256;

    /// <summary>
    /// Writes a fixed-size C string: the bytes up to the first NUL (all of them when there is none), decoded
    /// as UTF-8 with invalid sequences replaced by U+FFFD. Control characters are escaped by the writer.
    /// </summary>
    public static void WriteString(Utf8JsonWriter writer, ReadOnlySpan<byte> raw) => WriteText(writer, FixedString.Terminated(raw));

    /// <summary>Writes UTF-8 text as a JSON string, with invalid sequences replaced by U+FFFD.</summary>
    internal static void WriteText(Utf8JsonWriter writer, ReadOnlySpan<byte> text)
    {
        if (Utf8.IsValid(text))
        {
            writer.WriteStringValue(text);
            return;
        }

        // UTF-8 never decodes to more UTF-16 units than it has bytes.
        char[]? rented = null;
        var chars = text.Length <= StackChars ? stackalloc char[StackChars] : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        Utf8.ToUtf16(text, chars, out _, out var written, replaceInvalidSequences: true);
        writer.WriteStringValue(chars[..written]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>How many entries of an array to write: the declared length, or the active count clamped to it.</summary>
    public static int Extent(PageJsonOptions options, long count, int length) =>
        options.Arrays == JsonArrayExtent.All ? length : (int)Math.Clamp(count, 0L, length);

    /// <summary>How many entries of an array to write when its count field is unsigned.</summary>
    public static int Extent(PageJsonOptions options, ulong count, int length) =>
        options.Arrays == JsonArrayExtent.All ? length : (int)Math.Min(count, (ulong)length);
}
