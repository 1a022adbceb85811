using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using NUnit.Framework;

namespace SimLayouts.Bridge.Tests.Infrastructure;

/// <summary>One row of a reference table (<c>reference/&lt;layout&gt;/fields.tsv</c>).</summary>
internal sealed record ReferenceRow(string Name, string CType, int Offset, string Dims, int ElementSize, int TotalSize, string Enum, string Unit);

/// <summary>Reads the reference tables copied next to the test binaries.</summary>
internal static class ReferenceTable
{
    private static readonly string[] ExpectedHeader = ["name", "ctype", "offset", "dims", "elem_size", "total_size", "enum", "unit"];

    /// <summary>The rows of <c>reference/{layout}/fields.tsv</c>: comment lines skipped, header checked.</summary>
    public static IReadOnlyList<ReferenceRow> Load(string layout, string file = "fields.tsv")
    {
        var path = Path.Combine(TestContext.CurrentContext.TestDirectory, "reference", layout, file);
        var lines = File.ReadAllLines(path)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .ToList();
        Assert.That(lines, Is.Not.Empty, $"{path} has no header");
        Assert.That(lines[0].Split('\t'), Is.EqualTo(ExpectedHeader), $"{path} header");

        return [.. lines.Skip(1).Select(line => Parse(line, path))];
    }

    private static ReferenceRow Parse(string line, string path)
    {
        var cells = line.Split('\t');
        if (cells.Length != ExpectedHeader.Length)
        {
            throw new FormatException($"{path}: expected {ExpectedHeader.Length} columns in '{line}'.");
        }

        return new ReferenceRow(
            cells[0],
            cells[1],
            int.Parse(cells[2], CultureInfo.InvariantCulture),
            cells[3],
            int.Parse(cells[4], CultureInfo.InvariantCulture),
            int.Parse(cells[5], CultureInfo.InvariantCulture),
            cells[6],
            cells[7]);
    }
}
