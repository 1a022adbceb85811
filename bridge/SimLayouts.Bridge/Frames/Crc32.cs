using System;

namespace SimLayouts.Bridge.Frames;

/// <summary>
/// CRC-32 as zlib computes it (IEEE 802.3, reflected polynomial 0xEDB88320, initial value and final XOR 0xFFFFFFFF),
/// which the seed uses for class indexes. System.IO.Hashing is not on the package mirror, so it is written here.
/// </summary>
public static class Crc32
{
    private static readonly uint[] Table = CreateTable();

    /// <summary>The CRC-32 of <paramref name="bytes"/>, equal to Python's <c>zlib.crc32(bytes)</c>.</summary>
    public static uint Compute(ReadOnlySpan<byte> bytes)
    {
        var table = Table;
        var crc = 0xFFFFFFFFu;
        foreach (var value in bytes)
        {
            crc = table[(crc ^ value) & 0xFF] ^ (crc >> 8);
        }

        return crc ^ 0xFFFFFFFFu;
    }

    private static uint[] CreateTable()
    {
        var table = new uint[256];
        for (var index = 0u; index < 256; index++)
        {
            var entry = index;
            for (var bit = 0; bit < 8; bit++)
            {
                entry = (entry & 1) != 0 ? 0xEDB88320u ^ (entry >> 1) : entry >> 1;
            }

            table[index] = entry;
        }

        return table;
    }
}
