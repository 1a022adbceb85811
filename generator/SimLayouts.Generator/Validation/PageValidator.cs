using System;
using System.Linq;
using SimLayouts.Generator.Diagnostics;
using SimLayouts.Generator.Model;
using SimLayouts.Generator.Parsing;

namespace SimLayouts.Generator.Validation;

/// <summary>
/// One item of <c>pages</c>: a struct body (<see cref="StructValidator"/>) read from a named segment, with its
/// revisions, the consistency protocol that gives torn-free copies and its presence rule (<see cref="PresenceValidator"/>).
/// </summary>
internal static class PageValidator
{
    public static PageModel? Validate(ValidationContext context, StructSyntax item)
    {
        if (item.Name is not { } name)
        {
            context.Report(LayoutDiagnostics.MissingKey, item.Span, "A page", "name");
            return null;
        }

        if (item.Segment is null)
        {
            context.Report(LayoutDiagnostics.MissingKey, item.Span, $"Page '{name.Value}'", "segment");
        }

        var body = StructValidator.ValidateBody(context, item, "page", out var revisions);
        if (body is null || item.Segment is not { } segment)
        {
            return null;
        }

        ConsistencyModel consistency = new NoConsistency();
        if (item.Consistency is { } declared)
        {
            consistency = Consistency(context, declared, body) ?? consistency;
        }

        var presence = item.Presence is { } declaredPresence ? PresenceValidator.Validate(context, declaredPresence, body) : null;
        return new PageModel
        {
            Body = body,
            Segment = segment.Value,
            Consistency = consistency,
            Presence = presence,
            Revisions = revisions.ToEquatableArray(),
        };
    }

    /// <summary>
    /// The protocol names as layouts write them, in documentation order: the runtime's <c>ConsistencyProtocols</c>
    /// implements the same list (tests hold the schema and layouts/README.md to it, and this message to the schema).
    /// </summary>
    private static readonly (string Name, ConsistencyProtocol Protocol)[] Protocols =
    [
        ("none", ConsistencyProtocol.None),
        ("seqlock", ConsistencyProtocol.Seqlock),
        ("counter", ConsistencyProtocol.Counter),
        ("version-block", ConsistencyProtocol.VersionBlock),
    ];

    /// <summary>
    /// The protocol by name, and the fields it reads: the counter of <c>seqlock</c> and <c>counter</c>; the begin and
    /// end counters and the optional "bytes updated" hint of <c>version-block</c>.
    /// </summary>
    private static ConsistencyModel? Consistency(ValidationContext context, ConsistencySyntax declared, StructModel body)
    {
        if (declared.Protocol is not { } protocolText)
        {
            context.Report(LayoutDiagnostics.MissingKey, declared.Span, "consistency", "protocol");
            return null;
        }

        var known = Array.FindIndex(Protocols, entry => entry.Name == protocolText.Value);
        if (known < 0)
        {
            context.Report(LayoutDiagnostics.InvalidValue, protocolText.Span, "protocol", $"'{protocolText.Value}' is not one of: {string.Join(", ", Protocols.Select(entry => entry.Name))}");
            return null;
        }

        var protocol = Protocols[known].Protocol;
        if (protocol != ConsistencyProtocol.VersionBlock)
        {
            // Keys another protocol would ignore are a mistake (a page switched from version-block, a typo of the
            // protocol): said once, at the first of them.
            foreach (var (key, span) in new[] { ("end", declared.End?.Span), ("hint", declared.Hint?.Span), ("hintFrom", declared.HintFrom?.Span) })
            {
                if (span is { } at)
                {
                    context.Report(LayoutDiagnostics.InvalidValue, at, key, $"only the version-block protocol reads it, not {protocolText.Value}");
                    return null;
                }
            }
        }

        if (protocol == ConsistencyProtocol.None)
        {
            return new NoConsistency();
        }

        if (declared.Counter is not { } counter)
        {
            context.Report(LayoutDiagnostics.MissingKey, declared.Span, $"The {protocolText.Value} protocol", "counter");
            return null;
        }

        if (protocol != ConsistencyProtocol.VersionBlock)
        {
            return Counter(context, counter, body, "The consistency counter") is { } field ? new CounterConsistency(protocol, field) : null;
        }

        return VersionBlock(context, declared, counter, body);
    }

    /// <summary>
    /// Two different counters, and a hint that is neither of them, counted from an offset within the page: a counter
    /// that is its own end counter always agrees with itself and would accept every torn copy.
    /// </summary>
    private static VersionBlockConsistency? VersionBlock(ValidationContext context, ConsistencySyntax declared, Located<string> counter, StructModel body)
    {
        if (declared.End is not { } end)
        {
            context.Report(LayoutDiagnostics.MissingKey, declared.Span, "The version-block protocol", "end");
            return null;
        }

        var begin = Counter(context, counter, body, "The version block's begin counter");
        var endField = Counter(context, end, body, "The version block's end counter");
        var hint = declared.Hint is { } hintName ? Counter(context, hintName, body, "The bytes-updated hint") : null;
        if (begin is null || endField is null || (declared.Hint is not null && hint is null))
        {
            return null;
        }

        if (endField.NativeName == begin.NativeName)
        {
            context.Report(LayoutDiagnostics.InvalidValue, end.Span, "end", $"the end counter '{end.Value}' is also the begin counter; a version block has two counters");
            return null;
        }

        if (declared.Hint is { } hinted && (hint!.NativeName == begin.NativeName || hint.NativeName == endField.NativeName))
        {
            context.Report(LayoutDiagnostics.InvalidValue, hinted.Span, "hint", $"the bytes-updated hint '{hinted.Value}' is also a counter of the version block");
            return null;
        }

        if (declared.HintFrom is not { } from)
        {
            return new VersionBlockConsistency(begin, endField, hint, 0);
        }

        if (hint is null)
        {
            // A hint written but refused (a list, say) was reported already; hintFrom is not wrong on its own then.
            if (!context.HasReportedWithin(declared.Span))
            {
                context.Report(LayoutDiagnostics.InvalidValue, from.Span, "hintFrom", "it is where 'hint' counts bytes from, and this version block has no 'hint'");
            }

            return null;
        }

        if (from.Value >= body.Size)
        {
            context.Report(LayoutDiagnostics.InvalidValue, from.Span, "hintFrom", $"the hint counts bytes from an offset within the page's {body.Size} bytes (0..{body.Size - 1}), not {from.Value}");
            return null;
        }

        return new VersionBlockConsistency(begin, endField, hint, from.Value);
    }

    /// <summary>A top-level, single 32-bit integer field of the page, by native name (SL0016 otherwise).</summary>
    private static FieldReference? Counter(ValidationContext context, Located<string> name, StructModel body, string what)
    {
        var field = body.Fields.FirstOrDefault(f => f.NativeName == name.Value);
        if (field is not { IsSingleScalar: true, Type.Scalar: ScalarKind.U32 or ScalarKind.I32 })
        {
            context.Report(LayoutDiagnostics.UnknownFieldReference, name.Span, what, name.Value, $"a 32-bit integer field of page '{body.NativeName}'");
            return null;
        }

        return field.Reference;
    }
}
