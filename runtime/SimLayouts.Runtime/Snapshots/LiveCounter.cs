using System;
using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Threading;

namespace SimLayouts.Snapshots;

/// <summary>Reads and writes a page's 32-bit consistency counter in live shared memory with volatile semantics.</summary>
internal static class LiveCounter
{
    /// <summary>Reads the little-endian counter at <paramref name="offset"/> as another process sees it right now.</summary>
    /// <remarks>A volatile (acquire) read: later reads of the page cannot move before it.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Read(ReadOnlySpan<byte> live, int offset)
    {
        ref var location = ref Unsafe.As<byte, uint>(ref MemoryMarshal.GetReference(live.Slice(offset, sizeof(uint))));
        var value = Volatile.Read(ref location);
        return BitConverter.IsLittleEndian ? value : BinaryPrimitives.ReverseEndianness(value);
    }

    /// <summary>Writes the counter at <paramref name="offset"/> with release semantics: earlier writes are visible first.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Write(Span<byte> live, int offset, uint value)
    {
        ref var location = ref Unsafe.As<byte, uint>(ref MemoryMarshal.GetReference(live.Slice(offset, sizeof(uint))));
        Volatile.Write(ref location, BitConverter.IsLittleEndian ? value : BinaryPrimitives.ReverseEndianness(value));
    }
}
