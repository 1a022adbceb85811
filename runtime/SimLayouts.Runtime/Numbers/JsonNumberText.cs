using System;
using System.Buffers.Text;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace SimLayouts.Numbers;

/// <summary>
/// Number text for JSON, straight into a byte span: the text <see cref="System.Text.Json.Utf8JsonWriter"/> gives a
/// number, except that NaN and infinities, which JSON cannot hold, become <c>null</c>.
/// </summary>
internal static class JsonNumberText
{
    /// <summary>
    /// Formats a float; <paramref name="destination"/> is free space of at least
    /// <see cref="ShortestNumberText.FormatBufferLength"/> bytes, which may be overwritten after the text.
    /// </summary>
    /// <returns>The number of bytes written.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Format(float value, Span<byte> destination)
    {
        if (!float.IsFinite(value))
        {
            return Null(destination);
        }

        return ShortestNumberText.Format(value, destination);
    }

    /// <summary>
    /// Formats a double; <paramref name="destination"/> is free space of at least
    /// <see cref="ShortestNumberText.FormatBufferLength"/> bytes, which may be overwritten after the text.
    /// </summary>
    /// <returns>The number of bytes written.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Format(double value, Span<byte> destination)
    {
        if (!double.IsFinite(value))
        {
            return Null(destination);
        }

        return ShortestNumberText.Format(value, destination);
    }

    /// <summary>Formats the first <paramref name="count"/> elements as a JSON array.</summary>
    /// <returns>The number of bytes written.</returns>
    public static int FormatArray<T>(ValueArray<T> items, int count, Span<byte> destination)
        where T : unmanaged, IUtf8SpanFormattable
    {
        var length = 0;
        destination[length++] = (byte)'[';
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                destination[length++] = (byte)',';
            }

            length += Format(items[i], destination[length..]);
        }

        destination[length++] = (byte)']';
        return length;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Format<T>(T value, Span<byte> destination)
        where T : unmanaged, IUtf8SpanFormattable
    {
        // The type tests are constants per instantiation, so each T compiles to its own path.
        if (typeof(T) == typeof(float))
        {
            return Format(Unsafe.As<T, float>(ref value), destination);
        }

        if (typeof(T) == typeof(double))
        {
            return Format(Unsafe.As<T, double>(ref value), destination);
        }

        if (typeof(T) == typeof(int))
        {
            return FormatInteger(Unsafe.As<T, int>(ref value), destination);
        }

        if (typeof(T) == typeof(uint))
        {
            return FormatInteger(Unsafe.As<T, uint>(ref value), destination);
        }

        if (typeof(T) == typeof(short))
        {
            return FormatInteger(Unsafe.As<T, short>(ref value), destination);
        }

        if (typeof(T) == typeof(ushort))
        {
            return FormatInteger(Unsafe.As<T, ushort>(ref value), destination);
        }

        if (typeof(T) == typeof(byte))
        {
            return FormatInteger(Unsafe.As<T, byte>(ref value), destination);
        }

        if (typeof(T) == typeof(sbyte))
        {
            return FormatInteger(Unsafe.As<T, sbyte>(ref value), destination);
        }

        if (typeof(T) == typeof(long))
        {
            return FormatInteger(Unsafe.As<T, long>(ref value), destination);
        }

        if (typeof(T) == typeof(ulong))
        {
            return FormatInteger(Unsafe.As<T, ulong>(ref value), destination);
        }

        return FormatInvariant(value, destination);
    }

    /// <summary>Formats an integer; single digits, the zeros of empty slots above all, skip the general formatter.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int FormatInteger(long value, Span<byte> destination)
    {
        if ((ulong)value < 10)
        {
            destination[0] = (byte)('0' + value);
            return 1;
        }

        return FormatLongInteger(value, destination);
    }

    /// <summary>Formats an unsigned integer, through <see cref="FormatInteger(long, Span{byte})"/> when it fits a long.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int FormatInteger(ulong value, Span<byte> destination) =>
        value <= long.MaxValue ? FormatInteger((long)value, destination) : FormatLargeUnsigned(value, destination);

    // Kept out of line: inlined, the formatter's format dispatch would be copied into every generated member write.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int FormatLongInteger(long value, Span<byte> destination)
    {
        Utf8Formatter.TryFormat(value, destination, out var written);
        return written;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int FormatLargeUnsigned(ulong value, Span<byte> destination)
    {
        Utf8Formatter.TryFormat(value, destination, out var written);
        return written;
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
}
