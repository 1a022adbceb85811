using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using SimLayouts.Generator.Parsing;
using SimLayouts.Generator.Tests.Infrastructure;

namespace SimLayouts.Generator.Tests;

/// <summary>
/// The keys of every mapping of the language are listed once, in the parser (<see cref="LayoutKeys"/>), and twice in
/// documents for people and editors: <c>layouts/layout.schema.json</c> and the key tables of <c>layouts/README.md</c>.
/// These tests hold both documents to the parser, mapping by mapping.
/// </summary>
public sealed class LayoutKeyTests
{
    /// <summary>
    /// Where each mapping of the parser is described: its object in the schema (a JSON pointer), the README section
    /// that holds its key table (the heading's text) and which of that section's key tables it is.
    /// </summary>
    private static readonly Dictionary<string, (string Schema, string Section, int Table)> Documents = new()
    {
        [LayoutKeys.Layout.What] = ("#", "The layout (root mapping)", 0),
        [LayoutKeys.Bridge.What] = ("#/properties/bridge", "bridge", 0),
        [LayoutKeys.Version.What] = ("#/properties/version", "version", 0),
        [LayoutKeys.Constant.What] = ("#/definitions/constant", "constants", 0),
        [LayoutKeys.Enum.What] = ("#/definitions/enum", "enums", 0),
        [LayoutKeys.EnumValue.What] = ("#/definitions/enumValue", "enums", 1),
        [LayoutKeys.Struct.What] = ("#/definitions/struct", "structs", 0),
        [LayoutKeys.Page.What] = ("#/definitions/page", "pages", 0),
        [LayoutKeys.Consistency.What] = ("#/definitions/page/properties/consistency", "pages", 1),
        [LayoutKeys.Presence.What] = ("#/definitions/page/properties/presence", "presence", 0),
        [LayoutKeys.Revision.What] = ("#/definitions/revision", "revisions", 0),
        [LayoutKeys.Helper.What] = ("#/definitions/helper", "helpers", 0),
        [LayoutKeys.Field.What] = ("#/definitions/field", "fields", 0),
    };

    private static IEnumerable<TestCaseData> Mappings() => LayoutKeys.All.Select(mapping => new TestCaseData(mapping.What).SetName($"{{m}}({mapping.What})"));

    [Test]
    public void Every_mapping_of_the_parser_says_where_it_is_documented()
    {
        Assert.That(LayoutKeys.All.Select(mapping => mapping.What), Is.EquivalentTo(Documents.Keys));
    }

    [TestCaseSource(nameof(Mappings))]
    public void The_schema_accepts_exactly_the_keys_the_parser_accepts(string what)
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "layouts", "layout.schema.json")));
        var node = Resolve(schema.RootElement, Documents[what].Schema);

        Assert.That(node.GetProperty("properties").EnumerateObject().Select(p => p.Name), Is.EquivalentTo(Keys(what)));
        Assert.That(node.GetProperty("additionalProperties").GetBoolean(), Is.False, "any other key is an error (SL0002), so the schema marks it too");
    }

    [TestCaseSource(nameof(Mappings))]
    public void The_readme_key_table_lists_exactly_the_keys_the_parser_accepts(string what)
    {
        var (_, section, table) = Documents[what];

        Assert.That(KeyTables(section).ElementAtOrDefault(table), Is.EquivalentTo(Keys(what)), $"key table {table} of the section '{section}' in layouts/README.md");
    }

    [Test]
    public void The_schema_describes_no_mapping_the_parser_lacks()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "layouts", "layout.schema.json")));
        var closed = new List<string>();
        Collect(schema.RootElement, "#", closed);

        Assert.That(closed, Is.EquivalentTo(Documents.Values.Select(d => d.Schema)), "objects of the schema that allow no other keys");
    }

    private static IEnumerable<string> Keys(string what) => LayoutKeys.All.Single(mapping => mapping.What == what).Keys;

    private static JsonElement Resolve(JsonElement root, string pointer)
    {
        var node = root;
        foreach (var part in pointer.Split('/').Skip(1))
        {
            node = node.GetProperty(part);
        }

        return node;
    }

    /// <summary>Every object of the schema that lists its properties and allows no others, by JSON pointer.</summary>
    private static void Collect(JsonElement node, string pointer, List<string> closed)
    {
        if (node.ValueKind == JsonValueKind.Object)
        {
            if (node.TryGetProperty("properties", out _) && node.TryGetProperty("additionalProperties", out var more) && more.ValueKind == JsonValueKind.False)
            {
                closed.Add(pointer);
            }

            foreach (var property in node.EnumerateObject())
            {
                Collect(property.Value, pointer + "/" + property.Name, closed);
            }
        }
        else if (node.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var item in node.EnumerateArray())
            {
                Collect(item, pointer + "/" + i++, closed);
            }
        }
    }

    /// <summary>
    /// The keys of each table whose header starts with <c>| Key |</c> in the README section under the heading
    /// <paramref name="heading"/> (up to the next heading of any level), in order.
    /// </summary>
    private static List<List<string>> KeyTables(string heading)
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "layouts", "README.md"));
        var start = Array.FindIndex(lines, line => line.StartsWith('#') && line.TrimStart('#').Trim() == heading);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), $"layouts/README.md has no heading '{heading}'");
        var tables = new List<List<string>>();
        List<string>? table = null;
        for (var i = start + 1; i < lines.Length && !lines[i].StartsWith('#'); i++)
        {
            var line = lines[i];
            if (line.StartsWith("| Key |", StringComparison.Ordinal))
            {
                tables.Add(table = []);
            }
            else if (table is not null && line.StartsWith("| `", StringComparison.Ordinal))
            {
                table.Add(line.Split('|')[1].Trim().Trim('`'));
            }
            else if (!line.StartsWith('|'))
            {
                table = null;
            }
        }

        return tables;
    }
}
