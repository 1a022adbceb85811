using System;
using System.IO.Hashing;
using System.Linq;
using System.Text;
using NUnit.Framework;
using SimLayouts.Bridge.Tests.Infrastructure;

namespace SimLayouts.Bridge.Tests.Frames;

/// <summary>
/// The class index is zlib.crc32 of the class name, as the seed computes it; System.IO.Hashing's Crc32 gives it: the
/// standard check values, and python3's zlib on random data.
/// </summary>
[TestFixture]
public sealed class Crc32Tests
{
    [TestCase("", 0x00000000u)]
    [TestCase("a", 0xE8B7BE43u)]
    [TestCase("123456789", 0xCBF43926u)]
    [TestCase("The quick brown fox jumps over the lazy dog", 0x414FA339u)]
    [TestCase("GT3", 0xEB93BB11u)]
    public void Matches_zlib(string text, uint expected) =>
        Assert.That(Crc32.HashToUInt32(Encoding.UTF8.GetBytes(text)), Is.EqualTo(expected));

    [Test]
    public void Matches_zlib_on_random_data_of_every_length_up_to_100_bytes_and_on_a_whole_page()
    {
        // Every length up to 100 covers the vectorised path, its tail and the short inputs that skip it.
        var random = new Random(32);
        var inputs = Enumerable.Range(0, 101).Select(length => RandomBytes(random, length)).Append(RandomBytes(random, 20_700)).ToList();
        var script = "import sys, zlib\nfor line in sys.stdin.read().split():\n    print(zlib.crc32(bytes.fromhex(line[1:])))\n";

        var expected = Python.Run(string.Join('\n', inputs.Select(bytes => "=" + Convert.ToHexStringLower(bytes))), "-c", script)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(uint.Parse).ToList();

        Assert.That(inputs.Select(bytes => Crc32.HashToUInt32(bytes)).ToList(), Is.EqualTo(expected));
    }

    private static byte[] RandomBytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }
}
