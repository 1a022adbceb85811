using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Text.Json;

namespace SimLayouts.Bridge.Serving;

/// <summary>
/// The members of one page a request asks for (<c>?fields=speed,mGear</c>: JSON or native names of the page's
/// top-level members; a struct or an array comes whole), and the filter that keeps only them in the page's JSON.
/// </summary>
internal sealed class PageFieldSelection
{
    private readonly HashSet<string> _jsonNames;

    private PageFieldSelection(HashSet<string> jsonNames) => _jsonNames = jsonNames;

    /// <summary>The JSON names of the page's top-level members that its JSON writes: what <c>fields</c> may name.</summary>
    public static IReadOnlyList<string> ValidNames(PageDescription page) =>
        [.. page.Fields.Where(field => field.IsInJson && !field.Path.Contains('.', StringComparison.Ordinal)).Select(field => field.JsonName)];

    /// <summary>Parses <paramref name="fields"/> (comma-separated); an unknown name is an error naming it.</summary>
    public static bool TryParse(PageDescription page, string fields, [NotNullWhen(true)] out PageFieldSelection? selection, [NotNullWhen(false)] out string? unknown)
    {
        selection = null;
        unknown = null;
        var topLevel = page.Fields.Where(field => field.IsInJson && !field.Path.Contains('.', StringComparison.Ordinal)).ToArray();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in fields.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var field = topLevel.FirstOrDefault(candidate => candidate.JsonName == name || candidate.NativeName == name)
                ?? topLevel.FirstOrDefault(candidate => string.Equals(candidate.JsonName, name, StringComparison.OrdinalIgnoreCase) || string.Equals(candidate.NativeName, name, StringComparison.OrdinalIgnoreCase));
            if (field is null)
            {
                unknown = name;
                return false;
            }

            names.Add(field.JsonName);
        }

        if (names.Count == 0)
        {
            unknown = string.Empty;
            return false;
        }

        selection = new PageFieldSelection(names);
        return true;
    }

    /// <summary>
    /// Appends the members of <paramref name="pageJson"/> (one JSON object, as a generated writer wrote it) that the
    /// selection names, as an object, copying their JSON unchanged.
    /// </summary>
    public void WriteSelected(ReadOnlySpan<byte> pageJson, RawJsonWriter json)
    {
        var reader = new Utf8JsonReader(pageJson);
        reader.Read();
        json.WriteRaw((byte)'{');
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var start = (int)reader.TokenStartIndex;
            var keep = _jsonNames.Contains(reader.GetString()!);
            reader.Read();
            reader.Skip();
            if (keep)
            {
                json.WriteCommaUnlessFirst();
                json.WriteRaw(pageJson[start..(int)reader.BytesConsumed]);
            }
        }

        json.WriteRaw((byte)'}');
    }
}
