using System.Collections.Generic;
using System.Globalization;
using SimLayouts.Generator.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SimLayouts.Generator.Parsing;

/// <summary>
/// A YAML mapping read against a fixed set of keys: unknown keys are reported where they stand, and every
/// typed read reports a value of the wrong kind instead of throwing.
/// </summary>
internal sealed class YamlMapping
{
    private readonly ParseContext _context;
    private readonly Dictionary<string, YamlNode> _values = [];

    private YamlMapping(ParseContext context, YamlMappingNode node, MappingKeys keys)
    {
        var what = keys.What;
        _context = context;
        Node = node;
        foreach (var entry in node.Children)
        {
            if (entry.Key is not YamlScalarNode { Value: { } key })
            {
                context.Report(LayoutDiagnostics.InvalidValue, context.SpanOf(entry.Key), what, "keys must be plain names");
                continue;
            }

            if (!keys.Accepts(key))
            {
                context.Report(LayoutDiagnostics.UnknownKey, context.SpanOf(entry.Key), key, what, string.Join(", ", keys.Keys));
                continue;
            }

            _values[key] = entry.Value;
        }
    }

    public YamlMappingNode Node { get; }

    public SourceSpan Span => _context.SpanOf(Node);

    /// <summary>Opens <paramref name="node"/> as a mapping, or reports what it is instead and returns null.</summary>
    public static YamlMapping? Open(ParseContext context, YamlNode node, MappingKeys keys)
    {
        if (node is YamlMappingNode mapping)
        {
            return new YamlMapping(context, mapping, keys);
        }

        context.Report(LayoutDiagnostics.InvalidValue, context.SpanOf(node), keys.What, "expected a mapping of keys to values");
        return null;
    }

    public YamlNode? Raw(string key) => _values.TryGetValue(key, out var node) ? node : null;

    public Located<string>? String(string key)
    {
        if (Raw(key) is not { } node)
        {
            return null;
        }

        if (node is YamlScalarNode scalar)
        {
            return new Located<string>(scalar.Value ?? string.Empty, _context.SpanOf(node));
        }

        _context.Report(LayoutDiagnostics.InvalidValue, _context.SpanOf(node), key, "expected a single value");
        return null;
    }

    public Located<decimal>? Number(string key) => Raw(key) is { } node ? ReadNumber(node, key) : null;

    public Located<int>? Int(string key, int minimum)
    {
        if (Number(key) is not { } number)
        {
            return null;
        }

        if (number.Value != decimal.Truncate(number.Value) || number.Value < minimum || number.Value > int.MaxValue)
        {
            _context.Report(LayoutDiagnostics.InvalidValue, number.Span, key, $"expected a whole number of at least {minimum}, found {number.Value}");
            return null;
        }

        return new Located<int>((int)number.Value, number.Span);
    }

    public bool Bool(string key)
    {
        if (String(key) is not { } text)
        {
            return false;
        }

        switch (text.Value)
        {
            case "true":
                return true;
            case "false":
                return false;
            default:
                _context.Report(LayoutDiagnostics.InvalidValue, text.Span, key, $"expected true or false, found '{text.Value}'");
                return false;
        }
    }

    /// <summary>The items of a sequence under <paramref name="key"/>; a missing key is an empty list.</summary>
    public IReadOnlyList<YamlNode> Sequence(string key)
    {
        if (Raw(key) is not { } node)
        {
            return [];
        }

        if (node is YamlSequenceNode sequence)
        {
            return [.. sequence.Children];
        }

        if (node is YamlScalarNode { Value: null or "" })
        {
            return [];
        }

        _context.Report(LayoutDiagnostics.InvalidValue, _context.SpanOf(node), key, "expected a list");
        return [];
    }

    public Located<decimal>? ReadNumber(YamlNode node, string key)
    {
        if (node is not YamlScalarNode { Value: { } text })
        {
            _context.Report(LayoutDiagnostics.InvalidValue, _context.SpanOf(node), key, "expected a number");
            return null;
        }

        if (TryParseNumber(text, out var value))
        {
            return new Located<decimal>(value, _context.SpanOf(node));
        }

        _context.Report(LayoutDiagnostics.InvalidValue, _context.SpanOf(node), key, $"'{text}' is not a number");
        return null;
    }

    /// <summary>Decimal or 0x-hexadecimal whole numbers, optionally negative.</summary>
    public static bool TryParseNumber(string text, out decimal value)
    {
        var body = text.Trim();
        var negative = body.StartsWith("-", System.StringComparison.Ordinal);
        if (negative)
        {
            body = body.Substring(1);
        }

        if (body.StartsWith("0x", System.StringComparison.OrdinalIgnoreCase)
            && ulong.TryParse(body.Substring(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hex))
        {
            value = negative ? -(decimal)hex : hex;
            return true;
        }

        if (body.Length > 0 && char.IsDigit(body[0])
            && decimal.TryParse(body, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            // 4.0 is the whole number 4: drop the scale so it prints as 4 in generated code.
            value = value == decimal.Truncate(value) ? decimal.Truncate(value) : value;
            value = negative ? -value : value;
            return true;
        }

        value = 0;
        return false;
    }
}
