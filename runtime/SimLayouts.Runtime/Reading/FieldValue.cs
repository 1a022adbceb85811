using System;
using System.Buffers.Binary;

namespace SimLayouts.Reading;

/// <summary>Reads a scalar integer field described by metadata, for checks that must work for any layout.</summary>
internal static class FieldValue
{
    /// <summary>Whether <paramref name="field"/> is a single integer (or bool) this class can read.</summary>
    public static bool IsInteger(LayoutField field) =>
        field.Dims.Count == 0 && field.Type is "u8" or "i8" or "u16" or "i16" or "u32" or "i32" or "u64" or "i64" or "bool";

    /// <summary>Reads <paramref name="field"/> from <paramref name="page"/>, or returns false when the page is too short.</summary>
    public static bool TryReadInteger(ReadOnlySpan<byte> page, LayoutField field, out long value)
    {
        value = 0;
        if (field.Offset < 0 || field.Offset + field.Size > page.Length)
        {
            return false;
        }

        var bytes = page.Slice(field.Offset, field.Size);
        value = field.Type switch
        {
            "u8" or "bool" => bytes[0],
            "i8" => (sbyte)bytes[0],
            "u16" => BinaryPrimitives.ReadUInt16LittleEndian(bytes),
            "i16" => BinaryPrimitives.ReadInt16LittleEndian(bytes),
            "u32" => BinaryPrimitives.ReadUInt32LittleEndian(bytes),
            "i32" => BinaryPrimitives.ReadInt32LittleEndian(bytes),
            "u64" or "i64" => BinaryPrimitives.ReadInt64LittleEndian(bytes),
            _ => 0,
        };
        return IsInteger(field);
    }
}
