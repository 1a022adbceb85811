using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using SimLayouts.Generator.Diagnostics;
using SimLayouts.Generator.Model;
using SimLayouts.Generator.Naming;
using SimLayouts.Generator.Parsing;

namespace SimLayouts.Generator.Validation;

/// <summary>
/// What the validators of one layout file share: the parsed file, the diagnostics reported so far, and what has been
/// resolved (enums by native name, structs as they are validated). Each validator is a static class that takes this
/// context, one per kind of item, in the manner of Mapperly's mapping builders.
/// </summary>
internal sealed class ValidationContext(ParseContext parse, LayoutSyntax syntax)
{
    /// <summary>The file as written.</summary>
    public LayoutSyntax Syntax { get; } = syntax;

    /// <summary>The valid enums, by native name.</summary>
    public Dictionary<string, EnumModel> Enums { get; } = [];

    /// <summary>Every struct as written, by native name, so a field can use a struct declared after it.</summary>
    public Dictionary<string, StructSyntax> StructSyntax { get; } = [];

    /// <summary>The structs validated so far (null: the struct has errors), by native name.</summary>
    public Dictionary<string, StructModel?> Structs { get; } = [];

    /// <summary>How many levels of structs each validated struct holds: 1 for scalars only, 2 for a struct of those, ...</summary>
    public Dictionary<string, int> StructDepths { get; } = [];

    /// <summary>The structs being validated, innermost last: a struct met again here contains itself.</summary>
    public HashSet<string> Resolving { get; } = [];

    /// <summary>Whether structs nested too deep were reported (once per file).</summary>
    public bool NestingReported { get; set; }

    /// <summary>How many diagnostics the file has so far; a validator compares counts to know whether it failed.</summary>
    public int ErrorCount => parse.Diagnostics.Count;

    public void Report(DiagnosticDescriptor descriptor, SourceSpan span, params string[] arguments)
    {
        // A key whose value was already reported as invalid is not "missing" as well: one mistake, one diagnostic.
        if (descriptor == LayoutDiagnostics.MissingKey && HasReportedWithin(span))
        {
            return;
        }

        parse.Report(descriptor, span, arguments);
    }

    /// <summary>Whether something inside <paramref name="span"/> was already reported (a key's value the parser refused).</summary>
    public bool HasReportedWithin(SourceSpan span) =>
        parse.Diagnostics.Any(d => d.Span.StartIndex >= span.StartIndex && d.Span.StartIndex < span.EndIndex);

    /// <summary>The C# name of an item: the override if given, else derived; reported when it is not an identifier.</summary>
    public string CSharpName(Located<string> name, Located<string>? overrideName, string? prefix)
    {
        var csharp = overrideName?.Value ?? NameRules.ToCSharp(name.Value, prefix);
        if (!NameRules.IsValidIdentifier(csharp))
        {
            Report(LayoutDiagnostics.InvalidIdentifier, (overrideName ?? name).Span, name.Value, csharp);
        }

        return csharp;
    }

    /// <summary>Constants and versions are whole numbers that fit a C# <c>long</c>; <paramref name="key"/> names the key in the message.</summary>
    public bool IsWholeLong(Located<decimal> value, string key = "value")
    {
        if (value.Value == decimal.Truncate(value.Value) && value.Value >= long.MinValue && value.Value <= long.MaxValue)
        {
            return true;
        }

        Report(LayoutDiagnostics.InvalidValue, value.Span, key, $"expected a whole number that fits 64 bits, found {Text(value.Value)}");
        return false;
    }

    public static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
