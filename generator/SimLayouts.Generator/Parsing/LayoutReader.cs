using System.Collections.Generic;
using SimLayouts.Generator.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace SimLayouts.Generator.Parsing;

/// <summary>
/// Reads the mappings of a loaded layout into <see cref="LayoutSyntax"/>, each against its keys in
/// <see cref="LayoutKeys"/>; a value of the wrong form is reported where it stands and left out. Fields are read by
/// <see cref="FieldReader"/>.
/// </summary>
internal static class LayoutReader
{
    public static LayoutSyntax? Read(ParseContext context, YamlNode root)
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
            Exact = map.Bool("exact"),
            Minor = map.String("minor"),
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
                        Minor = revision.Int("minor", minimum: 0),
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
                    End = protocol.String("end"),
                    Hint = protocol.String("hint"),
                    HintFrom = protocol.Int("hintFrom", minimum: 0),
                };
            }

            if (map.Raw("presence") is { } presence)
            {
                syntax.Presence = ReadPresence(context, presence);
            }
        }

        foreach (var item in map.Sequence("fields"))
        {
            if (FieldReader.Read(context, item) is { } field)
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
}
