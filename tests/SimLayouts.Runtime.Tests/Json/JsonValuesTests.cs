using System;
using System.Buffers;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace SimLayouts.Runtime.Tests.Json;

/// <summary>The shared value writes give exactly the text System.Text.Json gives, only faster and never throwing.</summary>
public sealed class JsonValuesTests
{
    private static readonly float[] Floats =
    [
        0f, -0f, 1f, -1f, 7f, 100f, 16_777_215f, -16_777_215f, 16_777_216f, 1e20f, -3e38f, 0.1f, 51.5f, 1234.5f,
        float.Epsilon, float.MaxValue, float.MinValue, 1.17549435E-38f, 3.14159274f, 0.3333333f,
    ];

    [Test]
    public void Finite_floats_and_doubles_are_written_exactly_as_utf8_json_writer_writes_them()
    {
        var random = new Random(7);
        var floats = Floats.Concat(Enumerable.Range(0, 2000).Select(_ => BitConverter.Int32BitsToSingle(random.Next()))).Where(float.IsFinite);
        foreach (var value in floats)
        {
            Assert.That(Text(w => JsonValues.WriteNumber(w, value)), Is.EqualTo(Text(w => w.WriteNumberValue(value))), value.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
            Assert.That(Text(w => JsonValues.WriteNumber(w, (double)value)), Is.EqualTo(Text(w => w.WriteNumberValue((double)value))));
        }
    }

    [TestCase(float.NaN)]
    [TestCase(float.PositiveInfinity)]
    [TestCase(float.NegativeInfinity)]
    public void Non_finite_values_are_null(float value)
    {
        Assert.That(Text(w => JsonValues.WriteNumber(w, value)), Is.EqualTo("null"));
        Assert.That(Text(w => JsonValues.WriteNumber(w, (double)value)), Is.EqualTo("null"));
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
            Text(w => JsonArrays.WriteNumbers(w, new ValueArray<float>(floats, 64, 4), 64)),
            Is.EqualTo(Text(w => { w.WriteStartArray(); for (var i = 0; i < 64; i++) { JsonValues.WriteNumber(w, BitConverter.ToSingle(floats, i * 4)); } w.WriteEndArray(); })));
        Assert.That(
            Text(w => JsonArrays.WriteNumbers(w, new ValueArray<ulong>(longs, 8, 8), 5)),
            Is.EqualTo(Text(w => { w.WriteStartArray(); for (var i = 0; i < 5; i++) { w.WriteNumberValue(BitConverter.ToUInt64(longs, i * 8)); } w.WriteEndArray(); })));
        Assert.That(
            Text(w => JsonArrays.WriteNumbers(w, new ValueArray2D<long>(longs, 4, 2, 16), 4)),
            Is.EqualTo(Text(w => { w.WriteStartArray(); for (var r = 0; r < 4; r++) { w.WriteStartArray(); w.WriteNumberValue(BitConverter.ToInt64(longs, r * 16)); w.WriteNumberValue(BitConverter.ToInt64(longs, (r * 16) + 8)); w.WriteEndArray(); } w.WriteEndArray(); })));
        Assert.That(Text(w => JsonArrays.WriteBooleans(w, new ValueArray<bool>(bools, 5, 1), 5)), Is.EqualTo("[false,true,true,true,false]"));
        Assert.That(Text(w => JsonArrays.WriteNumbers(w, new ValueArray<float>(floats, 64, 4), 0)), Is.EqualTo("[]"));
    }

    private static string Text(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
