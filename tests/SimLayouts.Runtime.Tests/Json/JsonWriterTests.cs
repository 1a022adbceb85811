using System;
using System.Linq;
using System.Text.Json;
using SimLayouts.AcEvo;
using SimLayouts.Pcars2;

namespace SimLayouts.Runtime.Tests.Json;

/// <summary>What the generated JSON writers write for plausible pages, and the options a caller picks.</summary>
public sealed class JsonWriterTests
{
    [Test]
    public void A_pcars2_page_is_written_with_its_values_and_camel_case_names()
    {
        var page = new byte[SharedMemoryView.Size];
        var writer = new SharedMemoryWritableView(page);
        writer.Version = 14;
        writer.GameState = GameState.IngamePlaying;
        writer.Speed = 51.5f;
        writer.CarName = "Formula Ultimate";
        writer.NumParticipants = 2;
        var second = writer.ParticipantInfo[1];
        second.Name = "Jane Doe";
        second.CurrentLapDistance = 1234.5f;
        writer.Speeds[1] = 60f;

        using var json = PageJson.Pcars2(page);
        var root = json.RootElement;

        Assert.That(root.GetProperty("version").GetUInt32(), Is.EqualTo(14));
        Assert.That(root.GetProperty("gameState").GetString(), Is.EqualTo("IngamePlaying"));
        Assert.That(root.GetProperty("speed").GetSingle(), Is.EqualTo(51.5f));
        Assert.That(root.GetProperty("carName").GetString(), Is.EqualTo("Formula Ultimate"));
        Assert.That(root.GetProperty("participantInfo")[1].GetProperty("name").GetString(), Is.EqualTo("Jane Doe"));
        Assert.That(root.GetProperty("participantInfo")[1].GetProperty("currentLapDistance").GetSingle(), Is.EqualTo(1234.5f));
        Assert.That(root.GetProperty("speeds")[1].GetSingle(), Is.EqualTo(60f));
        Assert.That(root.GetProperty("orientation").GetArrayLength(), Is.EqualTo(3));
    }

    [Test]
    public void Every_member_the_metadata_puts_in_json_is_written_under_its_json_name_in_order()
    {
        foreach (var (name, size, write) in PageJson.Pages)
        {
            var description = PageJson.DescriptionOf(name);
            var expected = description.Fields.Where(f => f.IsInJson && !f.Path.Contains('.', StringComparison.Ordinal)).Select(f => f.JsonName);

            var page = new byte[size];
            if (name == "r3e")
            {
                // A zero RaceRoom page says minor 0, whose pages lack what 3.5 named: make it a 3.5 page.
                new R3e.SharedWritableView(page).VersionMinor = R3e.R3eConstants.R3eVersionMinor;
            }

            using var json = PageJson.Parse(writer => write(page, writer, default));

            Assert.That(json.RootElement.EnumerateObject().Select(p => p.Name), Is.EqualTo(expected), name);
        }
    }

    [Test]
    public void Participant_arrays_are_trimmed_to_the_declared_count_clamped_to_0_to_64()
    {
        var page = new byte[SharedMemoryView.Size];
        var writer = new SharedMemoryWritableView(page);
        var arrays = SharedMemoryLayout.Description.Fields.Where(f => f.CountField == "mNumParticipants").Select(f => f.JsonName).ToList();
        Assert.That(arrays, Has.Count.EqualTo(20).And.Contains("participantInfo").And.Contains("carNames").And.Contains("orientations"));

        foreach (var (count, active) in new[] { (3, 3), (-1, 0), (0, 0), (64, 64), (1000, 64), (int.MinValue, 0) })
        {
            writer.NumParticipants = count;
            using var json = PageJson.Pcars2(page);
            using var all = PageJson.Pcars2(page, new PageJsonOptions { Arrays = JsonArrayExtent.All });

            foreach (var array in arrays)
            {
                Assert.That(json.RootElement.GetProperty(array).GetArrayLength(), Is.EqualTo(active), $"{array} with mNumParticipants {count}");
                Assert.That(all.RootElement.GetProperty(array).GetArrayLength(), Is.EqualTo(64), array);
            }
        }
    }

    [Test]
    public void Enums_are_names_by_default_numbers_on_request_and_unnamed_values_stay_numbers()
    {
        var page = new byte[SharedMemoryView.Size];
        var writer = new SharedMemoryWritableView(page);
        writer.GameState = GameState.IngamePaused;
        writer.SessionState = (SessionState)42;
        writer.CarFlags = CarFlags.Headlight | CarFlags.Abs | (CarFlags)(1u << 30);

        using var names = PageJson.Pcars2(page);
        using var numbers = PageJson.Pcars2(page, new PageJsonOptions { Enums = JsonEnumFormat.Numbers });

        Assert.That(names.RootElement.GetProperty("gameState").GetString(), Is.EqualTo("IngamePaused"));
        Assert.That(names.RootElement.GetProperty("sessionState").GetInt32(), Is.EqualTo(42));
        var flags = names.RootElement.GetProperty("carFlags").EnumerateArray().Select(e => e.ToString()).ToList();
        Assert.That(flags, Is.EqualTo(new[] { "Headlight", "Abs", (1u << 30).ToString(System.Globalization.CultureInfo.InvariantCulture) }));
        Assert.That(numbers.RootElement.GetProperty("gameState").GetUInt32(), Is.EqualTo((uint)GameState.IngamePaused));
        Assert.That(numbers.RootElement.GetProperty("carFlags").GetUInt32(), Is.EqualTo((uint)writer.CarFlags));
        Assert.That(numbers.RootElement.GetProperty("sessionState").GetUInt32(), Is.EqualTo(42));
    }

    [Test]
    public void Ac_evo_graphics_writes_nested_structs_and_leaves_reserve_blocks_out()
    {
        var page = new byte[GraphicsView.Size];
        var writer = new GraphicsWritableView(page);
        writer.Status = AcEvoStatus.Live;
        var tyre = writer.TyreLf;
        tyre.TyrePression = 27.5f;
        writer.CarIds[59, 1] = ulong.MaxValue;

        using var json = PageJson.Graphics(page);
        var root = json.RootElement;

        Assert.That(root.GetProperty("status").GetString(), Is.EqualTo("Live"));
        Assert.That(root.GetProperty("tyreLf").GetProperty("tyrePression").GetSingle(), Is.EqualTo(27.5f));
        Assert.That(root.GetProperty("carIds").GetArrayLength(), Is.EqualTo(60));
        Assert.That(root.GetProperty("carIds")[59][1].GetUInt64(), Is.EqualTo(ulong.MaxValue));
        var names = AllPropertyNames(root).ToList();
        Assert.That(names, Has.None.Contains("placeHolder"));
        Assert.That(GraphicsLayout.Description.Fields.Where(f => f.IsReserved).All(f => !f.IsInJson), Is.True);
    }

    [Test]
    public void A_graphics_page_from_before_car_ids_is_written_without_them()
    {
        var page = new byte[3940];
        new GraphicsWritableView(page).MaxFuel = 100f;

        using var json = PageJson.Graphics(page);

        Assert.That(json.RootElement.TryGetProperty("carIds", out _), Is.False);
        Assert.That(json.RootElement.GetProperty("maxFuel").GetSingle(), Is.EqualTo(100f));
    }

    [Test]
    public void Physics_boolean_flags_are_json_booleans()
    {
        var page = new byte[PhysicsView.Size];
        var writer = new PhysicsWritableView(page);
        writer.PitLimiterOn = true;

        using var json = PageJson.Physics(page);

        Assert.That(json.RootElement.GetProperty("pitLimiterOn").GetBoolean(), Is.True);
        Assert.That(json.RootElement.GetProperty("autoShifterOn").GetBoolean(), Is.False);
    }

    [Test]
    public void Indentation_is_the_writers_choice_and_changes_nothing_else()
    {
        var page = new byte[StaticView.Size];
        new StaticWritableView(page).Track = "Monza";

        using var compact = PageJson.Parse(w => new StaticView(page).WriteJson(w));
        using var indented = PageJson.Parse(w => new StaticView(page).WriteJson(w), indented: true);

        Assert.That(indented.RootElement.GetRawText(), Does.Contain("\n"));
        Assert.That(compact.RootElement.GetRawText(), Does.Not.Contain("\n"));
        Assert.That(JsonElement.DeepEquals(compact.RootElement, indented.RootElement), Is.True);
    }

    [Test]
    public void Properties_go_into_an_object_the_caller_opened_on_either_writer()
    {
        var page = new byte[StaticView.Size];
        new StaticWritableView(page).Track = "Spa";

        using var fromUtf8 = PageJson.Parse(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("sequence", 3);
            new StaticView(page).WriteJsonProperties(w);
            w.WriteEndObject();
        });
        var raw = new RawJsonWriter();
        raw.WriteRaw("{\"sequence\":3"u8);
        new StaticView(page).WriteJsonProperties(raw);
        raw.WriteRaw((byte)'}');
        using var fromRaw = JsonDocument.Parse(raw.WrittenSpan.ToArray());
        using var whole = PageJson.Parse(w => new StaticView(page).WriteJson(w));

        Assert.That(fromUtf8.RootElement.GetRawText(), Is.EqualTo(fromRaw.RootElement.GetRawText()));
        Assert.That(fromUtf8.RootElement.EnumerateObject().Skip(1).Select(p => p.Name), Is.EqualTo(whole.RootElement.EnumerateObject().Select(p => p.Name)));
        Assert.That(fromUtf8.RootElement.GetProperty("track").GetString(), Is.EqualTo("Spa"));
    }

    [Test]
    public void Strings_are_escaped_by_the_writers_own_encoder()
    {
        var page = new byte[StaticView.Size];
        new StaticWritableView(page).Track = "Nürburgring";

        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var relaxed = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            new StaticView(page).WriteJson(relaxed);
        }

        using var strict = PageJson.Parse(w => new StaticView(page).WriteJson(w));
        Assert.That(System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan), Does.Contain("\"track\":\"Nürburgring\""));
        Assert.That(strict.RootElement.GetRawText(), Does.Contain("\"track\":\"N\\u00FCrburgring\""));
    }

    [Test]
    public void Code_that_knows_only_the_description_writes_the_same_json_as_the_view()
    {
        foreach (var (name, size, write) in PageJson.Pages)
        {
            var page = new byte[size];
            new Random(size).NextBytes(page);
            var description = PageJson.DescriptionOf(name);

            using var direct = PageJson.Parse(writer => write(page, writer, default));
            using var generic = PageJson.Parse(writer => description.WriteJson(page, writer));

            Assert.That(generic.RootElement.GetRawText(), Is.EqualTo(direct.RootElement.GetRawText()), name);
        }

        Assert.That(AcEvoLayout.Description.Pages.Select(p => p.JsonName), Is.EqualTo(new[] { "physics", "graphics", "static" }));
    }

    private static System.Collections.Generic.IEnumerable<string> AllPropertyNames(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                yield return property.Name;
                foreach (var inner in AllPropertyNames(property.Value))
                {
                    yield return inner;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                foreach (var inner in AllPropertyNames(item))
                {
                    yield return inner;
                }
            }
        }
    }
}
