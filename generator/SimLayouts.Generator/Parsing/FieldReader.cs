using System.Collections.Generic;
using SimLayouts.Generator.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace SimLayouts.Generator.Parsing;

/// <summary>One item of <c>fields</c> as written: its keys, its <c>dims</c> in either form, and <c>json: false</c>.</summary>
internal static class FieldReader
{
    public static FieldSyntax? Read(ParseContext context, YamlNode node)
    {
        if (YamlMapping.Open(context, node, LayoutKeys.Field) is not { } map)
        {
            return null;
        }

        return new FieldSyntax
        {
            Span = map.Span,
            Name = map.String("name"),
            Offset = map.Int("offset", minimum: 0),
            Type = map.String("type"),
            Length = map.Int("length", minimum: 1),
            Encoding = map.String("encoding"),
            Dims = ReadDims(context, map),
            Stride = map.Int("stride", minimum: 1),
            Enum = map.String("enum"),
            CSharp = map.String("csharp"),
            Json = IsJsonOff(map) ? null : map.String("json"),
            OmitFromJson = IsJsonOff(map),
            Count = map.String("count"),
            Doc = map.String("doc")?.Value,
            Unit = map.String("unit")?.Value,
            Boolean = map.Raw("boolean") is { } flag ? new Located<bool>(map.Bool("boolean"), context.SpanOf(flag)) : null,
            Since = map.String("since"),
            IsReserved = map.Bool("reserved"),
        };
    }

    /// <summary><c>json: false</c> (a plain, unquoted false) leaves the field out of JSON; any other value is a name.</summary>
    private static bool IsJsonOff(YamlMapping map) =>
        map.Raw("json") is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: "false" };

    /// <summary>Dimensions are a list (<c>[64, 3]</c>) or a single count (<c>64</c>).</summary>
    private static Located<List<int>>? ReadDims(ParseContext context, YamlMapping map)
    {
        if (map.Raw("dims") is not { } node)
        {
            return null;
        }

        var items = node is YamlSequenceNode sequence ? (IEnumerable<YamlNode>)sequence.Children : [node];
        var dims = new List<int>();
        foreach (var item in items)
        {
            if (map.ReadNumber(item, "dims") is not { } number)
            {
                return null;
            }

            if (number.Value < 1 || number.Value > int.MaxValue || number.Value != decimal.Truncate(number.Value))
            {
                context.Report(LayoutDiagnostics.InvalidValue, number.Span, "dims", $"each dimension is a whole number of at least 1, found {number.Value}");
                return null;
            }

            dims.Add((int)number.Value);
        }

        if (dims.Count == 0)
        {
            context.Report(LayoutDiagnostics.InvalidValue, context.SpanOf(node), "dims", "list at least one dimension");
            return null;
        }

        return new Located<List<int>>(dims, context.SpanOf(node));
    }

    /// <summary>YamlDotNet's messages about a tab where indentation is expected.</summary>
}
