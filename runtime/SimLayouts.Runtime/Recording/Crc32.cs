using System;
using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SimLayouts.Recording;

/// <summary>CRC-32 (IEEE 802.3, reflected, as zlib and PNG compute it) for recording headers and frames.</summary>
/// <remarks>
/// Eight bytes per step ("slicing by 8"): table k holds the CRC of a byte followed by k zero bytes, so the CRCs of
/// eight bytes are looked up independently and combined with XOR, instead of eight dependent table lookups.
/// </remarks>
public static class Crc32
{
    private const uint Polynomial = 0xEDB88320u;

    // Eight tables of 256 entries, table k at offset 256 * k.
    private static readonly uint[] s_tables = CreateTables();

    /// <summary>The CRC-32 of <paramref name="data"/>.</summary>
    public static uint Compute(ReadOnlySpan<byte> data)
    {
        ref var tables = ref MemoryMarshal.GetArrayDataReference(s_tables);
        var crc = 0xFFFFFFFFu;
        while (data.Length >= 8)
        {
            var low = BinaryPrimitives.ReadUInt32LittleEndian(data) ^ crc;
            var high = BinaryPrimitives.ReadUInt32LittleEndian(data[4..]);
            crc = Entry(ref tables, 7, low & 0xFF) ^ Entry(ref tables, 6, (low >> 8) & 0xFF)
                ^ Entry(ref tables, 5, (low >> 16) & 0xFF) ^ Entry(ref tables, 4, low >> 24)
                ^ Entry(ref tables, 3, high & 0xFF) ^ Entry(ref tables, 2, (high >> 8) & 0xFF)
                ^ Entry(ref tables, 1, (high >> 16) & 0xFF) ^ Entry(ref tables, 0, high >> 24);
            data = data[8..];
        }

        foreach (var value in data)
        {
            crc = Entry(ref tables, 0, (crc ^ value) & 0xFF) ^ (crc >> 8);
        }

        return ~crc;
    }

    // Every index is a byte and every table number below 8: in range by construction.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Entry(ref uint tables, int table, uint index) => Unsafe.Add(ref tables, (table * 256) + (int)index);

    private static uint[] CreateTables()
    {
        var tables = new uint[8 * 256];
        for (uint index = 0; index < 256; index++)
        {
            var value = index;
            for (var bit = 0; bit < 8; bit++)
            {
                value = (value & 1) != 0 ? Polynomial ^ (value >> 1) : value >> 1;
            }

            tables[index] = value;
        }

        for (var table = 1; table < 8; table++)
        {
            for (var index = 0; index < 256; index++)
            {
                var previous = tables[((table - 1) * 256) + index];
                tables[(table * 256) + index] = tables[previous & 0xFF] ^ (previous >> 8);
            }
        }

        return tables;
    }
}
