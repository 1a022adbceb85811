using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace SimLayouts.Runtime.Tests.Infrastructure;

/// <summary>One row of a reference <c>fields.tsv</c>: a member as measured from the game's header.</summary>
internal sealed record ReferenceField(string Name, string CType, int Offset, string Dims, int ElementSize, int TotalSize, string? Enum, string? Unit);

/// <summary>One row of a reference <c>enums.tsv</c>.</summary>
internal sealed record ReferenceEnumValue(string Enum, string Member, long Value);

/// <summary>
/// The reference tables (tests/fixtures/reference, a copy of shared/reference): the specification the
/// layouts are checked against.
/// </summary>
internal static class ReferenceTables
{
    public static string Directory => Path.Combine(TestContext.CurrentContext.TestDirectory, "reference");

    public static IReadOnlyList<ReferenceField> Fields(string game, string file = "fields.tsv") =>
        Rows(Path.Combine(Directory, game, file), "name")
            .Select(c => new ReferenceField(c[0], c[1], int.Parse(c[2], System.Globalization.CultureInfo.InvariantCulture), c[3], int.Parse(c[4], System.Globalization.CultureInfo.InvariantCulture), int.Parse(c[5], System.Globalization.CultureInfo.InvariantCulture), Dash(c[6]), Dash(c[7])))
            .ToList();

    public static IReadOnlyList<ReferenceEnumValue> Enums(string game) =>
        Rows(Path.Combine(Directory, game, "enums.tsv"), "enum")
            .Select(c => new ReferenceEnumValue(c[0], c[1], long.Parse(c[2], System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();

    private static IEnumerable<string[]> Rows(string path, string firstHeaderColumn) =>
        File.ReadLines(path)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Where(columns => columns[0] != firstHeaderColumn);

    private static string? Dash(string value) => value == "-" ? null : value;
}
