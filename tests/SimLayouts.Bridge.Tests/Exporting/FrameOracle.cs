using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace SimLayouts.Bridge.Tests.Exporting;

/// <summary>
/// What an exported cell must hold, taken from a frame's JSON as the generated writers write it (not from metadata, as
/// the export reads it): every node of the frame by its path (<c>sharedMemory.participantInfo[3].name</c>), and the
/// comparison of a table value with it.
/// </summary>
internal static class FrameOracle
{
    /// <summary>Every node of <paramref name="frame"/> by path.</summary>
    public static Dictionary<string, JsonElement> Flatten(JsonElement frame)
    {
        var nodes = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var page in frame.EnumerateObject().Where(property => property.Value.ValueKind == JsonValueKind.Object))
        {
            Add(nodes, page.Name, page.Value);
        }

        return nodes;
    }

    /// <summary>Null when <paramref name="cell"/> (a DuckDB value) is what <paramref name="expected"/> (or its absence) says; otherwise why not.</summary>
    public static string? Mismatch(object cell, JsonElement? expected)
    {
        if (expected is not { } json)
        {
            return cell is DBNull ? null : $"{Show(cell)} where the frame has no value";
        }

        switch (json.ValueKind)
        {
            case JsonValueKind.Null:
                // NaN and infinities are written as null; the table keeps the number.
                return cell is float nanSingle && !float.IsFinite(nanSingle) || cell is double nanDouble && !double.IsFinite(nanDouble) ? null : $"{Show(cell)} where JSON has null";
            case JsonValueKind.True or JsonValueKind.False:
                var flag = json.GetBoolean();
                return cell switch
                {
                    bool value when value == flag => null,
                    // Integers a layout declares as booleans: the table holds the integer (its metadata does not say boolean).
                    sbyte or byte or short or ushort or int or uint or long or ulong when Convert.ToDecimal(cell, CultureInfo.InvariantCulture) != 0 == flag => null,
                    _ => $"{Show(cell)} where JSON has {flag}",
                };
            case JsonValueKind.String:
                return cell is string text && text == json.GetString() ? null : $"{Show(cell)} where JSON has \"{json.GetString()}\"";
            case JsonValueKind.Number when cell is string enumText:
                return enumText == $"Unknown({json.GetRawText()})" ? null : $"{Show(cell)} where JSON has {json.GetRawText()}";
            case JsonValueKind.Number:
                return cell switch
                {
                    float single when single == (float)json.GetDouble() => null,
                    double number when number == json.GetDouble() => null,
                    sbyte or byte or short or ushort or int or uint or long or ulong when Convert.ToDecimal(cell, CultureInfo.InvariantCulture) == decimal.Parse(json.GetRawText(), CultureInfo.InvariantCulture) => null,
                    _ => $"{Show(cell)} where JSON has {json.GetRawText()}",
                };
            case JsonValueKind.Array when cell is string flags:
                // Flag enums: JSON lists the set flags; the table joins them as the generated ToDisplayString does.
                var names = json.EnumerateArray().Select(item => item.ValueKind == JsonValueKind.String ? item.GetString()! : $"Unknown({item.GetRawText()})").ToArray();
                var joined = names.Length == 0 ? "0" : string.Join(" | ", names);
                return flags == joined ? null : $"{Show(cell)} where JSON has {json.GetRawText()}";
            default:
                return $"{Show(cell)} where JSON has {json.GetRawText()}";
        }
    }

    private static void Add(Dictionary<string, JsonElement> nodes, string path, JsonElement element)
    {
        nodes[path] = element;
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Add(nodes, path + "." + property.Name, property.Value);
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Add(nodes, path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]", item);
                    index++;
                }

                break;
        }
    }

    private static string Show(object cell) => cell is DBNull ? "null" : $"{cell} ({cell.GetType().Name})";
}
