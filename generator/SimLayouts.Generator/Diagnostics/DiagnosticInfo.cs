using System.Linq;
using Microsoft.CodeAnalysis;
using SimLayouts.Generator.Model;

namespace SimLayouts.Generator.Diagnostics;

/// <summary>An equatable record of a diagnostic to report: descriptor ID, place and message arguments.</summary>
internal sealed record DiagnosticInfo(string Id, SourceSpan Span, EquatableArray<string> Arguments)
{
    /// <summary>Characters of one message argument: a value quoted in a message never floods a build log.</summary>
    public const int MaxArgumentLength = 2_000;

    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, SourceSpan span, params string[] arguments) =>
        new(descriptor.Id, span, new EquatableArray<string>(arguments.Select(Shorten).ToArray()));

    private static string Shorten(string argument) =>
        argument.Length <= MaxArgumentLength ? argument : argument.Substring(0, MaxArgumentLength) + $"… ({argument.Length} characters)";

    public Diagnostic ToDiagnostic() =>
        Diagnostic.Create(LayoutDiagnostics.ById(Id), Span.ToLocation(), Arguments.Cast<object>().ToArray());
}
