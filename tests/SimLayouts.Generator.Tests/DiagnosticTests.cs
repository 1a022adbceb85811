using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using SimLayouts.Generator.Diagnostics;
using SimLayouts.Generator.Tests.Infrastructure;

namespace SimLayouts.Generator.Tests;

/// <summary>
/// Every mistake in a layout is one diagnostic with a stable ID at the right line and column.
/// In each case a ⟦ marks where the diagnostic must point; it is removed before the generator runs.
/// </summary>
public sealed class DiagnosticTests
{
    private const char Marker = '⟦';

    private const string ValidLayout = """
        layout: test
        enums:
          - name: Mode
            type: u32
            values:
              - { name: OFF, value: 0 }
              - { name: ON, value: 1 }
        structs:
          - name: Car
            size: 8
            fields:
              - { name: speed, offset: 0, type: f32 }
              - { name: gear, offset: 4, type: i32 }
        pages:
          - name: Page
            segment: seg
            size: 64
            consistency: { protocol: seqlock, counter: seq }
            fields:
              - { name: seq, offset: 0, type: u32 }
              - { name: mode, offset: 4, type: u32, enum: Mode }
              - { name: cars, offset: 8, type: Car, dims: [4] }
              - { name: label, offset: 40, type: string, length: 16 }
        """;

    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Case("SL0001", "    segment: seg", "    segment: seg⟦: x");
        yield return Case("SL0002", "{ name: seq, offset: 0, type: u32 }", "{ name: seq, offset: 0, type: u32, ⟦colour: red }");
        yield return Case("SL0003", "      - { name: label, offset: 40, type: string, length: 16 }", "      - ⟦{ name: label, type: string, length: 16 }");
        yield return Case("SL0004", "    size: 64", "    size: ⟦big");
        yield return Case("SL0005", "{ name: speed, offset: 0, type: f32 }", "{ name: speed, offset: 0, type: ⟦float32 }");
        yield return Case("SL0006", "enum: Mode }", "enum: ⟦Moode }");
        yield return Case("SL0007", "{ name: gear, offset: 4, type: i32 }", "{ name: gear, offset: ⟦2, type: i32 }");
        yield return Case("SL0008", "{ name: label, offset: 40,", "{ name: label, offset: ⟦60,");
        yield return Case("SL0009", "dims: [4] }", "dims: [4], stride: ⟦4 }");
        yield return Case("SL0010", "{ name: mode, offset: 4,", "{ name: ⟦seq, offset: 4,");
        yield return Case("SL0011", "{ name: mode, offset: 4,", "{ name: ⟦Seq, offset: 4,");
        yield return Case("SL0012", "{ name: ON, value: 1 }", "{ name: ON, value: ⟦0 }");
        yield return Case("SL0013", "{ name: label, offset: 40,", "{ name: ⟦2label, offset: 40,");
        yield return Case("SL0014", "{ name: mode, offset: 4, type: u32, enum: Mode }", "{ name: mode, offset: 4, type: i32, enum: ⟦Mode }");
        yield return Case("SL0015", "{ name: ON, value: 1 }", "{ name: ON, value: ⟦-1 }");
        yield return Case("SL0016", "counter: seq }", "counter: ⟦sequence }");
        yield return Case("SL0017", "dims: [4] }", "dims: ⟦[4, 1, 1] }");
        yield return Case("SL0018", "{ name: gear, offset: 4, type: i32 }", "{ name: gear, offset: 4, type: ⟦Car }");
        yield return Case("SL0020", "{ name: seq, offset: 0, type: u32 }", "{ name: seq, offset: 0, ⟦offset: 4, type: u32 }");

        // Revisions: a field added later says since when; older fields fit the oldest revision.
        const string Consistency = "    consistency: { protocol: seqlock, counter: seq }";
        const string Revisions = Consistency + "\n    revisions:\n      - { name: old, size: 40 }\n      - { name: new, size: 64 }";
        yield return CaseWith("SL0008", Revisions, "{ name: label, offset: 40,", "{ name: label, offset: ⟦40,");
        yield return CaseWith("SL0016", Revisions, "{ name: label, offset: 40,", "{ name: label, since: ⟦newer, offset: 40,");
        yield return CaseWith("SL0004", Consistency + "\n    revisions:\n      - { name: old, size: 64 }\n      - { name: new, size: 30 }", "size: 30 }", "size: ⟦30 }");

        // The conveniences: boolean fields and helpers.
        const string Helpers = Consistency;
        yield return Case("SL0017", "{ name: label, offset: 40, type: string, length: 16 }", "{ name: label, offset: 40, type: string, length: 16, boolean: ⟦true }");
        yield return Case("SL0016", Helpers, Helpers + "\n    helpers:\n      - { name: Moving, kind: test, field: ⟦speed }");
        yield return Case("SL0004", Helpers, Helpers + "\n    helpers:\n      - { name: Moving, kind: ⟦sum, field: seq }");
        yield return Case("SL0011", Helpers, Helpers + "\n    helpers:\n      - { name: ⟦Seq, kind: test, field: seq }");
        yield return Case("SL0004", Helpers, Helpers + "\n    helpers:\n      - { name: Both, kind: uint128, fields: [⟦seq, mode] }");

        // JSON: an array's active count is a single integer field of the same page; only arrays have one.
        yield return Case("SL0016", "dims: [4] }", "dims: [4], count: ⟦label }");
        yield return Case("SL0016", "dims: [4] }", "dims: [4], count: ⟦mode }");
        yield return Case("SL0017", "length: 16 }", "length: 16, count: ⟦seq }");

        // A count in a nested struct (rFactor 2's mScoringInfo.mNumVehicles): a dotted path through single struct fields.
        foreach (var path in new[] { "info.gear.x", "info.sped", "info.", "inf.gear", "cars.gear", "seq.gear", "info", "info.speed", "cars" })
        {
            yield return Mark("SL0016", WithInfo, "cars, offset: 8, type: Car, dims: [4] }", $"cars, offset: 8, type: Car, dims: [4], count: ⟦{path} }}").SetName($"SL0016 (count: {path})");
        }
        yield return Case("SL0004", "length: 16 }", "length: 16, json: ⟦\"\" }");

        // UTF-16 strings: 'encoding' is utf8 or utf16, on strings only; length in 16-bit units, within 2 GiB of bytes.
        yield return Case("SL0004", "length: 16 }", "length: 16, encoding: ⟦utf32 }");
        yield return Case("SL0017", "type: i32 }", "type: i32, encoding: ⟦utf16 }");
        yield return Case("SL0017", "type: string, length: 16 }", "type: string, encoding: utf16, length: ⟦1073741824 }");
        yield return Case("SL0008", "{ name: label, offset: 40, type: string, length: 16 }", "{ name: label, offset: ⟦40, type: string, encoding: utf16, length: 16 }");

        // Presence: values of a single integer field of the page that mean the game is not there.
        const string Label = "      - { name: label, offset: 40, type: string, length: 16 }";
        yield return Case("SL0003", Consistency, Consistency + "\n    presence: ⟦{ absent: [OFF] }");
        yield return Case("SL0003", Consistency, Consistency + "\n    presence: ⟦{ field: mode }");
        yield return Case("SL0016", Consistency, Consistency + "\n    presence: { field: ⟦mood, absent: [OFF] }");
        yield return Case("SL0016", Label, Label + "\n      - { name: laps, offset: 56, type: u16, dims: [4] }\n    presence: { field: ⟦laps, absent: [0] }");
        yield return Case("SL0016", Consistency, Consistency + "\n    presence: { field: ⟦label, absent: [0] }");
        yield return Case("SL0016", Label, Label + "\n      - { name: running, offset: 56, type: u8, boolean: true }\n    presence: { field: ⟦running, absent: [0] }");
        yield return Case("SL0004", Consistency, Consistency + "\n    presence: { field: mode, absent: [⟦OF] }");
        yield return Case("SL0004", Consistency, Consistency + "\n    presence: { field: seq, absent: [⟦OFF] }");
        yield return Case("SL0004", Consistency, Consistency + "\n    presence: { field: mode, absent: [OFF, ⟦-1] }");
        yield return Case("SL0004", Consistency, Consistency + "\n    presence: { field: mode, absent: [⟦0x100000000] }");
        yield return Case("SL0004", Consistency, Consistency + "\n    presence: { field: mode, absent: ⟦[] }");
        yield return Case("SL0004", Consistency, Consistency + "\n    presence: { field: mode, absent: ⟦OFF }");
        yield return Case("SL0004", Consistency, Consistency + "\n    presence: { field: mode, absent: [⟦{ name: OFF }] }");
        yield return Case("SL0002", Consistency, Consistency + "\n    presence: { field: mode, absent: [OFF], ⟦when: always }");

        // The game keys on the root: a title for people, and the bridge's ingest path and frame format.
        yield return Case("SL0004", "layout: test", "layout: test\ntitle: ⟦\" \"");
        yield return Case("SL0004", "layout: test", "layout: test\nbridge: { ingest: ⟦api/ingest/test }");
        yield return Case("SL0004", "layout: test", "layout: test\nbridge: { ingest: ⟦\"/api/ingest/my test\" }");
        yield return Case("SL0004", "layout: test", "layout: test\nbridge: { frame: ⟦Test_Frame }");
        yield return Case("SL0004", "layout: test", "layout: test\nbridge: { ingest: /api/ingest/test, frame: ⟦\"\" }");
        yield return Case("SL0002", "layout: test", "layout: test\nbridge: { ⟦url: /api/ingest/test }");
    }

    [Test]
    public void The_valid_base_layout_has_no_diagnostics()
    {
        var run = GeneratorHarness.Run(ValidLayout);

        Assert.That(run.GeneratorDiagnostics, Is.Empty);
        Assert.That(run.CompileErrors(), Is.Empty);
    }

    [TestCaseSource(nameof(Cases))]
    [TestCaseSource(typeof(VersionKeyDiagnosticTests), nameof(VersionKeyDiagnosticTests.Cases))]
    public void Each_mistake_is_reported_once_at_its_place(string id, string layout, int line, int column)
    {
        var run = GeneratorHarness.Run(layout, "/layouts/bad.layout.yaml");

        Assert.That(run.Exception, Is.Null);
        Assert.That(run.GeneratorDiagnostics, Has.Length.EqualTo(1), "one mistake, one diagnostic: " + string.Join(" | ", run.GeneratorDiagnostics));
        var diagnostic = run.GeneratorDiagnostics[0];
        var position = diagnostic.Location.GetLineSpan();
        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Id, Is.EqualTo(id), diagnostic.ToString());
            Assert.That(diagnostic.Severity, Is.EqualTo(DiagnosticSeverity.Error));
            Assert.That(position.Path, Is.EqualTo("/layouts/bad.layout.yaml"));
            Assert.That((position.StartLinePosition.Line, position.StartLinePosition.Character), Is.EqualTo((line, column)), diagnostic.ToString());
        });
        Assert.That(run.GeneratedSources, Is.Empty, "a layout with errors generates nothing");
    }

    [Test]
    public void An_unknown_absent_name_is_reported_with_the_members_of_the_fields_enum()
    {
        var layout = ValidLayout.Replace("counter: seq }", "counter: seq }\n    presence: { field: mode, absent: [OF] }", StringComparison.Ordinal);

        var run = GeneratorHarness.Run(layout, "/layouts/bad.layout.yaml");

        Assert.That(run.GeneratorDiagnostics.Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)), Is.EqualTo(new[]
        {
            "Invalid value for 'absent': 'OF' is not a member of enum 'Mode' (members: OFF, ON)",
        }));
    }

    [TestCase("info.gear", null)]
    [TestCase("info.sped", "struct 'Car' has no field 'sped'")]
    [TestCase("inf.gear", "page 'Page' has no field 'inf'")]
    [TestCase("cars.gear", "'cars' is an array")]
    [TestCase("seq.gear", "'seq' is not a struct")]
    [TestCase("info", "'info' is a struct; name its integer member (info.member)")]
    [TestCase("info.speed", "'info.speed' is f32")]
    [TestCase("mode", "'mode' has an enum")]
    [TestCase("cars", "it is the array itself")]
    public void A_count_path_says_where_it_goes_wrong(string path, string? reason)
    {
        var layout = WithInfo.Replace("dims: [4] }", $"dims: [4], count: {path} }}", StringComparison.Ordinal);

        var run = GeneratorHarness.Run(layout, "/layouts/bad.layout.yaml");

        Assert.That(
            run.GeneratorDiagnostics.Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)),
            Is.EqualTo(reason is null ? Array.Empty<string>() : [$"Field 'cars' count refers to '{path}', which is not a single integer member of page 'Page' without an enum: {reason}"]));
    }

    [Test]
    public void Every_descriptor_has_a_test_case_that_triggers_it()
    {
        var covered = Cases().Select(c => (string)c.Arguments[0]!).ToHashSet();
        covered.Add("SL0019"); // GeneratedCodeTests: a compilation without SimLayouts.Runtime.
        covered.Add("SL0099"); // The internal-error guard: RobustnessTests assert it never fires.

        Assert.That(LayoutDiagnostics.Descriptors.Select(d => d.Id), Is.SubsetOf(covered));
    }

    [Test]
    public void Every_descriptor_id_is_listed_in_the_language_reference()
    {
        var readme = System.IO.File.ReadAllText(System.IO.Path.Combine(RepositoryPaths.Root, "layouts", "README.md"));

        foreach (var descriptor in LayoutDiagnostics.Descriptors)
        {
            Assert.That(readme, Does.Contain(descriptor.Id), descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>The base layout with a single struct field, <c>info</c>, after the label.</summary>
    private static readonly string WithInfo = ValidLayout.Replace("length: 16 }", "length: 16 }\n      - { name: info, offset: 56, type: Car }", StringComparison.Ordinal);

    private static TestCaseData Case(string id, string find, string replaceWithMarker) =>
        Mark(id, ValidLayout, find, replaceWithMarker);

    /// <summary>A case on the base layout with its consistency line replaced by <paramref name="consistencyAndMore"/>.</summary>
    private static TestCaseData CaseWith(string id, string consistencyAndMore, string find, string replaceWithMarker) =>
        Mark(id, ValidLayout.Replace("    consistency: { protocol: seqlock, counter: seq }", consistencyAndMore, StringComparison.Ordinal), find, replaceWithMarker);

    /// <summary>A case: <paramref name="layout"/> with <paramref name="find"/> replaced, the diagnostic expected at the ⟦.</summary>
    internal static TestCaseData Mark(string id, string layout, string find, string replaceWithMarker)
    {
        Assert.That(layout, Does.Contain(find), "test case must edit the base layout");
        var marked = layout.Replace(find, replaceWithMarker, StringComparison.Ordinal);
        var at = marked.IndexOf(Marker, StringComparison.Ordinal);
        var before = marked[..at];
        var line = before.Count(c => c == '\n');
        var column = at - (before.LastIndexOf('\n') + 1);
        var lineEnd = marked.IndexOf('\n', at);
        var markedLine = marked[(before.LastIndexOf('\n') + 1)..(lineEnd < 0 ? marked.Length : lineEnd)].Trim();
        return new TestCaseData(id, marked.Remove(at, 1), line, column).SetName($"{id} at {line + 1}:{column + 1} ({markedLine[..Math.Min(60, markedLine.Length)]})");
    }
}
