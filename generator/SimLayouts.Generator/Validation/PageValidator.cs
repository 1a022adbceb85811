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

        ConsistencyProtocol protocol;
        switch (protocolText.Value)
        {
            case "none":
                return new NoConsistency();
            case "seqlock":
                protocol = ConsistencyProtocol.Seqlock;
                break;
            case "counter":
                protocol = ConsistencyProtocol.Counter;
                break;
            case "version-block":
                protocol = ConsistencyProtocol.VersionBlock;
                break;
            default:
                context.Report(LayoutDiagnostics.InvalidValue, protocolText.Span, "protocol", $"'{protocolText.Value}' is not one of: none, seqlock, counter, version-block");
                return null;
        }

        if (declared.Counter is not { } counter)
        {
            context.Report(LayoutDiagnostics.MissingKey, declared.Span, $"The {protocolText.Value} protocol", "counter");
            return null;
        }

        if (protocol != ConsistencyProtocol.VersionBlock)
        {
            foreach (var extra in new[] { declared.End, declared.Hint })
            {
                if (extra is not null)
                {
                    context.Report(LayoutDiagnostics.InvalidValue, extra.Span, extra == declared.End ? "end" : "hint", $"only the version-block protocol reads it, not {protocolText.Value}");
                    return null;
                }
            }

            return Counter(context, counter, body, "The consistency counter") is { } field ? new CounterConsistency(protocol, field) : null;
        }

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

        var hintFrom = declared.HintFrom?.Value ?? 0;
        if (declared.HintFrom is { } from && from.Value > body.Size)
        {
            context.Report(LayoutDiagnostics.InvalidValue, from.Span, "hintFrom", $"the hint counts bytes from an offset within the page's {body.Size} bytes");
            return null;
        }

        return new VersionBlockConsistency(begin, endField, hint, hintFrom);
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
