using System.Text;
using NUnit.Framework;
using SimLayouts.Recording;

namespace SimLayouts.Bridge.Tests.Frames;

/// <summary>The class-index CRC-32 equals zlib.crc32 on the standard check values.</summary>
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
}
