using System.Linq;
using Microsoft.CodeAnalysis;
using SimLayouts.Generator.Model;

namespace SimLayouts.Generator.Diagnostics;

/// <summary>An equatable record of a diagnostic to report: descriptor ID, place and message arguments.</summary>
internal sealed record DiagnosticInfo(string Id, SourceSpan Span, EquatableArray<string> Arguments)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, SourceSpan span, params string[] arguments) =>
        new(descriptor.Id, span, new EquatableArray<string>(arguments));

    public Diagnostic ToDiagnostic() =>
        Diagnostic.Create(LayoutDiagnostics.ById(Id), Span.ToLocation(), Arguments.Cast<object>().ToArray());
}
