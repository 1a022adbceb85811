using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace SimLayouts.Bridge.Tests.Infrastructure;

/// <summary>
/// Compares two JSON documents structurally: the same properties in the same order, the same strings, and numbers
/// with the same value (integers digit for digit, others as the same double, so <c>1.0</c> equals <c>1</c> and
/// <c>1e+20</c> equals <c>1E+20</c>, but <c>-0.0</c> does not equal <c>0</c>).
/// </summary>
internal static class JsonComparer
{
    /// <summary>Every difference, as "path: expected vs actual"; empty when the documents are the same.</summary>
    public static List<string> Differences(JsonElement expected, JsonElement actual)
    {
        var differences = new List<string>();
        Compare(expected, actual, "$", differences);
        return differences;
    }

    private static void Compare(JsonElement expected, JsonElement actual, string path, List<string> differences)
    {
        if (expected.ValueKind != actual.ValueKind)
        {
            differences.Add($"{path}: {expected.ValueKind} {expected.GetRawText()} vs {actual.ValueKind} {actual.GetRawText()}");
            return;
        }

        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                var expectedNames = expected.EnumerateObject().Select(property => property.Name).ToList();
                var actualNames = actual.EnumerateObject().Select(property => property.Name).ToList();
                if (!expectedNames.SequenceEqual(actualNames, StringComparer.Ordinal))
                {
                    differences.Add($"{path}: properties [{string.Join(',', expectedNames)}] vs [{string.Join(',', actualNames)}]");
                    return;
                }

                foreach (var name in expectedNames)
                {
                    Compare(expected.GetProperty(name), actual.GetProperty(name), $"{path}.{name}", differences);
                }

                break;
            case JsonValueKind.Array:
                var expectedItems = expected.EnumerateArray().ToList();
                var actualItems = actual.EnumerateArray().ToList();
                if (expectedItems.Count != actualItems.Count)
                {
                    differences.Add($"{path}: {expectedItems.Count} items vs {actualItems.Count}");
                    return;
                }

                for (var index = 0; index < expectedItems.Count; index++)
                {
                    Compare(expectedItems[index], actualItems[index], $"{path}[{index}]", differences);
                }

                break;
            case JsonValueKind.String:
                if (!string.Equals(expected.GetString(), actual.GetString(), StringComparison.Ordinal))
                {
                    differences.Add($"{path}: {expected.GetRawText()} vs {actual.GetRawText()}");
                }

                break;
            case JsonValueKind.Number:
                if (!SameNumber(expected.GetRawText(), actual.GetRawText()))
                {
                    differences.Add($"{path}: {expected.GetRawText()} vs {actual.GetRawText()}");
                }

                break;
        }
    }

    private static bool SameNumber(string expected, string actual)
    {
        if (IsInteger(expected) && IsInteger(actual))
        {
            return string.Equals(expected, actual, StringComparison.Ordinal);
        }

        var expectedValue = double.Parse(expected, NumberStyles.Float, CultureInfo.InvariantCulture);
        var actualValue = double.Parse(actual, NumberStyles.Float, CultureInfo.InvariantCulture);
        return BitConverter.DoubleToInt64Bits(expectedValue) == BitConverter.DoubleToInt64Bits(actualValue);
    }

    private static bool IsInteger(string number) => number.TrimStart('-').All(char.IsAsciiDigit);
}
