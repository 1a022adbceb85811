using System;
using System.Linq;
using System.Text;
using NUnit.Framework;
using SimLayouts.Bridge.Tests.Infrastructure;
using SimLayouts.Recording;

namespace SimLayouts.Bridge.Tests.Frames;

/// <summary>The class-index CRC-32 equals zlib.crc32: the standard check values, and python3's zlib on random data.</summary>
[TestFixture]
public sealed class Crc32Tests
{
    [TestCase("", 0x00000000u)]
    [TestCase("a", 0xE8B7BE43u)]
    [TestCase("123456789", 0xCBF43926u)]
    [TestCase("The quick brown fox jumps over the lazy dog", 0x414FA339u)]
    [TestCase("GT3", 0xEB93BB11u)]
    public void Matches_zlib(string text, uint expected) =>
        Assert.That(Crc32.Compute(Encoding.UTF8.GetBytes(text)), Is.EqualTo(expected));

    [Test]
    public void Matches_zlib_on_random_data_of_every_length_up_to_100_bytes_and_on_a_whole_page()
    {
        // Eight bytes at a time, then one at a time: every length exercises a different split of the two.
        var random = new Random(32);
        var inputs = Enumerable.Range(0, 101).Select(length => RandomBytes(random, length)).Append(RandomBytes(random, 20_700)).ToList();
        var script = "import sys, zlib\nfor line in sys.stdin.read().split():\n    print(zlib.crc32(bytes.fromhex(line[1:])))\n";

        var expected = Python.Run(string.Join('\n', inputs.Select(bytes => "=" + Convert.ToHexStringLower(bytes))), "-c", script)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(uint.Parse).ToList();

        Assert.That(inputs.Select(bytes => Crc32.Compute(bytes)).ToList(), Is.EqualTo(expected));
    }

    private static byte[] RandomBytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }
}
