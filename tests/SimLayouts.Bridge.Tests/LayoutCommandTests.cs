using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using NUnit.Framework;
using SimLayouts.Bridge.Tests.Infrastructure;

namespace SimLayouts.Bridge.Tests;

/// <summary><c>simlayouts layout</c> as a user runs it, checked against the reference tables.</summary>
[TestFixture]
public sealed class LayoutCommandTests
{
    private const int Pcars2MemberCount = 166;

    private static readonly string[] TsvColumns = ["page", "name", "type", "offset", "dims", "size"];
    private static readonly string[] JsonKeys = ["page", "name", "type", "offset", "dims", "size", "enum", "unit"];

    [Test]
    public void Tsv_has_a_header_and_one_row_per_member()
    {
        var result = CommandLine.Run("layout", "pcars2", "--format", "tsv");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.Zero, result.Error);
            Assert.That(result.Error, Is.Empty);
            Assert.That(result.Output, Does.Not.Contain('\r'), "line endings are \\n");
            Assert.That(result.Output, Does.EndWith("\n"));
        }

        var lines = Lines(result.Output);
        Assert.That(lines[0].Split('\t'), Is.EqualTo(TsvColumns));
        Assert.That(lines, Has.Count.EqualTo(Pcars2MemberCount + 1));
        Assert.That(lines.Skip(1).Select(line => line.Split('\t').Length), Is.All.EqualTo(TsvColumns.Length));
    }

    [TestCase("acevo", "SPageFilePhysics", "physics.tsv", 85 + 394 + 19)]
    [TestCase("acevo", "SPageFileGraphicEvo", "graphics.tsv", 85 + 394 + 19)]
    [TestCase("acevo", "SPageFileStaticEvo", "static.tsv", 85 + 394 + 19)]
    [TestCase("acc", "SPageFilePhysics", "physics.tsv", 85 + 87 + 45)]
    [TestCase("acc", "SPageFileGraphic", "graphics.tsv", 85 + 87 + 45)]
    [TestCase("acc", "SPageFileStatic", "static.tsv", 85 + 87 + 45)]
    [TestCase("ac1", "SPageFilePhysics", "physics.tsv", 60 + 30 + 42)]
    [TestCase("ac1", "SPageFileGraphic", "graphics.tsv", 60 + 30 + 42)]
    [TestCase("ac1", "SPageFileStatic", "static.tsv", 60 + 30 + 42)]
    public void A_game_of_three_pages_prints_them_all_and_each_matches_its_reference_table(string game, string page, string file, int members)
    {
        var result = CommandLine.Run("layout", game, "--format", "tsv");
        Assert.That(result.ExitCode, Is.Zero, result.Error);
        var printed = TsvRows(result.Output);
        Assert.That(printed, Has.Count.EqualTo(members));
        Assert.That(printed.Select(row => row.Page).Distinct().Count(), Is.EqualTo(3));

        var reference = ReferenceTable.Load(game, file);
        var rows = printed.Where(row => row.Page == page).ToList();
        Assert.That(rows.Select(row => row.Name), Is.EqualTo(reference.Select(row => row.Name)));
        Assert.That(
            rows.Select(row => (row.Offset, row.Dims, row.Size)),
            Is.EqualTo(reference.Select(row => (row.Offset.ToString(System.Globalization.CultureInfo.InvariantCulture), row.Dims, row.TotalSize.ToString(System.Globalization.CultureInfo.InvariantCulture)))));
    }

    [TestCase("r3e", "r3e_shared", "fields.tsv")]
    [TestCase("rf2", "rF2Telemetry", "telemetry_as_written.tsv")]
    [TestCase("rf2", "rF2Scoring", "scoring.tsv")]
    [TestCase("rf2", "rF2Rules", "rules.tsv")]
    [TestCase("rf2", "rF2MultiRules", "multirules.tsv")]
    [TestCase("rf2", "rF2ForceFeedback", "forcefeedback.tsv")]
    [TestCase("rf2", "rF2Graphics", "graphics.tsv")]
    [TestCase("rf2", "rF2PitInfo", "pitinfo.tsv")]
    [TestCase("rf2", "rF2Weather", "weather.tsv")]
    [TestCase("rf2", "rF2Extended", "extended.tsv")]
    public void Raceroom_and_rfactor2_tsv_match_every_row_of_their_reference_tables(string game, string page, string file)
    {
        var result = CommandLine.Run("layout", game, "--format", "tsv");
        Assert.That(result.ExitCode, Is.Zero, result.Error);
        var reference = ReferenceTable.Load(game, file);
        var rows = TsvRows(result.Output).Where(row => row.Page == page).ToList();

        Assert.That(rows.Select(row => row.Name), Is.EqualTo(reference.Select(row => row.Name)), "same rows, same order, nothing extra");
        Assert.That(
            rows.Select(row => (row.Offset, row.Dims, row.Size)),
            Is.EqualTo(reference.Select(row => (row.Offset.ToString(System.Globalization.CultureInfo.InvariantCulture), row.Dims, row.TotalSize.ToString(System.Globalization.CultureInfo.InvariantCulture)))));
    }

    [Test]
    public void Rfactor2_prints_its_nine_pages_in_mapping_order()
    {
        var printed = TsvRows(CommandLine.Run("layout", "rf2").Output);
        Assert.That(
            printed.Select(row => row.Page).Distinct(),
            Is.EqualTo(new[] { "rF2Telemetry", "rF2Scoring", "rF2Rules", "rF2MultiRules", "rF2ForceFeedback", "rF2Graphics", "rF2PitInfo", "rF2Weather", "rF2Extended" }));
        Assert.That(printed.Select(row => row.Name), Does.Contain("mVehicles[].mWheel[].mTemperature"), "nested arrays of structs, relative to the innermost element");
    }

    [Test]
    public void Tsv_rows_match_the_pcars2_reference_table()
    {
        var reference = ReferenceTable.Load("pcars2");
        var printed = TsvRows(CommandLine.Run("layout", "pcars2").Output);

        Assert.That(printed.Select(row => row.Name), Is.Unique);
        var printedByName = printed.ToDictionary(row => row.Name, StringComparer.Ordinal);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(reference, Has.Count.EqualTo(Pcars2MemberCount), "reference rows");
            Assert.That(printed.Select(row => row.Name), Is.EqualTo(reference.Select(row => row.Name)), "same rows, same order, nothing extra");
            Assert.That(printed.Select(row => row.Page), Is.All.EqualTo("SharedMemory"));

            foreach (var expected in reference)
            {
                if (!printedByName.TryGetValue(expected.Name, out var actual))
                {
                    Assert.Fail($"{expected.Name}: missing from the output");
                    continue;
                }

                Assert.That(actual.Offset, Is.EqualTo(expected.Offset.ToString(System.Globalization.CultureInfo.InvariantCulture)), $"{expected.Name} offset");
                Assert.That(actual.Dims, Is.EqualTo(expected.Dims), $"{expected.Name} dims");
                Assert.That(actual.Size, Is.EqualTo(expected.TotalSize.ToString(System.Globalization.CultureInfo.InvariantCulture)), $"{expected.Name} size");
            }
        }
    }

    [Test]
    public void Json_is_one_array_of_row_objects()
    {
        var result = CommandLine.Run("layout", "pcars2", "--format", "json");
        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(result.Output, Does.Not.Contain('\r'), "line endings are \\n");

        using var document = JsonDocument.Parse(result.Output);
        var root = document.RootElement;
        Assert.That(root.ValueKind, Is.EqualTo(JsonValueKind.Array));
        Assert.That(root.GetArrayLength(), Is.EqualTo(Pcars2MemberCount));

        using (Assert.EnterMultipleScope())
        {
            foreach (var row in root.EnumerateArray())
            {
                Assert.That(row.EnumerateObject().Select(property => property.Name), Is.EqualTo(JsonKeys));
                Assert.That(row.GetProperty("page").ValueKind, Is.EqualTo(JsonValueKind.String));
                Assert.That(row.GetProperty("name").ValueKind, Is.EqualTo(JsonValueKind.String));
                Assert.That(row.GetProperty("type").ValueKind, Is.EqualTo(JsonValueKind.String));
                Assert.That(row.GetProperty("offset").ValueKind, Is.EqualTo(JsonValueKind.Number));
                Assert.That(row.GetProperty("dims").ValueKind, Is.EqualTo(JsonValueKind.Array));
                Assert.That(row.GetProperty("dims").EnumerateArray().Select(dim => dim.ValueKind), Is.All.EqualTo(JsonValueKind.Number));
                Assert.That(row.GetProperty("size").ValueKind, Is.EqualTo(JsonValueKind.Number));
                Assert.That(row.GetProperty("enum").ValueKind, Is.AnyOf(JsonValueKind.String, JsonValueKind.Null));
                Assert.That(row.GetProperty("unit").ValueKind, Is.AnyOf(JsonValueKind.String, JsonValueKind.Null));
            }
        }
    }

    [Test]
    public void Json_rows_agree_with_the_reference_table()
    {
        var reference = ReferenceTable.Load("pcars2");
        using var document = JsonDocument.Parse(CommandLine.Run("layout", "pcars2", "--format", "json").Output);
        var rows = document.RootElement.EnumerateArray().ToList();
        Assert.That(rows, Has.Count.EqualTo(reference.Count));

        using (Assert.EnterMultipleScope())
        {
            for (var i = 0; i < reference.Count; i++)
            {
                var expected = reference[i];
                var row = rows[i];
                var dims = row.GetProperty("dims").EnumerateArray().Select(dim => dim.GetInt32()).ToList();
                Assert.That(row.GetProperty("name").GetString(), Is.EqualTo(expected.Name));
                Assert.That(row.GetProperty("offset").GetInt32(), Is.EqualTo(expected.Offset), $"{expected.Name} offset");
                Assert.That(dims.Count == 0 ? "-" : string.Join("x", dims), Is.EqualTo(expected.Dims), $"{expected.Name} dims");
                Assert.That(row.GetProperty("size").GetInt32(), Is.EqualTo(expected.TotalSize), $"{expected.Name} size");
                Assert.That(row.GetProperty("enum").GetString() ?? "-", Is.EqualTo(expected.Enum), $"{expected.Name} enum");
                Assert.That(row.GetProperty("unit").GetString() ?? "-", Is.EqualTo(expected.Unit), $"{expected.Name} unit");
            }
        }
    }

    [Test]
    public void Unknown_layout_fails_with_exit_code_2_and_lists_the_known_layouts()
    {
        var result = CommandLine.Run("layout", "nosuchgame");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(2));
            Assert.That(result.Output, Is.Empty);
            Assert.That(result.Error, Does.Contain("nosuchgame"));
            Assert.That(result.Error, Does.Contain("pcars2"));
            Assert.That(Lines(result.Error), Has.Count.EqualTo(1), "one message");
        }
    }

    [Test]
    public void Default_format_is_tsv()
    {
        var byDefault = CommandLine.Run("layout", "pcars2");
        var tsv = CommandLine.Run("layout", "pcars2", "--format", "tsv");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(byDefault.ExitCode, Is.Zero, byDefault.Error);
            Assert.That(byDefault.Output, Does.StartWith("page\tname\ttype\toffset\tdims\tsize\n"));
            Assert.That(byDefault.Output, Is.EqualTo(tsv.Output));
        }
    }

    [Test]
    public void Unknown_format_is_a_usage_error()
    {
        var result = CommandLine.Run("layout", "pcars2", "--format", "xml");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.Not.Zero);
            Assert.That(result.Error, Does.Contain("xml"));
        }
    }

    private static List<string> Lines(string text) =>
        [.. text.Split('\n').Where(line => line.Length > 0)];

    private static List<TsvRow> TsvRows(string output) =>
        [.. Lines(output).Skip(1).Select(line => line.Split('\t')).Select(cells => new TsvRow(cells[0], cells[1], cells[2], cells[3], cells[4], cells[5]))];

    private sealed record TsvRow(string Page, string Name, string Type, string Offset, string Dims, string Size);
}
