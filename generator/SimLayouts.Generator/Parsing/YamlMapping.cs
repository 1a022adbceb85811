using System.Collections.Generic;
using System.Globalization;
using SimLayouts.Generator.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SimLayouts.Generator.Parsing;

/// <summary>Collects the diagnostics of one file and turns YamlDotNet marks into <see cref="SourceSpan"/>s.</summary>
internal sealed class ParseContext(string path)
{
    public string Path { get; } = path;

    public List<DiagnosticInfo> Diagnostics { get; } = [];

    /// <summary>
    /// The whole extent of <paramref name="node"/>. YamlDotNet gives a mapping or sequence only the extent of
    /// its opening event, so the end is taken from the last descendant.
    /// </summary>
    public SourceSpan SpanOf(YamlNode node) => SpanOf(node.Start, EndOf(node));

    private static Mark EndOf(YamlNode node)
    {
        var end = node.End;
        var pending = new Stack<YamlNode>();
        var seen = new HashSet<YamlNode>(YamlNodeIdentity.Instance);
        pending.Push(node);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            if (!seen.Add(current))
            {
                continue; // An alias can make the graph cyclic.
            }

            if (current.End.Index > end.Index)
            {
                end = current.End;
            }

            switch (current)
            {
                case YamlMappingNode mapping:
                    foreach (var entry in mapping.Children)
                    {
                        pending.Push(entry.Key);
                        pending.Push(entry.Value);
                    }

                    break;
                case YamlSequenceNode sequence:
                    foreach (var item in sequence.Children)
                    {
                        pending.Push(item);
                    }

                    break;
            }
        }

        return end;
    }

    public SourceSpan SpanOf(Mark start, Mark end) => new(
        Path,
        (int)start.Index,
        (int)System.Math.Max(start.Index, end.Index),
        (int)System.Math.Max(0, start.Line - 1),
        (int)System.Math.Max(0, start.Column - 1),
        (int)System.Math.Max(0, end.Line - 1),
        (int)System.Math.Max(0, end.Column - 1));

    public void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, SourceSpan span, params string[] arguments) =>
        Diagnostics.Add(DiagnosticInfo.Create(descriptor, span, arguments));
}

/// <summary>Compares YAML nodes by identity: YamlDotNet's own equality walks whole subtrees.</summary>
internal sealed class YamlNodeIdentity : IEqualityComparer<YamlNode>
{
    public static readonly YamlNodeIdentity Instance = new();

    public bool Equals(YamlNode? x, YamlNode? y) => ReferenceEquals(x, y);

    public int GetHashCode(YamlNode obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
}

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
