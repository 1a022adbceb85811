using System;
using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SimLayouts;

/// <summary>
/// Generic little-endian element access for the array views. The type tests fold away when the JIT
/// specialises each instantiation, so a read costs what a BinaryPrimitives call costs.
/// </summary>
internal static class LittleEndian
{
    /// <summary>
    /// Reads one <typeparamref name="T"/> at <paramref name="offset"/> bytes past <paramref name="start"/> with no
    /// bounds check: callers have proven the element lies inside their span (the array views check their
    /// extent once, in their constructor, and the index on each access).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static T ReadUnchecked<T>(ref byte start, int offset)
        where T : unmanaged
    {
        ref var at = ref Unsafe.Add(ref start, offset);
        if (typeof(T) == typeof(bool))
        {
            var flag = at != 0;
            return Unsafe.As<bool, T>(ref flag);
        }

        var value = Unsafe.ReadUnaligned<T>(ref at);
        return BitConverter.IsLittleEndian ? value : Reverse(value);
    }

    /// <summary>Throws unless <paramref name="length"/> elements <paramref name="stride"/> bytes apart fit in <paramref name="available"/> bytes.</summary>
    internal static void EnsureFits<T>(int available, int length, int stride)
        where T : unmanaged
    {
        if (length < 0 || stride < Unsafe.SizeOf<T>() || (length > 0 && ((long)(length - 1) * stride) + Unsafe.SizeOf<T>() > available))
        {
            throw new ArgumentOutOfRangeException(nameof(length), $"{length} elements of {Unsafe.SizeOf<T>()} bytes, {stride} apart, do not fit in {available} bytes.");
        }
    }

    private static T Reverse<T>(T value)
        where T : unmanaged
    {
        switch (Unsafe.SizeOf<T>())
        {
            case 2:
                var u16 = BinaryPrimitives.ReverseEndianness(Unsafe.As<T, ushort>(ref value));
                return Unsafe.As<ushort, T>(ref u16);
            case 4:
                var u32 = BinaryPrimitives.ReverseEndianness(Unsafe.As<T, uint>(ref value));
                return Unsafe.As<uint, T>(ref u32);
            case 8:
                var u64 = BinaryPrimitives.ReverseEndianness(Unsafe.As<T, ulong>(ref value));
                return Unsafe.As<ulong, T>(ref u64);
            default:
                return value;
        }
    }
}
