using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using SimLayouts.Generator.Tests.Infrastructure;

namespace SimLayouts.Generator.Tests;

/// <summary>
/// The keys rFactor 2 and RaceRoom brought to the language: the <c>version-block</c> protocol (<c>end</c>, <c>hint</c>,
/// <c>hintFrom</c>), the version gate (<c>version.exact</c>, <c>version.current</c>) and revisions told by their minor
/// version (<c>version.minor</c>, a revision's <c>minor</c>). Each way to get them wrong is one case of
/// <see cref="DiagnosticTests.Each_mistake_is_reported_once_at_its_place"/>, on a valid base that uses them all.
/// </summary>
public sealed class VersionKeyDiagnosticTests
{
    /// <summary>
    /// A page in the manner of both games: rFactor 2's version block with its bytes-updated hint counted from byte 8,
    /// RaceRoom's major version gate and two revisions of one size told apart by the minor version.
    /// </summary>
    internal const string ValidLayout = """
        layout: test
        version: { field: major, current: 3, exact: true, minor: minor }
        structs:
          - name: Car
            size: 8
            fields:
              - { name: speed, offset: 0, type: f32 }
              - { name: gear, offset: 4, type: i32 }
        pages:
          - name: Page
            segment: seg
            size: 72
            consistency: { protocol: version-block, counter: begin, end: done, hint: updated, hintFrom: 8 }
            revisions:
              - { name: "3.4", size: 72, minor: 4 }
              - { name: "3.5", size: 72, minor: 5 }
            fields:
              - { name: begin, offset: 0, type: u32 }
              - { name: done, offset: 4, type: u32 }
              - { name: updated, offset: 8, type: i32 }
              - { name: cars, offset: 12, type: Car, dims: [4] }
              - { name: label, offset: 44, type: string, length: 16 }
              - { name: major, offset: 60, type: u8 }
              - { name: minor, offset: 64, type: i32 }
              - { name: brake, offset: 68, type: f32, since: "3.5" }
        """;

    private const string Consistency = "consistency: { protocol: version-block, counter: begin, end: done, hint: updated, hintFrom: 8 }";

    private const string Version = "version: { field: major, current: 3, exact: true, minor: minor }";

    public static IEnumerable<TestCaseData> Cases()
    {
        // version-block: the end counter and the hint are top-level 32-bit integers of the page (SL0016) ...
        yield return Case("SL0016", "end: done", "end: ⟦finished");
        yield return Case("SL0016", "end: done", "end: ⟦label");
        yield return Case("SL0016", "end: done", "end: ⟦major");
        yield return Case("SL0016", "end: done", "end: ⟦cars");
        yield return Case("SL0016", "hint: updated", "hint: ⟦update");
        yield return Case("SL0016", "hint: updated", "hint: ⟦brake");
        yield return Case("SL0016", "hint: updated", "hint: ⟦major");
        yield return Case("SL0016", "counter: begin", "counter: ⟦cars");

        // ... three different ones: a counter that is its own end counter always agrees, a hint is a length.
        yield return Case("SL0004", "end: done", "end: ⟦begin");
        yield return Case("SL0004", "hint: updated", "hint: ⟦done");
        yield return Case("SL0004", "hint: updated", "hint: ⟦begin");

        // ... both counters are required; end and hint are single names.
        yield return Case("SL0003", Consistency, "consistency: ⟦{ protocol: version-block, counter: begin, hint: updated, hintFrom: 8 }");
        yield return Case("SL0003", Consistency, "consistency: ⟦{ protocol: version-block, end: done, hint: updated, hintFrom: 8 }");
        yield return Case("SL0004", "hint: updated", "hint: ⟦[updated]");
        yield return Case("SL0004", "end: done", "end: ⟦{ name: done }");

        // ... only version-block reads end, hint and hintFrom (none is no exception), and hintFrom only with a hint.
        yield return Case("SL0004", Consistency, "consistency: { protocol: seqlock, counter: begin, end: ⟦done }");
        yield return Case("SL0004", Consistency, "consistency: { protocol: counter, counter: begin, hint: ⟦updated }");
        yield return Case("SL0004", Consistency, "consistency: { protocol: none, end: ⟦done }");
        yield return Case("SL0004", Consistency, "consistency: { protocol: none, hint: ⟦updated, hintFrom: 8 }");
        yield return Case("SL0004", Consistency, "consistency: { protocol: seqlock, counter: begin, hintFrom: ⟦8 }");
        yield return Case("SL0004", "hint: updated, hintFrom: 8", "hintFrom: ⟦8");

        // ... hintFrom is a whole number, an offset within the page.
        yield return Case("SL0004", "hintFrom: 8", "hintFrom: ⟦-8");
        yield return Case("SL0004", "hintFrom: 8", "hintFrom: ⟦eight");
        yield return Case("SL0004", "hintFrom: 8", "hintFrom: ⟦8.5");
        yield return Case("SL0004", "hintFrom: 8", "hintFrom: ⟦[8]");
        yield return Case("SL0004", "hintFrom: 8", "hintFrom: ⟦72");
        yield return Case("SL0004", "hintFrom: 8", "hintFrom: ⟦0x10000");

        // The protocol's name: a typo of version-block is one of the others (the message lists them).
        yield return Case("SL0004", "protocol: version-block", "protocol: ⟦version_block");
        yield return Case("SL0004", "protocol: version-block", "protocol: ⟦[version-block]");

        // The version gate: exact is a boolean and needs current, a number the version field can hold.
        yield return Case("SL0004", "exact: true", "exact: ⟦yes");
        yield return Case("SL0004", "exact: true", "exact: ⟦1");
        yield return Case("SL0003", Version, "version: ⟦{ field: major, exact: true, minor: minor }");
        yield return Case("SL0004", "current: 3", "current: ⟦three");
        yield return Case("SL0004", "current: 3", "current: ⟦3.5");
        yield return Case("SL0004", "current: 3", "current: ⟦256");
        yield return Case("SL0004", "current: 3", "current: ⟦-1");
        yield return Case("SL0004", "current: 3,", "current: 3, known: [2, ⟦0x100],");
        yield return Case("SL0016", "field: major", "field: ⟦version_major");
        yield return Case("SL0016", "field: major", "field: ⟦label");
        yield return Case("SL0016", Version, "version: { page: ⟦Pages, field: major, current: 3, exact: true, minor: minor }");

        // The minor version: an integer field of the version's page other than the version field itself.
        yield return Case("SL0016", "minor: minor }", "minor: ⟦minr }");
        yield return Case("SL0016", "minor: minor }", "minor: ⟦brake }");
        yield return Case("SL0016", "minor: minor }", "minor: ⟦cars }");
        yield return Case("SL0004", "minor: minor }", "minor: ⟦major }");

        // Revisions told by minor: the layout must say where the minor is (once per page, at the first minor) ...
        yield return Case("SL0004", Version, "version: { field: major, current: 3, exact: true }", "minor: 4 }", "minor: ⟦4 }");
        yield return Case("SL0004", Version, string.Empty, "minor: 4 }", "minor: ⟦4 }");

        // ... the minors grow (a repeated one is reported at the minor, not at the equal size) and are whole numbers ≥ 0.
        yield return Case("SL0004", "size: 72, minor: 5 }", "size: 72, minor: ⟦4 }");
        yield return Case("SL0004", "size: 72, minor: 5 }", "size: 72, minor: ⟦3 }");
        yield return Case("SL0004", "size: 72, minor: 4 }", "size: 72, minor: ⟦-4 }");
        yield return Case("SL0004", "size: 72, minor: 4 }", "size: 72, minor: ⟦four }");
        yield return Case("SL0004", "size: 72, minor: 5 }", "size: ⟦72 }");
        yield return Case("SL0010", ", since: \"3.5\"", string.Empty, "{ name: \"3.5\", size: 72, minor: 5 }", "{ name: ⟦\"3.4\", size: 72, minor: 5 }");
    }

    [Test]
    public void The_valid_base_layout_has_no_diagnostics_and_compiles()
    {
        var run = GeneratorHarness.Run(ValidLayout);

        Assert.That(run.GeneratorDiagnostics, Is.Empty);
        Assert.That(run.CompileErrors(), Is.Empty);
        Assert.That(run.GeneratedSources, Is.Not.Empty);
    }

    [Test]
    public void A_minor_field_without_revisions_that_name_minors_is_published_not_refused()
    {
        // The minor is then only read, not used to tell revisions apart: not a mistake.
        const string Revisions = "    revisions:\n      - { name: \"3.4\", size: 72, minor: 4 }\n      - { name: \"3.5\", size: 72, minor: 5 }\n";
        Assert.That(ValidLayout, Does.Contain(Revisions));
        var layout = ValidLayout.Replace(Revisions, string.Empty, StringComparison.Ordinal).Replace(", since: \"3.5\"", string.Empty, StringComparison.Ordinal);

        var run = GeneratorHarness.Run(layout);

        Assert.That(run.GeneratorDiagnostics, Is.Empty);
        Assert.That(run.CompileErrors(), Is.Empty);
    }

    [Test]
    public void An_unknown_protocol_is_told_every_protocol_the_schema_offers()
    {
        var run = GeneratorHarness.Run(ValidLayout.Replace("protocol: version-block", "protocol: version_block", StringComparison.Ordinal));

        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "layouts", "layout.schema.json")));
        var offered = schema.RootElement.GetProperty("definitions").GetProperty("page").GetProperty("properties").GetProperty("consistency")
            .GetProperty("properties").GetProperty("protocol").GetProperty("enum").EnumerateArray().Select(name => name.GetString()!).ToList();
        Assert.That(offered, Does.Contain("version-block"));
        Assert.That(run.GeneratorDiagnostics.Select(Message), Is.EqualTo(new[]
        {
            $"Invalid value for 'protocol': 'version_block' is not one of: {string.Join(", ", offered)}",
        }));
    }

    [TestCase("end: begin", "Invalid value for 'end': the end counter 'begin' is also the begin counter; a version block has two counters")]
    [TestCase("hint: done", "Invalid value for 'hint': the bytes-updated hint 'done' is also a counter of the version block")]
    [TestCase("current: 256", "Invalid value for 'current': 256 does not fit u8, the type of version field 'major'")]
    [TestCase("hintFrom: 72", "Invalid value for 'hintFrom': the hint counts bytes from an offset within the page's 72 bytes (0..71), not 72")]
    public void The_new_rules_say_what_is_wrong(string mistake, string message)
    {
        var key = mistake[..mistake.IndexOf(':', StringComparison.Ordinal)];
        var correct = new[] { "end: done", "hint: updated", "current: 3", "hintFrom: 8" }.Single(text => text.StartsWith(key + ":", StringComparison.Ordinal));

        var run = GeneratorHarness.Run(ValidLayout.Replace(correct, mistake, StringComparison.Ordinal));

        Assert.That(run.GeneratorDiagnostics.Select(Message), Is.EqualTo(new[] { message }));
    }

    [Test]
    public void Revisions_with_minors_and_no_minor_field_are_told_where_the_minor_goes()
    {
        var run = GeneratorHarness.Run(ValidLayout.Replace(Version, "version: { field: major, current: 3, exact: true }", StringComparison.Ordinal));

        Assert.That(run.GeneratorDiagnostics.Select(Message), Is.EqualTo(new[]
        {
            "Invalid value for 'minor': the revisions of page 'Page' name minor versions, but the layout's 'version' names no 'minor' field on that page (version: { minor: FIELD })",
        }));
    }

    private static string Message(Microsoft.CodeAnalysis.Diagnostic diagnostic) => diagnostic.GetMessage(CultureInfo.InvariantCulture);

    private static TestCaseData Case(string id, string find, string replaceWithMarker) =>
        DiagnosticTests.Mark(id, ValidLayout, find, replaceWithMarker);

    /// <summary>A case on the base layout with <paramref name="change"/> replaced by <paramref name="changed"/> first.</summary>
    private static TestCaseData Case(string id, string change, string changed, string find, string replaceWithMarker) =>
        DiagnosticTests.Mark(id, ValidLayout.Replace(change, changed, StringComparison.Ordinal), find, replaceWithMarker);
}
