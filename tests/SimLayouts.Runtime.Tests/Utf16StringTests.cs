using System;
using System.Buffers;
using System.Text;
using System.Text.Json;
using SimLayouts.Acc;
using SimLayouts.Runtime.Tests.Infrastructure;

namespace SimLayouts.Runtime.Tests;

/// <summary>
/// UTF-16 strings (<c>wchar_t[N]</c> of the Assetto Corsa family): decoded to the first NUL unit, lone surrogates as
/// U+FFFD, encoded with a NUL that always fits, written to JSON like any string, without allocating.
/// </summary>
public sealed class Utf16StringTests
{
    [TestCase("")]
    [TestCase("Spa")]
    [TestCase("Nürburgring Nordschleife")]
    [TestCase("Ærø Łódź 東京 🏁")]
    public void A_string_that_fits_round_trips(string text)
    {
        var bytes = new byte[66];
        Utf16String.Encode(text, bytes);

        Assert.That(Utf16String.Decode(bytes), Is.EqualTo(text));
        Assert.That(bytes.AsSpan(2 * text.Length).IndexOfAnyExcept((byte)0), Is.EqualTo(-1), "the rest is NUL-filled");
    }

    [Test]
    public void Decoding_stops_at_the_first_nul_unit_not_at_a_zero_byte()
    {
        // 'Ā' is 0x0100: its high byte is zero, a byte-wise reader would stop in the middle of it.
        var bytes = new byte[] { 0x00, 0x01, (byte)'b', 0x00, 0x00, 0x00, (byte)'z', 0x00 };

        Assert.That(Utf16String.Decode(bytes), Is.EqualTo("Āb"));
        Assert.That(Utf16String.Terminated(bytes).Length, Is.EqualTo(4));
    }

    [Test]
    public void A_full_array_without_nul_is_read_whole_and_an_odd_trailing_byte_is_ignored()
    {
        var bytes = Encoding.Unicode.GetBytes(new string('x', 33));
        Assert.That(Utf16String.Decode(bytes), Has.Length.EqualTo(33));
        Assert.That(Utf16String.Decode(bytes.AsSpan(0, 5)), Is.EqualTo("xx"));
    }

    [Test]
    public void Lone_surrogates_decode_as_replacement_characters_and_pairs_stay_whole()
    {
        var bytes = Units(0xD800, 'a', 0xDC00, 0xD83C, 0xDFC1, 0xD83C);

        Assert.That(Utf16String.Decode(bytes), Is.EqualTo("\uFFFDa\uFFFD🏁\uFFFD"));
    }

    [Test]
    public void Encoding_cuts_so_a_nul_fits_and_never_splits_a_surrogate_pair()
    {
        var bytes = new byte[8];   // room for 3 units and the NUL
        Utf16String.Encode("ab🏁", bytes);
        Assert.That(Utf16String.Decode(bytes), Is.EqualTo("ab"));

        Utf16String.Encode("abcdef", bytes);
        Assert.That(Utf16String.Decode(bytes), Is.EqualTo("abc"));
        Assert.That(bytes[6..], Is.EqualTo(new byte[2]));
    }

    [Test]
    public void Encoding_a_lone_surrogate_writes_a_replacement_character()
    {
        var bytes = new byte[16];
        Utf16String.Encode("a\uD800b", bytes);
        Assert.That(Utf16String.Decode(bytes), Is.EqualTo("a\uFFFDb"));
    }

    [Test]
    public void The_json_writer_escapes_utf16_strings_as_utf8_json_writer_does()
    {
        var text = "Zoë \"the\" \\ \u0001 🏁";
        var bytes = new byte[66];
        Utf16String.Encode(text, bytes);
        var json = new RawJsonWriter();
        json.WriteUtf16String(bytes);

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStringValue(text);
        }

        Assert.That(Encoding.UTF8.GetString(json.WrittenSpan), Is.EqualTo(Encoding.UTF8.GetString(buffer.WrittenSpan)));
    }

    [Test]
    public void The_json_writer_writes_lone_surrogates_as_replacement_characters()
    {
        var json = new RawJsonWriter();
        json.WriteUtf16String(Units('a', 0xDC00, 'b'));

        using var document = JsonDocument.Parse(json.WrittenMemory);
        Assert.That(document.RootElement.GetString(), Is.EqualTo("a\uFFFDb"));
    }

    [Test]
    public void Generated_views_read_write_and_expose_the_raw_bytes_of_a_33_character_name_without_nul()
    {
        var page = new byte[StaticView.Size];
        var writer = new StaticWritableView(page);
        var name = "Ŝtéfan Ørsted-Łukasiewicz Müller";   // 32 characters: with its NUL the array is full
        writer.PlayerName = name;
        writer.PlayerSurname = "Ñúñez";
        Assert.That(new StaticView(page).PlayerName, Is.EqualTo(name));
        Assert.That(new StaticView(page).PlayerNameBytes.Length, Is.EqualTo(66));

        // A game may fill all 33 units: the view reads them all and stops at the array's end.
        Encoding.Unicode.GetBytes(new string('é', 33)).CopyTo(writer.PlayerNameBytes);
        Assert.That(new StaticView(page).PlayerName, Is.EqualTo(new string('é', 33)));
        Assert.That(new StaticView(page).PlayerSurname, Is.EqualTo("Ñúñez"), "the next member is untouched");
        Assert.That(StaticLayout.Offsets.PlayerSurname - StaticLayout.Offsets.PlayerName, Is.EqualTo(66));
    }

    [Test]
    public void Writing_an_acc_static_page_with_non_ascii_names_to_json_allocates_nothing()
    {
        var page = new byte[StaticView.Size];
        var writer = new StaticWritableView(page);
        writer.PlayerName = "Zoë";
        writer.PlayerSurname = "Ørsted 🏁";
        writer.Track = "Spa\"Francorchamps\u0001";
        page.AsSpan(StaticLayout.Offsets.CarModel, 2).Fill(0xD8);   // a lone surrogate
        var json = new RawJsonWriter();
        var allocated = SteadyStateAllocation.Measure(
            () =>
            {
                json.Clear();
                new StaticView(page).WriteJson(json);
            },
            iterations: 1000);

        Assert.That(allocated, Is.Zero);
        using var document = JsonDocument.Parse(json.WrittenMemory);
        Assert.That(document.RootElement.GetProperty("playerSurname").GetString(), Is.EqualTo("Ørsted 🏁"));
        Assert.That(document.RootElement.GetProperty("carModel").GetString(), Is.EqualTo("\uFFFD"));
    }

    private static byte[] Units(params int[] units)
    {
        var bytes = new byte[2 * units.Length];
        for (var i = 0; i < units.Length; i++)
        {
            System.Buffers.Binary.BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(2 * i), (ushort)units[i]);
        }

        return bytes;
    }
}
