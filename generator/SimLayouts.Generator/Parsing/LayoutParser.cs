using System.Collections.Generic;
using System.IO;
using SimLayouts.Generator.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SimLayouts.Generator.Parsing;

/// <summary>
/// Reads a layout file into <see cref="LayoutSyntax"/> with YamlDotNet's representation model, which keeps
/// the line and column of every node. Structure errors become diagnostics; nothing here throws on bad input.
/// </summary>
internal static class LayoutParser
{
    public static LayoutSyntax? Parse(string path, string text, ParseContext context)
    {
        var stream = new YamlStream();
        var parser = new GuardedParser(new Parser(new StringReader(text)));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException exception) when (IsDuplicateKey(exception, out var key))
        {
            context.Report(LayoutDiagnostics.DuplicateKey, context.SpanOf(exception.Start, exception.End), key);
            return null;
        }
        catch (YamlException exception) when (IsAboutTabs(exception) && TabIndentation.Find(text, (int)System.Math.Max(0, exception.Start.Line - 1)) is { } tab)
        {
            var at = new Mark(tab.Index, tab.Line + 1, tab.Column + 1);
            context.Report(LayoutDiagnostics.MalformedYaml, context.SpanOf(at, new Mark(tab.Index + 1, tab.Line + 1, tab.Column + 2)), "a tab is used for indentation; YAML indents with spaces only");
            return null;
        }
        catch (YamlException exception)
        {
            context.Report(LayoutDiagnostics.MalformedYaml, context.SpanOf(exception.Start, exception.End), FirstLine(exception.Message));
            return null;
        }
        catch (System.Exception exception) when (exception is System.InvalidOperationException or System.ArgumentException or System.FormatException or System.OverflowException)
        {
            // YamlDotNet's scanner throws these on some malformed text; the text is at fault, not the generator.
            context.Report(LayoutDiagnostics.MalformedYaml, context.SpanOf(parser.LastGood, parser.LastGood), "unreadable text after this point (" + FirstLine(exception.Message) + ")");
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            context.Report(LayoutDiagnostics.MissingKey, SourceSpan.StartOf(path), "The layout file", "layout");
            return null;
        }

        if (stream.Documents.Count > 1)
        {
            var second = stream.Documents[1].RootNode;
            context.Report(LayoutDiagnostics.InvalidValue, context.SpanOf(second), "document", "a layout file holds exactly one YAML document");
        }

        return LayoutLimits.Check(context, stream.Documents[0].RootNode) ? ReadLayout(context, stream.Documents[0].RootNode) : null;
    }

    private static LayoutSyntax? ReadLayout(ParseContext context, YamlNode root)
    {
        if (YamlMapping.Open(context, root, LayoutKeys.Layout) is not { } map)
        {
            return null;
        }

        var layout = new LayoutSyntax
        {
            Span = map.Span,
            Name = map.String("layout"),
            Namespace = map.String("namespace"),
            CSharp = map.String("csharp"),
            Title = map.String("title"),
            Doc = map.String("doc")?.Value,
        };

        if (map.Raw("bridge") is { } bridge && YamlMapping.Open(context, bridge, LayoutKeys.Bridge) is { } bridgeMap)
        {
            layout.Bridge = new BridgeSyntax
            {
                Span = bridgeMap.Span,
                Ingest = bridgeMap.String("ingest"),
                Frame = bridgeMap.String("frame"),
            };
        }

        if (map.Raw("version") is { } version)
        {
            layout.Version = ReadVersion(context, version);
        }

        foreach (var node in map.Sequence("constants"))
        {
            if (YamlMapping.Open(context, node, LayoutKeys.Constant) is { } item)
            {
                layout.Constants.Add(new ConstantSyntax
                {
                    Span = item.Span,
                    Name = item.String("name"),
                    Value = item.Number("value"),
                    CSharp = item.String("csharp"),
                    Doc = item.String("doc")?.Value,
                });
            }
        }

        foreach (var node in map.Sequence("enums"))
        {
            if (ReadEnum(context, node) is { } item)
            {
                layout.Enums.Add(item);
            }
        }

        foreach (var node in map.Sequence("structs"))
        {
            if (ReadStruct(context, node, isPage: false) is { } item)
            {
                layout.Structs.Add(item);
            }
        }

        foreach (var node in map.Sequence("pages"))
        {
            if (ReadStruct(context, node, isPage: true) is { } item)
            {
                layout.Pages.Add(item);
            }
        }

        return layout;
    }

    private static VersionSyntax? ReadVersion(ParseContext context, YamlNode node)
    {
        if (YamlMapping.Open(context, node, LayoutKeys.Version) is not { } map)
        {
            return null;
        }

        var version = new VersionSyntax
        {
            Span = map.Span,
            Page = map.String("page"),
            Field = map.String("field"),
            Current = map.Number("current"),
        };
        foreach (var item in map.Sequence("known"))
        {
            if (map.ReadNumber(item, "known") is { } number)
            {
                version.Known.Add(number);
            }
        }

        return version;
    }

    private static EnumSyntax? ReadEnum(ParseContext context, YamlNode node)
    {
        if (YamlMapping.Open(context, node, LayoutKeys.Enum) is not { } map)
        {
            return null;
        }

        var syntax = new EnumSyntax
        {
            Span = map.Span,
            Name = map.String("name"),
            Type = map.String("type"),
            CSharp = map.String("csharp"),
            Prefix = map.String("prefix"),
            IsFlags = map.Bool("flags"),
            Doc = map.String("doc")?.Value,
        };

        foreach (var item in map.Sequence("values"))
        {
            if (YamlMapping.Open(context, item, LayoutKeys.EnumValue) is { } member)
            {
                syntax.Members.Add(new EnumMemberSyntax
                {
                    Span = member.Span,
                    Name = member.String("name"),
                    Value = member.Number("value"),
                    CSharp = member.String("csharp"),
                    Doc = member.String("doc")?.Value,
                });
            }
        }

        return syntax;
    }

    private static StructSyntax? ReadStruct(ParseContext context, YamlNode node, bool isPage)
    {
        if (YamlMapping.Open(context, node, isPage ? LayoutKeys.Page : LayoutKeys.Struct) is not { } map)
        {
            return null;
        }

        var syntax = new StructSyntax
        {
            IsPage = isPage,
            Span = map.Span,
            Name = map.String("name"),
            CSharp = map.String("csharp"),
            Size = map.Int("size", minimum: 1),
            Doc = map.String("doc")?.Value,
        };

        if (isPage)
        {
            syntax.Segment = map.String("segment");
            foreach (var item in map.Sequence("revisions"))
            {
                if (YamlMapping.Open(context, item, LayoutKeys.Revision) is { } revision)
                {
                    syntax.Revisions.Add(new RevisionSyntax
                    {
                        Span = revision.Span,
                        Name = revision.String("name"),
                        Size = revision.Int("size", minimum: 1),
                        Doc = revision.String("doc")?.Value,
                    });
                }
            }

            if (map.Raw("consistency") is { } consistency
                && YamlMapping.Open(context, consistency, LayoutKeys.Consistency) is { } protocol)
            {
                syntax.Consistency = new ConsistencySyntax
                {
                    Span = protocol.Span,
                    Protocol = protocol.String("protocol"),
                    Counter = protocol.String("counter"),
                };
            }

            if (map.Raw("presence") is { } presence)
            {
                syntax.Presence = ReadPresence(context, presence);
            }
        }

        foreach (var item in map.Sequence("fields"))
        {
            if (ReadField(context, item) is { } field)
            {
                syntax.Fields.Add(field);
            }
        }

        foreach (var item in map.Sequence("helpers"))
        {
            if (ReadHelper(context, item) is { } helper)
            {
                syntax.Helpers.Add(helper);
            }
        }

        return syntax;
    }

    private static PresenceSyntax? ReadPresence(ParseContext context, YamlNode node)
    {
        if (YamlMapping.Open(context, node, LayoutKeys.Presence) is not { } map)
        {
            return null;
        }

        var presence = new PresenceSyntax { Span = map.Span, Field = map.String("field") };
        if (map.Raw("absent") is not { } absent)
        {
            return presence;
        }

        // A value that is not a list, or an item that is not a single value, is reported here and leaves Absent
        // null: the validator's "missing key" stays silent about a key whose value was already reported.
        var items = map.Sequence("absent");
        if (absent is not (YamlSequenceNode or YamlScalarNode { Value: null or "" }))
        {
            return presence;
        }

        var values = new List<Located<string>>();
        foreach (var item in items)
        {
            if (item is not YamlScalarNode { Value: { Length: > 0 } text })
            {
                context.Report(LayoutDiagnostics.InvalidValue, context.SpanOf(item), "absent", "expected an enum member's name or a whole number");
                return presence;
            }

            values.Add(new Located<string>(text, context.SpanOf(item)));
        }

        presence.Absent = new Located<List<Located<string>>>(values, context.SpanOf(absent));
        return presence;
    }

    private static HelperSyntax? ReadHelper(ParseContext context, YamlNode node)
    {
        if (YamlMapping.Open(context, node, LayoutKeys.Helper) is not { } map)
        {
            return null;
        }

        var helper = new HelperSyntax
        {
            Span = map.Span,
            Name = map.String("name"),
            Kind = map.String("kind"),
            Field = map.String("field"),
            Op = map.String("op"),
            Value = map.Number("value"),
            Doc = map.String("doc")?.Value,
        };
        helper.Fields.AddRange(ReadNames(context, map, "fields"));
        helper.Names.AddRange(ReadNames(context, map, "names"));
        return helper;
    }

    private static IEnumerable<Located<string>> ReadNames(ParseContext context, YamlMapping map, string key)
    {
        foreach (var item in map.Sequence(key))
        {
            if (item is YamlScalarNode { Value: { } text })
            {
                yield return new Located<string>(text, context.SpanOf(item));
            }
            else
            {
                context.Report(LayoutDiagnostics.InvalidValue, context.SpanOf(item), key, "expected a list of names");
            }
        }
    }

    private static FieldSyntax? ReadField(ParseContext context, YamlNode node)
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
    private static bool IsAboutTabs(YamlException exception) =>
        (exception.Message ?? string.Empty).IndexOf("tab", System.StringComparison.OrdinalIgnoreCase) >= 0;

    private static bool IsDuplicateKey(YamlException exception, out string key)
    {
        const string Marker = "Duplicate key";
        var message = exception.Message ?? string.Empty;
        var at = message.IndexOf(Marker, System.StringComparison.OrdinalIgnoreCase);
        key = at < 0 ? string.Empty : message.Substring(at + Marker.Length).Trim().Trim('\'', '"', '.');
        return at >= 0;
    }

    private static string FirstLine(string? message)
    {
        var text = message ?? "unknown error";
        var end = text.IndexOf('\n');
        return (end < 0 ? text : text.Substring(0, end)).Trim();
    }
}
