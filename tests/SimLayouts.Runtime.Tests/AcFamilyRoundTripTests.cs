using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using SimLayouts.Runtime.Tests.Infrastructure;

namespace SimLayouts.Runtime.Tests;

/// <summary>
/// Every member of the ACC and AC1 pages, set through the writable view, reads back through the read view and lands
/// at its offset (first and last element of every array), UTF-16 strings included: a non-ASCII name, and a name that
/// fills all its characters with no NUL. As in <see cref="RoundTripTests"/>, the test writes a C# program from the
/// metadata, compiles it against SimLayouts.Runtime and runs it, because views are ref structs.
/// </summary>
public sealed class AcFamilyRoundTripTests
{
    private static IEnumerable<TestCaseData> Pages() =>
        new[] { "acc", "ac1" }.SelectMany(game => Layout(game).Pages.Select(page => new TestCaseData(game, page.NativeName).SetName($"{game} {page.JsonName}: every member round-trips")));

    [TestCaseSource(nameof(Pages))]
    public void Every_member_round_trips_through_the_writable_and_read_views_at_its_offset(string game, string pageName)
    {
        var layout = Layout(game);
        var page = layout.Pages.Single(p => p.NativeName == pageName);
        var program = new StringBuilder();
        var checks = new StringBuilder();
        var k = 0;
        foreach (var field in page.Fields)
        {
            k++;
            if (field.Type == "string")
            {
                StringMember(program, checks, field, k, page.Size);
                continue;
            }

            var dims = field.Dims;
            var last = dims.Count == 0 ? string.Empty : dims.Count == 1 ? $"[{dims[0] - 1}]" : $"[{dims[0] - 1}, {dims[1] - 1}]";
            var first = dims.Count == 0 ? string.Empty : dims.Count == 1 ? "[0]" : "[0, 0]";
            var lastOffset = field.Offset + field.Size - field.ElementSize;
            foreach (var (index, offset, n) in dims.Count == 0 ? new[] { (first, field.Offset, 2 * k) } : new[] { (first, field.Offset, 2 * k), (last, lastOffset, (2 * k) + 1) })
            {
                var (value, raw) = Value(layout, field, n, offset);
                program.AppendLine(CultureInfo.InvariantCulture, $"        w.{field.CSharpName}{index} = {value};");
                checks.AppendLine(CultureInfo.InvariantCulture, $"        Check(v.{field.CSharpName}{index} == {value}, \"{field.Path}{index} read back\");");
                checks.AppendLine(CultureInfo.InvariantCulture, $"        Check({raw}, \"{field.Path}{index} raw bytes at {offset}\");");
            }
        }

        var source = $$"""
            using System;
            using System.Buffers.Binary;
            using System.Collections.Generic;
            using System.Text;
            using {{Namespace(layout)}};

            public static class RoundTrip
            {
                public static List<string> Run()
                {
                    var failures = new List<string>();
                    void Check(bool ok, string what) { if (!ok) failures.Add(what); }
                    var page = new byte[{{page.CSharpName}}Layout.Size];
                    var w = new {{page.CSharpName}}WritableView(page);
            {{program}}
                    var v = new {{page.CSharpName}}View(page);
            {{checks}}
                    return failures;
                }
            }
            """;

        Assert.That(RoundTripProgram.Run(source), Is.Empty);
    }

    /// <summary>
    /// A non-ASCII name written through the setter, then the same member filled to its last character with no NUL
    /// through its raw bytes: both read back whole, and the next member is untouched.
    /// </summary>
    private static void StringMember(StringBuilder program, StringBuilder checks, LayoutField field, int k, int pageSize)
    {
        Assert.That(field.ElementSize, Is.EqualTo(2), field.Path + " is a UTF-16 string");
        var characters = field.Dims[^1];
        var text = $"é{k}Ж";
        var full = new string('ё', characters);
        program.AppendLine(CultureInfo.InvariantCulture, $"        w.{field.CSharpName} = \"{text}\";");
        checks.AppendLine(CultureInfo.InvariantCulture, $"        Check(v.{field.CSharpName} == \"{text}\", \"{field.Path} read back\");");
        checks.AppendLine(CultureInfo.InvariantCulture, $"        Check(Encoding.Unicode.GetString(page, {field.Offset}, {2 * text.Length}) == \"{text}\" && page[{field.Offset + (2 * text.Length)}] == 0 && page[{field.Offset + (2 * text.Length) + 1}] == 0, \"{field.Path} raw UTF-16LE at {field.Offset}\");");
        checks.AppendLine(CultureInfo.InvariantCulture, $"        Check(v.{field.CSharpName}Bytes.Length == {2 * characters}, \"{field.Path} raw length\");");
        var end = field.Offset + (2 * characters);
        var after = Math.Min(2, pageSize - end);   // the bytes after it, none for the page's last member
        checks.AppendLine(CultureInfo.InvariantCulture, $"        {{ var saved = page.AsSpan({end}, {after}).ToArray(); Encoding.Unicode.GetBytes(\"{full}\").CopyTo(w.{field.CSharpName}Bytes); Check(v.{field.CSharpName} == \"{full}\", \"{field.Path}: all {characters} characters, no NUL\"); Check(page.AsSpan({end}, {after}).SequenceEqual(saved), \"{field.Path}: the bytes after it are untouched\"); w.{field.CSharpName} = \"{text}\"; }}");
    }

    private static (string Value, string Raw) Value(LayoutDescription layout, LayoutField field, int n, int offset)
    {
        if (field.Type == "f32")
        {
            return ($"{n}.25f", $"BinaryPrimitives.ReadSingleLittleEndian(page.AsSpan({offset})) == {n}.25f");
        }

        Assert.That(field.Type, Is.EqualTo("i32"), field.Path);
        if (field.Enum is { } enumName)
        {
            var type = layout.Enums.Single(e => e.NativeName == enumName).CSharpName;
            return ($"(({type})(-{n}))", $"BinaryPrimitives.ReadInt32LittleEndian(page.AsSpan({offset})) == -{n}");
        }

        // A yes/no member reads back as bool and is stored as 1; a number as itself.
        return IsBoolean(layout, field)
            ? ("true", $"BinaryPrimitives.ReadInt32LittleEndian(page.AsSpan({offset})) == 1")
            : ($"-{n}", $"BinaryPrimitives.ReadInt32LittleEndian(page.AsSpan({offset})) == -{n}");
    }

    /// <summary>Whether the generated property of <paramref name="field"/> is a <c>bool</c> (<c>boolean: true</c>).</summary>
    private static bool IsBoolean(LayoutDescription layout, LayoutField field)
    {
        var page = layout.Pages.Single(p => p.Fields.Contains(field));
        var view = typeof(LayoutField).Assembly.GetType($"{Namespace(layout)}.{page.CSharpName}View")!;
        return view.GetProperty(field.CSharpName)!.PropertyType == typeof(bool);
    }

    private static string Namespace(LayoutDescription layout) =>
        typeof(LayoutField).Assembly.GetTypes()
            .Single(t => t.GetProperty("Description", System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)?.GetValue(null) is LayoutDescription d && ReferenceEquals(d, layout))
            .Namespace!;

    private static LayoutDescription Layout(string name)
    {
        Assert.That(BuiltInLayouts.TryGet(name, out var layout), Is.True);
        return layout!;
    }
}
