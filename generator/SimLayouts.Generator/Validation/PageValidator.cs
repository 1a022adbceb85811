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

    /// <summary>The protocol by name, and the counter field the <c>seqlock</c> and <c>counter</c> protocols read.</summary>
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
            default:
                context.Report(LayoutDiagnostics.InvalidValue, protocolText.Span, "protocol", $"'{protocolText.Value}' is not one of: none, seqlock, counter");
                return null;
        }

        if (declared.Counter is not { } counter)
        {
            context.Report(LayoutDiagnostics.MissingKey, declared.Span, $"The {protocolText.Value} protocol", "counter");
            return null;
        }

        var field = body.Fields.FirstOrDefault(f => f.NativeName == counter.Value);
        if (field is not { IsSingleScalar: true, Type.Scalar: ScalarKind.U32 or ScalarKind.I32 })
        {
            context.Report(LayoutDiagnostics.UnknownFieldReference, counter.Span, "The consistency counter", counter.Value, $"a 32-bit integer field of page '{body.NativeName}'");
            return null;
        }

        return new CounterConsistency(protocol, field.Reference);
    }
}
