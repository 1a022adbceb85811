using System;
using System.Buffers;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SimLayouts.Runtime.Tests.Json;

/// <summary>
/// The raw writer gives exactly the text a <see cref="Utf8JsonWriter"/> with the same encoder gives, only faster and
/// never throwing: generated writers and the bridge rely on that to stay drop-in replacements.
/// </summary>
public sealed class RawJsonWriterTests
{
    private static readonly float[] Floats =
    [
        0f, -0f, 1f, -1f, 7f, 100f, 16_777_215f, -16_777_215f, 16_777_216f, 1e20f, -3e38f, 0.1f, 51.5f, 1234.5f,
        float.Epsilon, float.MaxValue, float.MinValue, 1.17549435E-38f, 3.14159274f, 0.3333333f, 1e-5f, 9.99999e-6f, 1e15f,
    ];

    private static readonly string[] Strings =
    [
        "", "Lewis Hamilton", "Kimi Räikkönen", "日本語", "tab\there", "quote \" and \\ backslash", "<b>&'+`", "nul\0inside", "emoji 🏎️",
    ];

    [Test]
    public void Finite_floats_and_doubles_are_written_exactly_as_utf8_json_writer_writes_them()
    {
        var random = new Random(7);
        var floats = Floats.Concat(Enumerable.Range(0, 20_000).Select(_ => BitConverter.Int32BitsToSingle(random.Next() | (random.Next(2) << 31))))
            .Concat(Enumerable.Range(0, 20_000).Select(_ => (float)(random.NextDouble() * 400) - 200))
            .Where(float.IsFinite);
        foreach (var value in floats)
        {
            Assert.That(Raw(json => json.WriteNumber(value)), Is.EqualTo(Reference(w => w.WriteNumberValue(value))), value.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
            Assert.That(Raw(json => json.WriteNumber((double)value)), Is.EqualTo(Reference(w => w.WriteNumberValue((double)value))));
        }
    }

    [Test]
    public void Integers_are_written_exactly_as_utf8_json_writer_writes_them()
    {
        foreach (var value in new[] { 0L, 1, -1, int.MaxValue, int.MinValue, long.MaxValue, long.MinValue, 1234567890123 })
        {
            Assert.That(Raw(json => json.WriteNumber(value)), Is.EqualTo(Reference(w => w.WriteNumberValue(value))));
        }

        Assert.That(Raw(json => json.WriteNumber(ulong.MaxValue)), Is.EqualTo("18446744073709551615"));
        Assert.That(Raw(json => json.WriteNumber(uint.MaxValue)), Is.EqualTo("4294967295"));
    }

    [TestCase(float.NaN)]
    [TestCase(float.PositiveInfinity)]
    [TestCase(float.NegativeInfinity)]
    public void Non_finite_values_are_null(float value)
    {
        Assert.That(Raw(json => json.WriteNumber(value)), Is.EqualTo("null"));
        Assert.That(Raw(json => json.WriteNumber((double)value)), Is.EqualTo("null"));
    }

    [Test]
    public void Strings_are_escaped_as_the_writers_encoder_escapes_them([Values] bool relaxed)
    {
        var encoder = relaxed ? JavaScriptEncoder.UnsafeRelaxedJsonEscaping : null;
        foreach (var text in Strings)
        {
            Assert.That(
                Raw(json => json.WriteString(Encoding.UTF8.GetBytes(text)), encoder),
                Is.EqualTo(Reference(w => w.WriteStringValue(text), encoder)),
                text);
        }
    }

    [Test]
    public void Fixed_strings_stop_at_the_first_nul_and_replace_invalid_utf8()
    {
        Assert.That(Raw(json => json.WriteFixedString("Monza\0junk"u8)), Is.EqualTo("\"Monza\""));
        Assert.That(Raw(json => json.WriteFixedString("no terminator"u8)), Is.EqualTo("\"no terminator\""));
        Assert.That(Raw(json => json.WriteFixedString([0x41, 0xFF, 0xC3, 0x42, 0])), Is.EqualTo(Reference(w => w.WriteStringValue("A\uFFFD\uFFFDB"))));
    }

    [Test]
    public void Arrays_written_in_one_piece_hold_exactly_what_element_by_element_writes_give()
    {
        var random = new Random(11);
        var floats = new byte[64 * 4];
        random.NextBytes(floats);
        Floats.Select(BitConverter.SingleToInt32Bits).Select((bits, i) => (bits, i)).ToList()
            .ForEach(x => BitConverter.TryWriteBytes(floats.AsSpan(x.i * 4), x.bits));
        BitConverter.TryWriteBytes(floats.AsSpan(60 * 4), float.NaN);
        var longs = new byte[8 * 8];
        random.NextBytes(longs);
        var bools = new byte[] { 0, 1, 2, 255, 0 };

        Assert.That(
            Raw(json => json.WriteNumbers(new ValueArray<float>(floats, 64, 4), 64)),
            Is.EqualTo(Raw(json => { json.WriteRaw((byte)'['); for (var i = 0; i < 64; i++) { json.WriteCommaUnlessFirst(); json.WriteNumber(BitConverter.ToSingle(floats, i * 4)); } json.WriteRaw((byte)']'); })));
        Assert.That(
            Raw(json => json.WriteNumbers(new ValueArray<ulong>(longs, 8, 8), 5)),
            Is.EqualTo(Reference(w => { w.WriteStartArray(); for (var i = 0; i < 5; i++) { w.WriteNumberValue(BitConverter.ToUInt64(longs, i * 8)); } w.WriteEndArray(); })));
        Assert.That(
            Raw(json => json.WriteNumbers(new ValueArray2D<long>(longs, 4, 2, 16), 4)),
            Is.EqualTo(Reference(w => { w.WriteStartArray(); for (var r = 0; r < 4; r++) { w.WriteStartArray(); w.WriteNumberValue(BitConverter.ToInt64(longs, r * 16)); w.WriteNumberValue(BitConverter.ToInt64(longs, (r * 16) + 8)); w.WriteEndArray(); } w.WriteEndArray(); })));
        Assert.That(Raw(json => json.WriteBooleans(new ValueArray<bool>(bools, 5, 1), 5)), Is.EqualTo("[false,true,true,true,false]"));
        Assert.That(Raw(json => json.WriteNumbers(new ValueArray<float>(floats, 64, 4), 0)), Is.EqualTo("[]"));
        Assert.That(() => new RawJsonWriter().WriteNumbers(new ValueArray<float>(floats, 64, 4), 65), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void Property_names_get_a_comma_only_after_the_first_member()
    {
        var text = Raw(json =>
        {
            json.WriteRaw((byte)'{');
            json.WritePropertyName("\"a\":"u8);
            json.WriteRaw((byte)'[');
            json.WriteCommaUnlessFirst();
            json.WriteNumber(1);
            json.WriteCommaUnlessFirst();
            json.WriteNumber(2);
            json.WriteRaw((byte)']');
            json.WritePropertyName("\"b\":"u8);
            json.WriteRaw("{}"u8);
            json.WriteRaw((byte)'}');
        });

        Assert.That(text, Is.EqualTo("{\"a\":[1,2],\"b\":{}}"));
    }

    [Test]
    public void A_document_grows_past_the_initial_capacity()
    {
        var json = new RawJsonWriter(capacity: 8);
        json.WriteRaw((byte)'[');
        for (var i = 0; i < 1000; i++)
        {
            json.WriteCommaUnlessFirst();
            json.WriteString("value"u8);
        }

        json.WriteRaw((byte)']');
        using var document = JsonDocument.Parse(json.WrittenSpan.ToArray());
        Assert.That(document.RootElement.GetArrayLength(), Is.EqualTo(1000));
    }

    [Test]
    public void Written_memory_is_the_written_text_after_growing_and_clearing()
    {
        var json = new RawJsonWriter(capacity: 8);
        json.WriteRaw("{\"name\":\"a longer value than the buffer\"}"u8);
        Assert.That(json.WrittenMemory.ToArray(), Is.EqualTo(json.WrittenSpan.ToArray()));

        json.Clear();
        json.WriteNumber(42);
        Assert.That(Encoding.UTF8.GetString(json.WrittenMemory.Span), Is.EqualTo("42"));
    }

    [Test]
    public void Text_formatted_in_place_joins_the_document()
    {
        var json = new RawJsonWriter(capacity: 4);
        json.WriteRaw("[1,"u8);
        var span = json.GetSpan(10);
        Assert.That(span.Length, Is.GreaterThanOrEqualTo(10));
        "22,333"u8.CopyTo(span);
        json.Advance(6);
        json.WriteRaw((byte)']');

        Assert.That(Encoding.UTF8.GetString(json.WrittenSpan), Is.EqualTo("[1,22,333]"));
    }

    [Test]
    public void Advancing_past_the_free_space_or_backwards_is_refused()
    {
        var json = new RawJsonWriter(capacity: 8);
        var free = json.GetSpan(1).Length;

        Assert.That(() => json.Advance(free + 1), Throws.InstanceOf<ArgumentOutOfRangeException>());
        Assert.That(() => json.Advance(-1), Throws.InstanceOf<ArgumentOutOfRangeException>());
        Assert.That(() => json.GetSpan(-1), Throws.InstanceOf<ArgumentOutOfRangeException>());
        Assert.That(json.Length, Is.Zero);
    }

    [Test]
    public void An_indented_writer_gets_the_text_indented_like_its_own()
    {
        var json = new RawJsonWriter();
        json.WriteRaw("{\"a\":[1,2.5,null],\"b\":{\"c\":\"x\"}}"u8);
        var raw = Reference(w => json.WriteTo(w), indented: true);
        var reference = Reference(
            w =>
            {
                w.WriteStartObject();
                w.WriteStartArray("a");
                w.WriteNumberValue(1);
                w.WriteNumberValue(2.5);
                w.WriteNullValue();
                w.WriteEndArray();
                w.WriteStartObject("b");
                w.WriteString("c", "x");
                w.WriteEndObject();
                w.WriteEndObject();
            },
            indented: true);

        Assert.That(raw, Is.EqualTo(reference));
    }

    [Test]
    public void Properties_can_be_moved_into_an_object_the_writer_has_open([Values] bool indented)
    {
        var json = new RawJsonWriter();
        json.WriteRaw("{\"a\":[1,2],\"b\":{\"c\":\"x\"},\"d\":true}"u8);
        var moved = Reference(
            w =>
            {
                w.WriteStartObject();
                w.WriteString("first", "mine");
                json.WritePropertiesTo(w);
                w.WriteEndObject();
            },
            indented: indented);

        Assert.That(
            moved,
            Is.EqualTo(Reference(
                w =>
                {
                    w.WriteStartObject();
                    w.WriteString("first", "mine");
                    w.WriteStartArray("a");
                    w.WriteNumberValue(1);
                    w.WriteNumberValue(2);
                    w.WriteEndArray();
                    w.WriteStartObject("b");
                    w.WriteString("c", "x");
                    w.WriteEndObject();
                    w.WriteBoolean("d", true);
                    w.WriteEndObject();
                },
                indented: indented)));
    }

    private static string Raw(Action<RawJsonWriter> write, JavaScriptEncoder? encoder = null)
    {
        var json = new RawJsonWriter { Encoder = encoder };
        write(json);
        return Encoding.UTF8.GetString(json.WrittenSpan);
    }

    private static string Reference(Action<Utf8JsonWriter> write, JavaScriptEncoder? encoder = null, bool indented = false)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = encoder, Indented = indented }))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
