using System;
using System.Buffers.Binary;

namespace SimLayouts.Bridge.Members;

/// <summary>Reads one element of a value member out of a page's bytes by its metadata, for code that handles every game alike.</summary>
internal static class MemberValue
{
    /// <summary>The kind of <paramref name="field"/>'s elements.</summary>
    public static ValueKind KindOf(LayoutField field) => field.Type switch
    {
        "bool" => ValueKind.Boolean,
        "i8" => ValueKind.Int8,
        "u8" => ValueKind.UInt8,
        "i16" => ValueKind.Int16,
        "u16" => ValueKind.UInt16,
        "i32" => ValueKind.Int32,
        "u32" => ValueKind.UInt32,
        "i64" => ValueKind.Int64,
        "u64" => ValueKind.UInt64,
        "f32" => ValueKind.Float32,
        "f64" => ValueKind.Float64,
        "string" when field.ElementSize == 1 => ValueKind.Text,
        "string" when field.ElementSize == 2 => ValueKind.Utf16Text,
        _ => ValueKind.Unknown,
    };

    /// <summary>Bytes of one element of <paramref name="kind"/> (a text's length comes from its field).</summary>
    public static int SizeOf(ValueKind kind) => kind switch
    {
        ValueKind.Boolean or ValueKind.Int8 or ValueKind.UInt8 => 1,
        ValueKind.Int16 or ValueKind.UInt16 => 2,
        ValueKind.Int32 or ValueKind.UInt32 or ValueKind.Float32 => 4,
        ValueKind.Int64 or ValueKind.UInt64 or ValueKind.Float64 => 8,
        _ => 0,
    };

    /// <summary>
    /// Reads a number (or a boolean as 0/1) at <paramref name="offset"/>; false when the page is too short to hold it
    /// (an older revision) or the kind is not a number.
    /// </summary>
    public static bool TryReadNumber(ReadOnlySpan<byte> page, int offset, ValueKind kind, out double value)
    {
        value = 0;
        if (!TryReadInteger(page, offset, kind, out var integer))
        {
            var size = SizeOf(kind);
            if (offset < 0 || size == 0 || offset + size > page.Length)
            {
                return false;
            }

            var bytes = page.Slice(offset, size);
            switch (kind)
            {
                case ValueKind.Float32:
                    value = BinaryPrimitives.ReadSingleLittleEndian(bytes);
                    return true;
                case ValueKind.Float64:
                    value = BinaryPrimitives.ReadDoubleLittleEndian(bytes);
                    return true;
                case ValueKind.UInt64:
                    value = BinaryPrimitives.ReadUInt64LittleEndian(bytes);
                    return true;
                default:
                    return false;
            }
        }

        value = integer;
        return true;
    }

    /// <summary>Reads an integer kind (booleans as 0/1; <c>u64</c> above <see cref="long.MaxValue"/> wraps) at <paramref name="offset"/>.</summary>
    public static bool TryReadInteger(ReadOnlySpan<byte> page, int offset, ValueKind kind, out long value)
    {
        value = 0;
        var size = SizeOf(kind);
        if (offset < 0 || size == 0 || offset + size > page.Length || kind is ValueKind.Float32 or ValueKind.Float64)
        {
            return false;
        }

        var bytes = page.Slice(offset, size);
        value = kind switch
        {
            ValueKind.Boolean => bytes[0] != 0 ? 1 : 0,
            ValueKind.Int8 => (sbyte)bytes[0],
            ValueKind.UInt8 => bytes[0],
            ValueKind.Int16 => BinaryPrimitives.ReadInt16LittleEndian(bytes),
            ValueKind.UInt16 => BinaryPrimitives.ReadUInt16LittleEndian(bytes),
            ValueKind.Int32 => BinaryPrimitives.ReadInt32LittleEndian(bytes),
            ValueKind.UInt32 => BinaryPrimitives.ReadUInt32LittleEndian(bytes),
            _ => BinaryPrimitives.ReadInt64LittleEndian(bytes),
        };
        return true;
    }

    /// <summary>Whether <paramref name="kind"/> is a string of either encoding.</summary>
    public static bool IsText(ValueKind kind) => kind is ValueKind.Text or ValueKind.Utf16Text;

    /// <summary>
    /// The bytes of a text element of <paramref name="length"/> bytes up to its NUL (a NUL unit for UTF-16), or false when
    /// the page is too short.
    /// </summary>
    public static bool TryReadText(ReadOnlySpan<byte> page, int offset, int length, ValueKind kind, out ReadOnlySpan<byte> text)
    {
        text = default;
        if (offset < 0 || offset + length > page.Length)
        {
            return false;
        }

        var raw = page.Slice(offset, length);
        text = kind == ValueKind.Utf16Text ? Utf16String.Terminated(raw) : FixedString.Terminated(raw);
        return true;
    }

    /// <summary>Decodes text read by <see cref="TryReadText"/>: lossy UTF-8, or UTF-16LE with lone surrogates as U+FFFD.</summary>
    public static string DecodeText(ReadOnlySpan<byte> text, ValueKind kind) =>
        kind == ValueKind.Utf16Text ? Utf16String.Decode(text) : System.Text.Encoding.UTF8.GetString(text);
}
