using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using SimLayouts.Generator.Naming;
using SimLayouts.Generator.Tests.Infrastructure;

namespace SimLayouts.Generator.Tests;

/// <summary>
/// The catalogue of generated names (<see cref="GeneratedNames"/>) against layouts: every entry, taken by a name from
/// a layout where the two would collide, is an SL diagnostic at the YAML line, never a C# error inside generated code.
/// The cases are made from the entries themselves, so a new entry gets its case without editing this file (a new
/// kind of entry makes <see cref="Collision"/> fail until it learns how to provoke it).
/// </summary>
public sealed class GeneratedNameTests
{
    private const string Intruder = "intruder";

    private static IEnumerable<TestCaseData> Entries() =>
        GeneratedNames.All.Select((name, index) => new TestCaseData(index).SetName($"{name.Pattern.Replace('{', '<').Replace('}', '>')} in {name.Scope} ({name.Purpose})"));

    [TestCaseSource(nameof(Entries))]
    public void A_layout_name_that_takes_a_generated_name_is_an_sl_diagnostic_at_its_line(int index)
    {
        var name = GeneratedNames.All[index];
        var (yaml, lines) = Collision(name);

        var run = GeneratorHarness.Run(yaml, "/layouts/names.layout.yaml");

        Assert.That(run.Exception, Is.Null);
        Assert.That(run.GeneratorDiagnostics, Has.Length.EqualTo(1), "one diagnostic: " + string.Join(" | ", run.GeneratorDiagnostics) + "\n" + yaml);
        var diagnostic = run.GeneratorDiagnostics[0];
        Assert.That(diagnostic.Id, Is.AnyOf("SL0010", "SL0011", "SL0013"), diagnostic.ToString());
        Assert.That(lines, Does.Contain(diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1), diagnostic + "\n" + yaml);
        Assert.That(run.GeneratedSources, Is.Empty);
    }

    [Test]
    public void Every_entry_is_a_name_the_generated_code_declares_or_dotnet_gives_every_type()
    {
        var yaml = Layout(
            "SimLayouts.Generated",
            page: "    revisions:\n      - { name: old, size: 32 }\n      - { name: new, size: 128 }\n    fields:\n" + string.Concat(Enumerable.Range(0, 17).Select(i => $"      - {{ name: f{i}, offset: {i}, type: u8 }}\n"))
                  + "      - { name: text, offset: 20, type: string, length: 4 }\n      - { name: list, offset: 24, type: u8, dims: [2] }\n"
                  + "      - { name: mode, offset: 26, type: u8, enum: E }\n      - { name: later, offset: 40, type: u8, since: new }\n"
                  + "      - { name: cars, offset: 28, type: u8, dims: [2], count: f0 }\n");
        var run = GeneratorHarness.Run(yaml, "/layouts/names.layout.yaml");
        Assert.That(run.GeneratorDiagnostics, Is.Empty);
        Assert.That(run.CompileErrors().Select(d => d.ToString()), Is.Empty);
        var code = string.Join("\n", run.GeneratedSources.Select(source => source.SourceText.ToString()));

        foreach (var name in GeneratedNames.All)
        {
            var instance = name.Of(Part(name, "Text", "List", "E", "Later", "Cars"));
            var declared = Regex.IsMatch(code, $@"(?<![\w.]){Regex.Escape(instance)}\b")
                || typeof(object).GetMember(instance, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static).Length > 0
                || typeof(DayOfWeek).GetField(instance, BindingFlags.Public | BindingFlags.Instance) is not null;
            Assert.That(declared, Is.True, $"{name.Pattern} ({instance}) is in the catalogue but nothing declares it");
        }
    }

    [Test]
    public void The_language_reference_lists_every_generated_name()
    {
        var readme = System.IO.File.ReadAllText(System.IO.Path.Combine(RepositoryPaths.Root, "layouts", "README.md"));
        var section = readme[readme.IndexOf("**Generated names.**", StringComparison.Ordinal)..readme.IndexOf("## JSON", StringComparison.Ordinal)];

        Assert.That(GeneratedNames.All.Select(name => name.Pattern).Where(pattern => !section.Contains($"`{pattern}`", StringComparison.Ordinal)), Is.Empty);
    }

    /// <summary>A layout where a name from the YAML takes <paramref name="name"/>, and the lines the diagnostic may point at.</summary>
    private static (string Yaml, int[] Lines) Collision(GeneratedName name)
    {
        var taken = name.Of(Part(name, "Trigger", "Trigger", "E", "Trigger", "Trigger"));
        return name.Scope switch
        {
            NameScope.ViewMembers => Lines(Layout(page: name.Source switch
            {
                NameSource.LaterField => "    revisions:\n      - { name: old, size: 16 }\n      - { name: new, size: 64 }\n    fields:\n" + Trigger("{ name: trigger, offset: 20, type: u8, since: new }") + Field(taken),
                NameSource.StringField => Fields(Trigger("{ name: trigger, offset: 8, type: string, length: 4 }") + Field(taken)),
                NameSource.JsonArrayField => Fields(Trigger("{ name: trigger, offset: 8, type: u8, dims: [2] }") + Field(taken)),
                NameSource.EnumField => Fields(Trigger("{ name: trigger, offset: 8, type: u8, enum: E }") + Field(taken)),
                NameSource.CountedField => Fields(Trigger("{ name: used, offset: 4, type: u8 }") + Trigger("{ name: trigger, offset: 8, type: u8, dims: [2], count: used }") + Field(taken)),
                NameSource.Fixed or NameSource.Numbered or NameSource.Struct => Fields(Field(taken)),
                _ => throw new NotSupportedException($"no layout provokes {name.Source} names yet"),
            })),
            NameScope.LayoutNamespace => Lines(Layout(name.FixedNamespace ?? "Consumer.Names", enumsAfter: $"  - {{ name: {Intruder}, type: u8, csharp: {taken} }}\n"), also: "- name: S"),
            NameScope.EnumExtensionsMembers => Lines(Layout(enumsAfter: $"  - {{ name: {Intruder}, type: u8, csharp: {taken} }}\n")),
            NameScope.EnumMembers => Lines(Layout(enumValues: $", {{ name: {Intruder}, value: 2, csharp: {taken} }}")),
            NameScope.Constants => Lines(Layout(constants: $"  - {{ name: {Intruder}, value: 2, csharp: {taken} }}\n")),
            _ => throw new NotSupportedException($"no layout provokes names of {name.Scope} yet"),
        };
    }

    /// <summary>What a placeholder stands for in the layouts here: the layout <c>t</c>, the enum <c>E</c>, the page <c>Page</c>.</summary>
    private static string Part(GeneratedName name, string stringField, string arrayField, string enumField, string laterField, string countedField) => name.Source switch
    {
        NameSource.Fixed => string.Empty,
        NameSource.Layout => "T",
        NameSource.Enum => "E",
        NameSource.Struct => name.Scope == NameScope.LayoutNamespace ? "S" : "Page",
        NameSource.Numbered => "1",
        NameSource.StringField => stringField,
        NameSource.JsonArrayField => arrayField,
        NameSource.EnumField => enumField,
        NameSource.LaterField => laterField,
        NameSource.CountedField => countedField,
        _ => throw new NotSupportedException($"no part for {name.Source} names yet"),
    };

    private static string Fields(string fields) => "    fields:\n" + fields;

    private static string Trigger(string field) => "      - " + field + "\n";

    private static string Field(string csharp) => $"      - {{ name: {Intruder}, offset: 12, type: u8, csharp: {csharp} }}\n";

    /// <summary>The one-based lines of the intruder and of the declaration it may be reported against instead.</summary>
    private static (string, int[]) Lines(string yaml, string? also = null)
    {
        var lines = yaml.Split('\n');
        var marks = new[] { Intruder, also }.Where(mark => mark is not null).ToArray();
        return (yaml, lines.Select((line, i) => (line, i)).Where(l => marks.Any(mark => l.line.Contains(mark!, StringComparison.Ordinal))).Select(l => l.i + 1).ToArray());
    }

    private static string Layout(string ns = "Consumer.Names", string constants = "", string enumValues = "", string enumsAfter = "", string? page = null) => $$"""
        layout: t
        namespace: {{ns}}
        constants:
          - { name: LIMIT, value: 1 }
        {{constants}}enums:
          - { name: E, type: u8, values: [ { name: E_ONE, value: 1 }{{enumValues}} ] }
        {{enumsAfter}}structs:
          - name: S
            size: 4
            fields:
              - { name: s, offset: 0, type: u32 }
        pages:
          - name: Page
            segment: seg
            size: 128
        {{page ?? Fields(string.Empty)}}
        """.Replace("\n\n", "\n", StringComparison.Ordinal);
}
