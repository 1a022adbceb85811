using System;
using System.Globalization;
using System.Linq;
using System.Text;
using SimLayouts.Generator.Diagnostics;
using SimLayouts.Generator.Parsing;
using SimLayouts.Generator.Tests.Infrastructure;

namespace SimLayouts.Generator.Tests;

/// <summary>
/// Absurd input is one clear diagnostic at its place in the YAML: a tab used for indentation is reported at the tab,
/// and sizes no real header reaches (names, texts, nesting) stop before they reach the C# compiler (CS7013) or flood
/// a build log. The limits are those of <see cref="LayoutLimits"/>, documented in layouts/README.md.
/// </summary>
public sealed class LimitTests
{
    private const string Page = "layout: a\nnamespace: Consumer.Limits\npages:\n  - name: Page\n    segment: s\n    size: 16\n";

    [TestCase("layout: a\n\tpages: []\n", 2, 1)]
    [TestCase("layout: a\npages:\n  - name: P\n\t segment: s\n", 4, 1)]
    [TestCase(Page + "    fields:\n    \t- { name: x, offset: 0, type: u8 }\n", 8, 5)]
    [TestCase(Page + "    fields:\n\t\t- { name: x, offset: 0, type: u8 }\n", 8, 1)]
    public void A_tab_used_for_indentation_is_reported_at_the_tab(string yaml, int line, int column)
    {
        var diagnostic = Single(yaml, "SL0001");

        Assert.That(Position(diagnostic), Is.EqualTo((line, column)), diagnostic.ToString());
        Assert.That(diagnostic.GetMessage(CultureInfo.InvariantCulture), Does.Contain("tab"));
    }

    [Test]
    public void A_megabyte_field_name_is_one_short_diagnostic_at_the_name()
    {
        var name = new string('n', 1 << 20);

        var diagnostic = Single(Page + $"    fields:\n      - {{ name: {name}, offset: 0, type: u8 }}\n", "SL0004");

        Assert.That(Position(diagnostic), Is.EqualTo((8, 17)));
        Assert.That(diagnostic.GetMessage(CultureInfo.InvariantCulture), Has.Length.LessThan(200).And.Contain("1,048,576 characters"));
    }

    [Test]
    public void A_number_a_megabyte_long_is_one_short_diagnostic()
    {
        var diagnostic = Single(Page + $"    fields:\n      - {{ name: x, offset: {new string('9', 1 << 20)}, type: u8 }}\n", "SL0004");

        Assert.That(Position(diagnostic), Is.EqualTo((8, 28)));
        Assert.That(diagnostic.GetMessage(CultureInfo.InvariantCulture), Has.Length.LessThan(200));
    }

    [TestCase('n')]
    [TestCase('é')]
    public void The_longest_names_allowed_compile(char letter)
    {
        var name = NameOfBytes(LayoutLimits.MaxNameLength, letter);
        var yaml = $"layout: a\nnamespace: Consumer.Limits\nstructs:\n  - {{ name: {name}, size: 4, fields: [ {{ name: {name}, offset: 0, type: string, length: 4 }} ] }}\n"
                 + $"pages:\n  - name: P\n    segment: s\n    size: 8\n    fields:\n      - {{ name: {name}, offset: 0, type: {name}, dims: [2] }}\n";

        var run = GeneratorHarness.Run(yaml);

        Assert.That(run.GeneratorDiagnostics.Select(d => d.Id), Is.Empty);
        Assert.That(run.CompileErrors().Select(d => d.Id), Is.Empty, "no CS7013 for the longest names, suffixes included");
    }

    [TestCase('n')]
    [TestCase('é')]
    public void A_name_one_byte_over_the_limit_is_reported(char letter)
    {
        Single(Page + $"    fields:\n      - {{ name: {NameOfBytes(LayoutLimits.MaxNameLength + 1, letter)}, offset: 0, type: u8 }}\n", "SL0004");
    }

    [Test]
    public void A_doc_may_be_long_but_not_endless()
    {
        var longest = new string('d', LayoutLimits.MaxTextLength);
        var run = GeneratorHarness.Run(Page + $"    doc: {longest}\n    fields:\n      - {{ name: x, offset: 0, type: u8 }}\n");
        Assert.That(run.GeneratorDiagnostics, Is.Empty);

        var diagnostic = Single(Page + $"    doc: {longest}d\n    fields:\n      - {{ name: x, offset: 0, type: u8 }}\n", "SL0004");
        Assert.That(Position(diagnostic), Is.EqualTo((7, 10)));
    }

    [Test]
    public void Yaml_nested_too_deep_is_reported_where_it_gets_too_deep()
    {
        var depth = LayoutLimits.MaxYamlNesting;
        var yaml = "layout: a\npages: " + new string('[', depth) + new string(']', depth) + "\n";

        var diagnostic = Single(yaml, "SL0001");

        // The root mapping is the first level, so the list that opens level 65 is the 64th bracket.
        Assert.That(Position(diagnostic), Is.EqualTo((2, 8 + depth - 1)));
    }

    [Test]
    public void Structs_nested_deeper_than_the_limit_are_reported_at_the_field_that_nests_too_deep()
    {
        // A page of 32 levels (itself and 31 structs inside each other) is the deepest allowed.
        var deepest = GeneratorHarness.Run(Chain(LayoutLimits.MaxStructNesting - 1, outermostFirst: false));
        Assert.That(deepest.GeneratorDiagnostics, Is.Empty);
        Assert.That(deepest.CompileErrors().Select(d => d.Id), Is.Empty);

        var tooDeep = Chain(LayoutLimits.MaxStructNesting, outermostFirst: false);
        var diagnostic = Single(tooDeep, "SL0017");
        Assert.That(Position(diagnostic).Line, Is.EqualTo(tooDeep.Split('\n').Length - 1), "the page's field, whose struct makes the page one level too deep");
    }

    [Test]
    public void A_chain_of_ten_thousand_structs_declared_outermost_first_is_one_diagnostic_not_a_stack_overflow()
    {
        Single(Chain(10_000, outermostFirst: true), "SL0017");
    }

    /// <summary>Structs S0 (scalars) to S{count - 1}, each holding the one before, and a page holding the last.</summary>
    private static string Chain(int count, bool outermostFirst)
    {
        var structs = Enumerable.Range(1, count - 1).Select(i => $"  - {{ name: S{i}, size: 4, fields: [ {{ name: x, offset: 0, type: S{i - 1} }} ] }}\n");
        return "layout: a\nnamespace: Consumer.Limits\nstructs:\n"
            + (outermostFirst ? string.Concat(structs.Reverse()) : string.Empty)
            + "  - { name: S0, size: 4, fields: [ { name: x, offset: 0, type: u32 } ] }\n"
            + (outermostFirst ? string.Empty : string.Concat(structs))
            + $"pages:\n  - {{ name: P, segment: s, size: 4, fields: [ {{ name: x, offset: 0, type: S{count - 1} }} ] }}\n";
    }

    /// <summary>An identifier of exactly <paramref name="bytes"/> bytes of UTF-8, mostly of <paramref name="letter"/>.</summary>
    private static string NameOfBytes(int bytes, char letter)
    {
        var name = new StringBuilder("m");
        while (Encoding.UTF8.GetByteCount(name.ToString() + letter) <= bytes)
        {
            name.Append(letter);
        }

        while (Encoding.UTF8.GetByteCount(name.ToString()) < bytes)
        {
            name.Append('n');
        }

        return name.ToString();
    }

    [Test]
    public void A_message_never_quotes_more_than_its_limit_of_a_value()
    {
        var info = DiagnosticInfo.Create(LayoutDiagnostics.InvalidValue, SourceSpan.StartOf("/layouts/x.layout.yaml"), "key", new string('v', 1 << 20));

        Assert.That(info.Arguments[1], Has.Length.LessThan(DiagnosticInfo.MaxArgumentLength + 40).And.EndsWith("(1048576 characters)"));
        Assert.That(info.Arguments[0], Is.EqualTo("key"));
    }

    private static Microsoft.CodeAnalysis.Diagnostic Single(string yaml, string id)
    {
        var run = GeneratorHarness.Run(yaml);

        Assert.That(run.Exception, Is.Null);
        Assert.That(run.GeneratorDiagnostics.Select(d => d.Id), Is.EqualTo(new[] { id }), string.Join(" | ", run.GeneratorDiagnostics.Select(d => d.ToString()[..Math.Min(300, d.ToString().Length)])));
        Assert.That(run.GeneratedSources, Is.Empty);
        return run.GeneratorDiagnostics[0];
    }

    /// <summary>The one-based line and column, as MSBuild prints them.</summary>
    private static (int Line, int Column) Position(Microsoft.CodeAnalysis.Diagnostic diagnostic)
    {
        var start = diagnostic.Location.GetLineSpan().StartLinePosition;
        return (start.Line + 1, start.Character + 1);
    }
}
