using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using NUnit.Framework;
using SimLayouts.Bridge.Frames;
using SimLayouts.Bridge.Tests.Infrastructure;

namespace SimLayouts.Bridge.Tests.Frames;

/// <summary>Strings are cleaned exactly as the seed's <c>c_string()</c> does, checked against python3 itself.</summary>
[TestFixture]
public sealed class SeedTextTests
{
    private const string PythonCleaner =
        "import sys\n" +
        "for line in sys.stdin.read().split():\n" +
        "    raw = bytes.fromhex(line[1:])\n" +
        "    text = raw.split(b'\\x00', 1)[0].decode('utf-8', errors='ignore').strip()\n" +
        "    print('=' + text.encode('utf-8').hex())\n";

    [Test]
    public void Whitespace_is_what_python_str_isspace_says_for_every_code_point()
    {
        var output = Python.Run(string.Empty, "-c", "import sys\nprint(' '.join(str(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()))");
        var python = output.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList();

        var ours = Enumerable.Range(0, 0x110000).Where(SeedText.IsPythonWhitespace).ToList();

        Assert.That(ours, Is.EqualTo(python));
    }

    [Test]
    public void Random_hostile_bytes_clean_like_python_decode_ignore_and_strip()
    {
        var random = new Random(6);
        // Bytes that make UTF-8 interesting: lead bytes of every length, continuations, invalid leads, whitespace.
        byte[] alphabet = [0x00, 0x09, 0x0A, 0x1C, 0x20, 0x41, 0x7F, 0x80, 0x85, 0x9F, 0xA0, 0xBF, 0xC0, 0xC2, 0xC3,
            0xDF, 0xE0, 0xE1, 0xE2, 0xE3, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF, 0x80, 0x80, 0xA0, 0x81];
        var inputs = new List<byte[]>();
        for (var index = 0; index < 4000; index++)
        {
            var bytes = new byte[random.Next(0, 65)];
            for (var position = 0; position < bytes.Length; position++)
            {
                bytes[position] = random.Next(3) == 0 ? (byte)random.Next(256) : alphabet[random.Next(alphabet.Length)];
            }

            inputs.Add(bytes);
        }

        inputs.Add(Encoding.UTF8.GetBytes("\u3000\u2028 Zoë 佐藤 🏁 \u0085\u001F"));
        AssertCleansLikePython(inputs);
    }

    [Test]
    public void Random_ascii_fields_clean_like_python()
    {
        // ASCII names take a path of their own: every byte is a character, whitespace included.
        var random = new Random(7);
        byte[] alphabet = [0x00, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B, 0x1C, 0x1D, 0x1E, 0x1F, 0x20, 0x20, 0x41, 0x61, 0x7F, 0x2E];
        var inputs = new List<byte[]>();
        for (var index = 0; index < 2000; index++)
        {
            var bytes = new byte[random.Next(0, 65)];
            for (var position = 0; position < bytes.Length; position++)
            {
                bytes[position] = random.Next(3) == 0 ? (byte)random.Next(128) : alphabet[random.Next(alphabet.Length)];
            }

            inputs.Add(bytes);
        }

        inputs.Add("  Max Verstappen\t"u8.ToArray());
        inputs.Add(" \x1c\x1f "u8.ToArray());
        AssertCleansLikePython(inputs);
    }

    [Test]
    public void Whole_64_byte_fields_clean_like_python()
    {
        // Pages hold char[64] fields, which take a vector path of their own: text, a NUL, then anything (the game's
        // leftovers); text with whitespace at either end, non-ASCII before or after the NUL, or no NUL at all.
        var random = new Random(8);
        byte[] ends = [0x09, 0x0D, 0x1C, 0x1F, 0x20, 0x41, 0x7A, 0x2E, 0xC3, 0xA9, 0xFF];
        var inputs = new List<byte[]>();
        for (var index = 0; index < 3000; index++)
        {
            var field = new byte[SeedText.MaxFieldLength];
            random.NextBytes(field);
            var length = random.Next(0, SeedText.MaxFieldLength + 1);
            for (var position = 0; position < length; position++)
            {
                field[position] = (byte)random.Next(0x21, 0x7F);
            }

            if (length > 0 && random.Next(3) == 0)
            {
                field[random.Next(2) == 0 ? 0 : length - 1] = ends[random.Next(ends.Length)];
            }

            if (length < SeedText.MaxFieldLength)
            {
                field[length] = 0;
            }

            inputs.Add(field);
        }

        AssertCleansLikePython(inputs);
    }

    private static void AssertCleansLikePython(List<byte[]> inputs)
    {
        var standardInput = string.Join('\n', inputs.Select(bytes => "=" + Convert.ToHexStringLower(bytes)));
        var expected = Python.Run(standardInput, "-c", PythonCleaner).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(expected, Has.Length.EqualTo(inputs.Count));

        var mismatches = new List<string>();
        Span<byte> cleaned = stackalloc byte[SeedText.MaxFieldLength];
        for (var index = 0; index < inputs.Count; index++)
        {
            var ours = "=" + Convert.ToHexStringLower(cleaned[..SeedText.Clean(inputs[index], cleaned)]);
            if (ours != expected[index])
            {
                mismatches.Add(string.Create(CultureInfo.InvariantCulture, $"{Convert.ToHexString(inputs[index])}: python {expected[index]}, ours {ours}"));
            }
        }

        Assert.That(mismatches, Is.Empty, () => string.Join('\n', mismatches.Take(10)));
    }

    [Test]
    public void A_full_64_byte_field_without_nul_is_kept_whole()
    {
        var raw = Enumerable.Repeat((byte)'x', 64).ToArray();
        Span<byte> cleaned = stackalloc byte[SeedText.MaxFieldLength];

        Assert.That(SeedText.Clean(raw, cleaned), Is.EqualTo(64));
    }
}
