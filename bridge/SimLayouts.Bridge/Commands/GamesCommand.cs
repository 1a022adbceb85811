using System;
using System.Buffers;
using System.CommandLine;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SimLayouts.Bridge.Bridging;
using SimLayouts.Bridge.Simulation;

namespace SimLayouts.Bridge.Commands;

/// <summary>
/// <c>simlayouts games [--format tsv|json]</c>: the games this build knows, one row each (name, title, segments,
/// whether <c>simulate</c> has a simulator for it, the default ingest URL, the page revisions). Scripts take the list
/// from here (the Windows test runs every game with a simulator), so a new game joins them without a script change.
/// </summary>
internal static class GamesCommand
{
    /// <summary>The TSV header row, without its line ending.</summary>
    public const string TsvHeader = "name\ttitle\tpages\tsimulator\tingest\trevisions";

    private static readonly JsonWriterOptions JsonOptions = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Builds the <c>games</c> command.</summary>
    public static Command Create()
    {
        var formatOption = new Option<string>("--format")
        {
            Description = "Output format: tsv (tab-separated, header row first) or json (an array of objects).",
            DefaultValueFactory = _ => "tsv",
            HelpName = "tsv|json",
        };
        formatOption.AcceptOnlyFromAmong("tsv", "json");

        var command = new Command("games", "List the games this build reads: name, title, shared-memory segments, simulator, default ingest URL, page revisions.")
        {
            formatOption,
        };

        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var games = BuiltInLayouts.All.Select(Describe).ToArray();
            if (parseResult.GetValue(formatOption) == "json")
            {
                WriteJson(games, output);
            }
            else
            {
                WriteTsv(games, output);
            }

            output.Flush();
            return 0;
        });

        return command;
    }

    /// <summary>One game as the command prints it.</summary>
    internal sealed record Game(string Name, string Title, IReadOnlyList<string> Pages, bool Simulator, string Ingest, IReadOnlyList<string> Revisions);

    /// <summary>Describes <paramref name="layout"/> from its metadata and the bridge's simulators.</summary>
    internal static Game Describe(LayoutDescription layout) => new(
        layout.Name,
        layout.Title,
        [.. layout.Pages.Select(page => page.SegmentName)],
        GameSimulators.Has(layout),
        BridgeSettings.DefaultUrl(layout),
        [.. layout.Pages.SelectMany(page => page.Revisions).Select(revision => revision.Name).Distinct(StringComparer.Ordinal)]);

    private static void WriteTsv(IEnumerable<Game> games, TextWriter output)
    {
        output.Write(TsvHeader + "\n");
        foreach (var game in games)
        {
            string[] cells = [game.Name, game.Title, string.Join(',', game.Pages), game.Simulator ? "yes" : "no", game.Ingest, string.Join(',', game.Revisions)];
            output.Write(string.Join('\t', cells.Select(Cell)) + "\n");
        }
    }

    // A tab or a line break inside a cell would shift every column after it.
    private static string Cell(string text) => string.Join(' ', text.Split(['\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));

    private static void WriteJson(IEnumerable<Game> games, TextWriter output)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, JsonOptions))
        {
            json.WriteStartArray();
            foreach (var game in games)
            {
                json.WriteStartObject();
                json.WriteString("name", game.Name);
                json.WriteString("title", game.Title);
                WriteStrings(json, "pages", game.Pages);
                json.WriteBoolean("simulator", game.Simulator);
                json.WriteString("ingest", game.Ingest);
                WriteStrings(json, "revisions", game.Revisions);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n");
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
