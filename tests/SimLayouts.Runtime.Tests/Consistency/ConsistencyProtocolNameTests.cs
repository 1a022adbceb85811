using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using SimLayouts.Consistency;

namespace SimLayouts.Runtime.Tests.Consistency;

/// <summary>
/// The protocol names have one source of truth in the runtime (<see cref="ConsistencyProtocols"/>); the layout
/// language (its JSON Schema and README, which the generator's validation follows) and the generated metadata's
/// values are held to it here.
/// </summary>
public sealed class ConsistencyProtocolNameTests
{
    private static string LayoutsDirectory => Path.Combine(TestContext.CurrentContext.TestDirectory, "layouts");

    [Test]
    public void The_schema_offers_exactly_the_protocols_the_runtime_implements()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(LayoutsDirectory, "layout.schema.json")));
        var consistency = FindProperty(schema.RootElement, "consistency").Single();
        var names = consistency.GetProperty("properties").GetProperty("protocol").GetProperty("enum").EnumerateArray().Select(name => name.GetString()!);

        Assert.That(names, Is.EquivalentTo(ConsistencyProtocols.Names));
    }

    [Test]
    public void The_schema_asks_for_a_counter_exactly_for_the_protocols_that_keep_one()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(LayoutsDirectory, "layout.schema.json")));
        var consistency = FindProperty(schema.RootElement, "consistency").Single();
        var needingCounter = consistency.GetProperty("allOf").EnumerateArray()
            .Where(rule => rule.GetProperty("then").GetProperty("required").EnumerateArray().Any(key => key.GetString() == "counter"))
            .SelectMany(rule => rule.GetProperty("if").GetProperty("properties").GetProperty("protocol").GetProperty("enum").EnumerateArray())
            .Select(name => name.GetString()!);

        Assert.That(needingCounter, Is.EquivalentTo(ConsistencyProtocols.Names.Where(ConsistencyProtocols.HasCounter)));
    }

    [Test]
    public void The_layout_readme_documents_exactly_the_protocols_the_runtime_implements()
    {
        var readme = File.ReadAllLines(Path.Combine(LayoutsDirectory, "README.md"));
        var row = readme.Single(line => line.StartsWith("| `protocol` |", StringComparison.Ordinal));
        var inTable = Regex.Matches(row.Split('|')[2], "`([a-z0-9-]+)`").Select(match => match.Groups[1].Value);
        var start = Array.FindIndex(readme, line => line.StartsWith("The protocols, implemented once in the runtime", StringComparison.Ordinal));
        var described = readme.Skip(start + 1).SkipWhile(string.IsNullOrWhiteSpace).TakeWhile(line => line.Length > 0)
            .Select(line => Regex.Match(line, "^- `([a-z0-9-]+)`")).Where(match => match.Success).Select(match => match.Groups[1].Value);

        Assert.That(inTable, Is.EquivalentTo(ConsistencyProtocols.Names), row);
        Assert.That(described, Is.EquivalentTo(ConsistencyProtocols.Names));
    }

    [Test]
    public void Every_protocol_value_generated_metadata_can_carry_has_one_implementation()
    {
        var names = Enum.GetValues<ConsistencyProtocol>().Select(value => ConsistencyProtocols.NameOf(Page(value))).ToList();

        Assert.That(names, Is.Unique);
        Assert.That(names, Is.EquivalentTo(ConsistencyProtocols.Names));
    }

    [Test]
    public void The_compiled_layouts_declare_protocols_by_their_names()
    {
        Assert.That(ConsistencyProtocols.NameOf(Pcars2.SharedMemoryView.Page), Is.EqualTo("seqlock"));
        Assert.That(ConsistencyProtocols.NameOf(AcEvo.PhysicsView.Page), Is.EqualTo("counter"));
        Assert.That(ConsistencyProtocols.NameOf(AcEvo.StaticView.Page), Is.EqualTo("none"));
    }

    private static PageDescription Page(ConsistencyProtocol protocol) =>
        new("test", "page", "Page", "segment", 16, protocol, protocol == ConsistencyProtocol.None ? null : "counter", 0, null, [], []);

    private static IEnumerable<JsonElement> FindProperty(JsonElement element, string name)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.Name == name && property.Value.ValueKind == JsonValueKind.Object && property.Value.TryGetProperty("properties", out _))
                {
                    yield return property.Value;
                }

                foreach (var found in FindProperty(property.Value, name))
                {
                    yield return found;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                foreach (var found in FindProperty(item, name))
                {
                    yield return found;
                }
            }
        }
    }
}
