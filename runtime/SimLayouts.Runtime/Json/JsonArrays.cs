using System;
using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace SimLayouts;

/// <summary>
/// Arrays of numbers and booleans written as one raw JSON value: the elements are formatted straight into a
/// stack buffer with the same text <see cref="Utf8JsonWriter"/> gives each number (NaN and infinities as
/// <c>null</c>), so a 64-entry array costs one writer call instead of 64.
/// </summary>
public static class JsonArrays
{
    // The longest element text: a double such as -2.2250738585072014E-308 (24 bytes), plus its comma.
    private const int MaxElementBytes = 25;
    private const int StackBytes = 4096;

    /// <summary>Writes the first <paramref name="count"/> elements as a JSON array.</summary>
    public static void WriteNumbers<T>(Utf8JsonWriter writer, ValueArray<T> items, int count)
        where T : unmanaged, IUtf8SpanFormattable
    {
        ArgumentNullException.ThrowIfNull(writer);
        var needed = 2 + (count * MaxElementBytes);
        byte[]? rented = null;
        var buffer = needed <= StackBytes ? stackalloc byte[StackBytes] : (rented = ArrayPool<byte>.Shared.Rent(needed));
        var length = FormatRow(items, count, buffer);
        writer.WriteRawValue(buffer[..length], skipInputValidation: true);
        Return(rented);
    }

    /// <summary>Writes the first <paramref name="rows"/> rows as a JSON array of arrays.</summary>
    public static void WriteNumbers<T>(Utf8JsonWriter writer, ValueArray2D<T> items, int rows)
        where T : unmanaged, IUtf8SpanFormattable
    {
        ArgumentNullException.ThrowIfNull(writer);
        var needed = 2 + (rows * (3 + (items.Columns * MaxElementBytes)));
        byte[]? rented = null;
        var buffer = needed <= StackBytes ? stackalloc byte[StackBytes] : (rented = ArrayPool<byte>.Shared.Rent(needed));
        var length = 0;
        buffer[length++] = (byte)'[';
        for (var row = 0; row < rows; row++)
        {
            if (row > 0)
            {
                buffer[length++] = (byte)',';
            }

            var cells = items[row];
            length += FormatRow(cells, cells.Length, buffer[length..]);
        }

        buffer[length++] = (byte)']';
        writer.WriteRawValue(buffer[..length], skipInputValidation: true);
        Return(rented);
    }

    /// <summary>Writes the first <paramref name="count"/> one-byte booleans as a JSON array of <c>true</c>/<c>false</c>.</summary>
    public static void WriteBooleans(Utf8JsonWriter writer, ValueArray<bool> items, int count)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var needed = 2 + (count * 6);
        byte[]? rented = null;
        var buffer = needed <= StackBytes ? stackalloc byte[StackBytes] : (rented = ArrayPool<byte>.Shared.Rent(needed));
        var length = 0;
        buffer[length++] = (byte)'[';
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                buffer[length++] = (byte)',';
            }

            var text = items[i] ? "true"u8 : "false"u8;
            text.CopyTo(buffer[length..]);
            length += text.Length;
        }

        buffer[length++] = (byte)']';
        writer.WriteRawValue(buffer[..length], skipInputValidation: true);
        Return(rented);
    }

    private static int FormatRow<T>(ValueArray<T> items, int count, Span<byte> buffer)
        where T : unmanaged, IUtf8SpanFormattable
    {
        var length = 0;
        buffer[length++] = (byte)'[';
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                buffer[length++] = (byte)',';
            }

            length += Format(items[i], buffer[length..]);
        }

        buffer[length++] = (byte)']';
        return length;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Format<T>(T value, Span<byte> destination)
        where T : unmanaged, IUtf8SpanFormattable
    {
        // The type tests are constants per instantiation, so each T compiles to one branch-free path.
        if (typeof(T) == typeof(float))
        {
            var number = Unsafe.As<T, float>(ref value);
            if (!float.IsFinite(number))
            {
                return Null(destination);
            }

            if (JsonValues.IsExactSmallInteger(number))
            {
                return FormatInvariant((int)number, destination);
            }
        }
        else if (typeof(T) == typeof(double))
        {
            var number = Unsafe.As<T, double>(ref value);
            if (!double.IsFinite(number))
            {
                return Null(destination);
            }

            if (JsonValues.IsExactSmallInteger(number))
            {
                return FormatInvariant((int)number, destination);
            }
        }

        return FormatInvariant(value, destination);
    }

    private static int FormatInvariant<T>(T value, Span<byte> destination)
        where T : IUtf8SpanFormattable
    {
        value.TryFormat(destination, out var written, default, CultureInfo.InvariantCulture);
        return written;
    }

    private static int Null(Span<byte> destination)
    {
        "null"u8.CopyTo(destination);
        return 4;
    }

    private static void Return(byte[]? rented)
    {
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
