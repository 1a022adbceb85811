using System;
using System.Linq;
using System.Text.Json;
using NUnit.Framework;
using SimLayouts.Bridge.Bridging;
using SimLayouts.Bridge.Commands;
using SimLayouts.Bridge.Simulation;
using SimLayouts.Bridge.Tests.Infrastructure;

namespace SimLayouts.Bridge.Tests;

/// <summary><c>simlayouts games</c>: the list scripts take the games from (the Windows test runs every game it lists with a simulator).</summary>
public sealed class GamesCommandTests
{
    [Test]
    public void Tsv_has_a_header_and_one_row_per_known_layout_from_its_metadata()
    {
        var result = CommandLine.Run("games");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        var lines = result.Output.Split('\n');
        Assert.That(lines[0], Is.EqualTo(GamesCommand.TsvHeader));
        Assert.That(lines[^1], Is.Empty, "the last row ends with \\n");
        var rows = lines[1..^1].Select(line => line.Split('\t')).ToArray();
        Assert.That(rows.Select(row => row[0]), Is.EqualTo(BuiltInLayouts.Names));
        foreach (var (row, layout) in rows.Zip(BuiltInLayouts.All))
        {
            Assert.That(row, Has.Length.EqualTo(GamesCommand.TsvHeader.Split('\t').Length));
            Assert.That(row[1], Is.EqualTo(layout.Title));
            Assert.That(row[2].Split(','), Is.EqualTo(layout.Pages.Select(page => page.SegmentName)));
            Assert.That(row[3], Is.EqualTo(GameSimulators.Has(layout) ? "yes" : "no"));
            Assert.That(row[4], Is.EqualTo(BridgeSettings.DefaultServer + layout.Bridge.IngestPath));
            Assert.That(row[5].Split(',', StringSplitOptions.RemoveEmptyEntries), Is.EqualTo(layout.Pages.SelectMany(page => page.Revisions).Select(revision => revision.Name).Distinct()));
        }
    }

    [Test]
    public void Pcars2_and_acevo_have_simulators_their_titles_and_their_seed_ingest_urls()
    {
        var games = CommandLine.Run("games").Output.Split('\n')[1..^1].Select(line => line.Split('\t')).ToDictionary(row => row[0]);

        Assert.That(games["pcars2"][1], Is.EqualTo("Automobilista 2 / Project CARS 2"));
        Assert.That(games["acevo"][1], Is.EqualTo("Assetto Corsa EVO"));
        Assert.That(games["pcars2"][3], Is.EqualTo("yes"));
        Assert.That(games["acevo"][3], Is.EqualTo("yes"));
        Assert.That(games["pcars2"][4], Is.EqualTo("http://127.0.0.1:3000/api/ingest/shared-memory"));
        Assert.That(games["acevo"][4], Is.EqualTo("http://127.0.0.1:3000/api/ingest/acevo-shared-memory"));
        Assert.That(games["acevo"][2], Is.EqualTo(@"Local\acevo_pmf_physics,Local\acevo_pmf_graphics,Local\acevo_pmf_static"));
    }

    [Test]
    public void Json_says_the_same_as_tsv()
    {
        var tsv = CommandLine.Run("games", "--format", "tsv").Output.Split('\n')[1..^1].Select(line => line.Split('\t')).ToArray();
        var result = CommandLine.Run("games", "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        using var document = JsonDocument.Parse(result.Output);
        var games = document.RootElement.EnumerateArray().ToArray();
        Assert.That(games, Has.Length.EqualTo(tsv.Length));
        foreach (var (game, row) in games.Zip(tsv))
        {
            Assert.That(game.GetProperty("name").GetString(), Is.EqualTo(row[0]));
            Assert.That(game.GetProperty("title").GetString(), Is.EqualTo(row[1]));
            Assert.That(string.Join(',', game.GetProperty("pages").EnumerateArray().Select(page => page.GetString())), Is.EqualTo(row[2]));
            Assert.That(game.GetProperty("simulator").GetBoolean() ? "yes" : "no", Is.EqualTo(row[3]));
            Assert.That(game.GetProperty("ingest").GetString(), Is.EqualTo(row[4]));
            Assert.That(string.Join(',', game.GetProperty("revisions").EnumerateArray().Select(revision => revision.GetString())), Is.EqualTo(row[5]));
        }
    }

    [Test]
    public void An_unknown_format_is_a_usage_error()
    {
        var result = CommandLine.Run("games", "--format", "xml");

        Assert.That(result.ExitCode, Is.Not.Zero);
        Assert.That(result.Error, Does.Contain("xml"));
    }
}
