using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using NUnit.Framework;
using SimLayouts.Bridge.Frames;

namespace SimLayouts.Bridge.Tests.Frames;

/// <summary>
/// A run writes exactly the text the <see cref="RawJsonWriter"/> it appends to would have written for the same
/// values, however the writer's buffer grows: the frames' text must not depend on which of the two wrote a value.
/// </summary>
[TestFixture]
public sealed class JsonRunTests
{
    private static readonly string[] Strings =
    [
        "", "Lewis Hamilton", "Kimi Räikkönen", "日本語", "emoji 🏎️", "tab\there", "quote \" and \\ backslash",
        "<b>&'+`", "nul\0inside", "line\u2028separator", new string('x', 300),
    ];

    private delegate void RunAction(ref JsonRun run);

    [Test]
    public void Integers_have_the_writers_text()
    {
        var random = new Random(1);
        var values = new List<long> { 0, 1, 9, 10, 11, 99, 100, 101, 999, 1_000, 65_535, 99_999_999, 100_000_000, 999_999_999, 1_000_000_000, uint.MaxValue, (long)uint.MaxValue + 1, -1, -10, -100, int.MinValue, long.MaxValue, long.MinValue };
        values.AddRange(Enumerable.Range(0, 5_000).Select(_ => (long)random.Next() >> random.Next(31)));

        foreach (var value in values)
        {
            Assert.That(Run(Narrowest(value)), Is.EqualTo(Raw(json => json.WriteNumber(value))), value.ToString(CultureInfo.InvariantCulture));
        }

        Assert.That(Run((ref JsonRun run) => run.Number(ulong.MaxValue)), Is.EqualTo(Raw(json => json.WriteNumber(ulong.MaxValue))));
    }

    [Test]
    public void Finite_doubles_have_the_writers_text()
    {
        var random = new Random(2);
        var values = new List<double> { 0.0, -0.0, 1, -1, 0.5, 16_777_215, 16_777_216, -16_777_216, 1e20, -3.4e38, 1e-7, double.Epsilon, double.MaxValue };
        values.AddRange(Enumerable.Range(0, 5_000).Select(_ => (double)BitConverter.Int32BitsToSingle(random.Next())).Where(double.IsFinite));
        values.AddRange(Enumerable.Range(0, 2_000).Select(_ => Math.Round((random.NextDouble() - 0.5) * 1e6)));

        foreach (var value in values)
        {
            Assert.That(Run((ref JsonRun run) => run.SeedDouble(value)), Is.EqualTo(Raw(json => json.WriteNumber(value))), value.ToString("R", CultureInfo.InvariantCulture));
        }
    }

    [TestCase(0.0)]
    [TestCase(-0.0)]
    [TestCase(12.0)]
    [TestCase(-12.0)]
    [TestCase(81.5999984741211)]
    [TestCase(-3.4e38)]
    public void A_double_kept_for_writing_again_has_the_text_written(double value)
    {
        var keptText = "";
        var written = Run((ref JsonRun run) =>
        {
            run.SeedDouble(value, out var kept);
            keptText = Encoding.UTF8.GetString(kept.Text);
            run.Raw((byte)',');
            run.Raw(kept);
        });

        var expected = Raw(json => json.WriteNumber(value));
        Assert.That(written, Is.EqualTo(expected + "," + expected));
        Assert.That(keptText, Is.EqualTo(expected));
    }

    [TestCase(float.NaN)]
    [TestCase(float.PositiveInfinity)]
    [TestCase(float.NegativeInfinity)]
    public void Floats_that_are_not_finite_are_zero_as_in_the_seed(float value)
    {
        Assert.That(Run((ref JsonRun run) => run.SeedFloat(value)), Is.EqualTo("0"));
    }

    [TestCase(2.5, "2")]
    [TestCase(3.5, "4")]
    [TestCase(-0.5, "0")]
    [TestCase(-2.5, "-2")]
    [TestCase(65535.5, "65536")]
    [TestCase(3.4e38, "339999999999999996123846586046231871488")]
    [TestCase(-1e19, "-10000000000000000000")]
    public void Rounded_integers_round_half_to_even_with_every_digit(double value, string expected)
    {
        Assert.That(Run((ref JsonRun run) => run.RoundedInteger(value)), Is.EqualTo(expected));
    }

    [Test]
    public void Strings_are_escaped_as_the_writers_encoder_escapes_them(
        [Values(null, "relaxed")] string? encoderName,
        [ValueSource(nameof(Strings))] string text)
    {
        var encoder = encoderName is null ? null : JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        var utf8 = Encoding.UTF8.GetBytes(text);

        Assert.That(Run((ref JsonRun run) => run.String(utf8), encoder), Is.EqualTo(Raw(json => json.WriteString(utf8), encoder)));
    }

    [Test]
    public void Strings_in_64_byte_blocks_are_escaped_as_the_writers_encoder_escapes_them(
        [Values("default", "relaxed", "latin", "none")] string encoderName)
    {
        // The block path answers from a table asked of the encoder once; the encoders differ in which ASCII
        // characters they leave alone (the "none" encoder escapes even letters). Every ASCII character, at every
        // position, followed by bytes that must not count (a quote, non-ASCII, a NUL).
        var encoder = encoderName switch
        {
            "default" => null,
            "relaxed" => JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            "latin" => JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.BasicLatin),
            _ => JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.None),
        };
        var random = new Random(64);
        var texts = Strings.Select(Encoding.UTF8.GetBytes).Where(text => text.Length <= 64).ToList();
        texts.AddRange(Enumerable.Range(0, 128).Select(character => new[] { (byte)'a', (byte)character, (byte)'z' }));
        texts.AddRange(Enumerable.Range(0, 300).Select(_ => Enumerable.Range(0, random.Next(65)).Select(_ => (byte)random.Next(0x20, 0x7F)).ToArray()));
        texts.Add(Enumerable.Repeat((byte)'x', 64).ToArray());

        foreach (var text in texts)
        {
            var block = new byte[128];
            block.AsSpan().Fill(0xC3);
            block[text.Length] = (byte)'"';
            text.CopyTo(block, 0);

            Assert.That(
                Run((ref JsonRun run) => run.String(block, text.Length), encoder),
                Is.EqualTo(Raw(json => json.WriteString(text), encoder)),
                Convert.ToHexString(text));
        }
    }

    [Test]
    public void Every_kind_of_value_at_every_distance_from_the_end_of_the_runs_space_is_the_writers_text()
    {
        // A 16-byte writer gives the run a first chunk of 4,096 bytes (its ChunkLength): a filler leaves 0 to 80 of
        // them, so each value below is written where the run must take a new chunk, or just before.
        var filler = new byte[4096];
        filler.AsSpan().Fill((byte)'f');
        var block = new byte[64];
        "Lewis Hamilton"u8.CopyTo(block);
        var kinds = new List<(string Name, RunAction Run, Action<RawJsonWriter> Raw)>
        {
            ("uint", (ref JsonRun run) => run.Number(4_000_000_000u), json => json.WriteNumber(4_000_000_000u)),
            ("int", (ref JsonRun run) => run.Number(-123_456), json => json.WriteNumber(-123_456)),
            ("long", (ref JsonRun run) => run.Number(-9_000_000_000L), json => json.WriteNumber(-9_000_000_000L)),
            ("float", (ref JsonRun run) => run.SeedFloat(-902.66748f), json => json.WriteNumber((double)-902.66748f)),
            ("double", (ref JsonRun run) => run.SeedDouble(-0.1), json => json.WriteNumber(-0.1)),
            ("kept", (ref JsonRun run) =>
            {
                run.SeedDouble(12.488199234008789, out var kept);
                run.Raw(kept);
            }, json =>
            {
                json.WriteNumber(12.488199234008789);
                json.WriteNumber(12.488199234008789);
            }),
            ("rounded", (ref JsonRun run) => run.RoundedInteger(65_535.5), json => json.WriteNumber(65_536)),
            ("string", (ref JsonRun run) => run.String("Kimi Räikkönen"u8), json => json.WriteString("Kimi Räikkönen"u8)),
            ("block", (ref JsonRun run) => run.String(block, 14), json => json.WriteString("Lewis Hamilton"u8)),
            ("raw", (ref JsonRun run) => run.Raw(",\"name\":"u8), json => json.WriteRaw(",\"name\":"u8)),
        };

        foreach (var (name, write, raw) in kinds)
        {
            for (var left = 0; left <= 80; left++)
            {
                var used = filler.AsMemory(0, filler.Length - left);
                var ours = Run((ref JsonRun run) =>
                {
                    run.Raw(used.Span);
                    write(ref run);
                    run.Raw((byte)']');
                });
                var expected = Raw(json =>
                {
                    json.WriteRaw(used.Span);
                    raw(json);
                    json.WriteRaw((byte)']');
                });

                Assert.That(ours, Is.EqualTo(expected), $"{name} with {left} bytes left");
            }
        }
    }

    [Test]
    public void A_long_document_mixing_the_run_and_the_writer_is_the_writers_text()
    {
        var random = new Random(3);
        var steps = new List<(RunAction Run, Action<RawJsonWriter> Raw)>();
        var longText = Encoding.UTF8.GetBytes(new string('y', 10_000));
        for (var index = 0; index < 20_000; index++)
        {
            var value = random.Next(-1000, 100_000);
            var fraction = value / 7.0;
            var text = Encoding.UTF8.GetBytes(Strings[random.Next(Strings.Length)]);
            switch (index % 500 == 499 ? 8 : random.Next(12))
            {
                case 0: steps.Add(((ref JsonRun run) => run.Number(value), json => json.WriteNumber(value))); break;
                case 1: steps.Add(((ref JsonRun run) => run.SeedDouble(fraction), json => json.WriteNumber(fraction))); break;
                case 2: steps.Add(((ref JsonRun run) => run.String(text), json => json.WriteString(text))); break;
                case 3: steps.Add(((ref JsonRun run) => run.Raw(",\"name\":"u8), json => json.WriteRaw(",\"name\":"u8))); break;
                case 4: steps.Add(((ref JsonRun run) => run.Raw((byte)','), json => json.WriteRaw((byte)','))); break;
                case 5: steps.Add(((ref JsonRun run) => run.RoundedInteger(fraction), json => json.WriteNumber((long)Math.Round(fraction, MidpointRounding.ToEven)))); break;
                case 6: steps.Add(((ref JsonRun run) => run.SeedFloat((float)fraction), json => json.WriteNumber((double)(float)fraction))); break;
                case 7:
                    steps.Add(((ref JsonRun run) =>
                    {
                        run.SeedDouble(fraction, out var kept);
                        run.Raw(kept);
                    }, json =>
                    {
                        json.WriteNumber(fraction);
                        json.WriteNumber(fraction);
                    }));
                    break;
                case 8: steps.Add(((ref JsonRun run) => run.Raw(longText), json => json.WriteRaw(longText))); break;
                default:
                    // Fillers of every length, so that every kind of value lands at every distance from the end of
                    // the run's space and starts a new chunk there.
                    var filler = longText.AsMemory(0, random.Next(1, 300));
                    steps.Add(((ref JsonRun run) => run.Raw(filler.Span), json => json.WriteRaw(filler.Span)));
                    break;
            }
        }

        var ours = Run(
            (ref JsonRun run) =>
            {
                foreach (var step in steps)
                {
                    step.Run(ref run);
                }
            });
        var expected = Raw(json => steps.ForEach(step => step.Raw(json)));

        Assert.That(ours, Is.EqualTo(expected));
    }

    private static RunAction Narrowest(long value) => value switch
    {
        >= 0 and <= uint.MaxValue => (ref JsonRun run) => run.Number((uint)value),
        >= int.MinValue and < 0 => (ref JsonRun run) => run.Number((int)value),
        _ => (ref JsonRun run) => run.Number(value),
    };

    private static string Run(RunAction write, JavaScriptEncoder? encoder = null)
    {
        var json = new RawJsonWriter(capacity: 16) { Encoder = encoder };
        var run = new JsonRun(json);
        write(ref run);
        run.Flush();
        return Encoding.UTF8.GetString(json.WrittenSpan);
    }

    private static string Raw(Action<RawJsonWriter> write, JavaScriptEncoder? encoder = null)
    {
        var json = new RawJsonWriter(capacity: 16) { Encoder = encoder };
        write(json);
        return Encoding.UTF8.GetString(json.WrittenSpan);
    }
}
