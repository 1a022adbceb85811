using System;
using System.Buffers;
using System.Buffers.Binary;
using System.Linq;
using System.Text.Json;
using SimLayouts.AcEvo;
using SimLayouts.Pcars2;

namespace SimLayouts.Runtime.Tests.Json;

/// <summary>
/// Any bytes give valid JSON: the writers must not throw or write something a parser rejects, whatever a
/// crashed game, a bridge bug or a hostile process leaves in the page.
/// </summary>
public sealed class JsonRobustnessTests
{
    private const int RandomPagesPerLayout = 1500;

    [Test]
    public void Thousands_of_random_and_hostile_pages_of_every_layout_parse_back()
    {
        var random = new Random(20261121);
        var buffer = new ArrayBufferWriter<byte>();
        var written = 0;
        foreach (var (name, size, write) in PageJson.Pages)
        {
            // Big pages (rFactor 2 telemetry: 241,680 bytes, 128 cars) get fewer random pages, never fewer than 100.
            var count = Math.Clamp(20_000_000 / size, 100, RandomPagesPerLayout);
            foreach (var page in HostilePages(size).Concat(RandomPages(random, size, count)))
            {
                foreach (var options in Options)
                {
                    buffer.ResetWrittenCount();
                    using (var writer = new Utf8JsonWriter(buffer))
                    {
                        write(page, writer, options);
                    }

                    try
                    {
                        using var document = JsonDocument.Parse(buffer.WrittenMemory);
                        Assert.That(document.RootElement.ValueKind, Is.EqualTo(JsonValueKind.Object));
                    }
                    catch (JsonException e)
                    {
                        Assert.Fail($"{name}: invalid JSON for a {page.Length}-byte page ({e.Message})");
                    }

                    written++;
                }
            }
        }

        Assert.That(written, Is.GreaterThan(4 * RandomPagesPerLayout));
    }

    [Test]
    public void NaN_and_infinities_are_written_as_null()
    {
        var page = new byte[SharedMemoryView.Size];
        var writer = new SharedMemoryWritableView(page);
        writer.Speed = float.NaN;
        writer.Rpm = float.PositiveInfinity;
        writer.Speeds[0] = float.NegativeInfinity;
        writer.NumParticipants = 1;

        using var json = PageJson.Pcars2(page);

        Assert.That(json.RootElement.GetProperty("speed").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(json.RootElement.GetProperty("rpm").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(json.RootElement.GetProperty("speeds")[0].ValueKind, Is.EqualTo(JsonValueKind.Null));
    }

    [Test]
    public void Strings_decode_lossily_use_the_whole_array_without_a_nul_and_escape_control_characters()
    {
        var page = new byte[SharedMemoryView.Size];
        var writer = new SharedMemoryWritableView(page);
        new byte[] { (byte)'A', 0xC3, 0x28, (byte)'B', 0xFF }.CopyTo(writer.CarNameBytes);
        writer.CarClassNameBytes.Fill((byte)'x');
        new byte[] { (byte)'"', (byte)'\\', 0x01, (byte)'\n', 0x1F }.CopyTo(writer.TrackLocationBytes);

        using var json = PageJson.Pcars2(page);
        var root = json.RootElement;

        Assert.That(root.GetProperty("carName").GetString(), Is.EqualTo("A\uFFFD(B\uFFFD"));
        Assert.That(root.GetProperty("carClassName").GetString(), Is.EqualTo(new string('x', 64)));
        Assert.That(root.GetProperty("trackLocation").GetString(), Is.EqualTo("\"\\\u0001\n\u001F"));
        Assert.That(root.GetProperty("trackVariation").GetString(), Is.Empty);
    }

    [Test]
    public void A_page_shorter_than_any_revision_writes_the_members_it_holds()
    {
        foreach (var (name, size, write) in PageJson.Pages)
        {
            foreach (var length in new[] { 0, 1, 7, size / 2, size - 1 })
            {
                using var json = PageJson.Parse(writer => write(new byte[length], writer, default));
                Assert.That(json.RootElement.ValueKind, Is.EqualTo(JsonValueKind.Object), $"{name} at {length} bytes");
            }
        }
    }

    private static readonly PageJsonOptions[] Options =
    [
        default,
        new() { Enums = JsonEnumFormat.Numbers, Arrays = JsonArrayExtent.All },
    ];

    private static System.Collections.Generic.IEnumerable<byte[]> RandomPages(Random random, int size, int count)
    {
        for (var i = 0; i < count; i++)
        {
            // Mostly full pages, some cut short (a smaller mapping, an older revision).
            var page = new byte[i % 10 == 0 ? random.Next(size) : size];
            random.NextBytes(page);
            yield return page;
        }
    }

    /// <summary>Patterns random bytes rarely hit: every float NaN or infinite, every byte invalid UTF-8 or a control character.</summary>
    private static System.Collections.Generic.IEnumerable<byte[]> HostilePages(int size)
    {
        foreach (var word in new uint[] { 0x7FC00000, 0xFFC00001, 0x7F800000, 0xFF800000, 0xFFFFFFFF, 0x80000000, 0x7FFFFFFF })
        {
            var page = new byte[size];
            for (var offset = 0; offset + 4 <= size; offset += 4)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(page.AsSpan(offset), word);
            }

            yield return page;
        }

        // 0xD8 and 0xDC: UTF-16 strings of lone high or low surrogates (0xD8D8, 0xDCDC).
        foreach (var fill in new byte[] { 0x00, 0x80, 0xC3, 0xED, 0xF4, 0xFF, 0x01, 0x1F, 0x22, 0x5C, 0xD8, 0xDC })
        {
            yield return Enumerable.Repeat(fill, size).ToArray();
        }

        // A lead byte whose continuation is cut by the end of the string.
        yield return Enumerable.Range(0, size).Select(i => i % 3 == 2 ? (byte)0xE2 : (byte)'a').ToArray();
    }
}
