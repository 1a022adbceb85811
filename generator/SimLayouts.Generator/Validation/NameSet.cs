using System.Collections.Generic;
using SimLayouts.Generator.Diagnostics;
using SimLayouts.Generator.Parsing;

namespace SimLayouts.Generator.Validation;

/// <summary>
/// The names taken in one scope (the members of a view, the values of an enum, the constants): native, C# and JSON
/// names, and the names the generator itself declares there. The second use of any of them is reported.
/// </summary>
internal sealed class NameSet(ValidationContext context, string scope)
{
    private readonly HashSet<string> _native = [];
    private readonly Dictionary<string, string> _csharp = [];
    private readonly Dictionary<string, string> _json = [];

    public void Reserve(string csharpName) => _csharp[csharpName] = "(generated member)";

    /// <summary>A member named in the layout as written (a helper).</summary>
    public bool AddMember(Located<string> name)
    {
        if (_csharp.TryGetValue(name.Value, out var other))
        {
            context.Report(LayoutDiagnostics.DuplicateDerivedName, name.Span, "C#", name.Value, name.Value, other, scope, "name");
            return false;
        }

        _csharp[name.Value] = name.Value + " (a helper)";
        return true;
    }

    /// <summary>A member the generator declares because of <paramref name="owner"/> (a string's raw bytes).</summary>
    public bool AddGenerated(string csharpName, Located<string> owner)
    {
        if (_csharp.TryGetValue(csharpName, out var other))
        {
            context.Report(LayoutDiagnostics.DuplicateDerivedName, owner.Span, "C#", csharpName, owner.Value, other, scope, "csharp");
            return false;
        }

        _csharp[csharpName] = owner.Value + " (its raw bytes)";
        return true;
    }

    public bool Add(Located<string> native, string csharp, SourceSpan? csharpSpan, string? json, SourceSpan? jsonSpan)
    {
        if (!_native.Add(native.Value))
        {
            context.Report(LayoutDiagnostics.DuplicateNativeName, native.Span, native.Value, scope);
            return false;
        }

        if (_csharp.TryGetValue(csharp, out var other))
        {
            context.Report(LayoutDiagnostics.DuplicateDerivedName, csharpSpan ?? native.Span, "C#", csharp, native.Value, other, scope, "csharp");
            return false;
        }

        if (json is not null && _json.TryGetValue(json, out var otherJson))
        {
            context.Report(LayoutDiagnostics.DuplicateDerivedName, jsonSpan ?? native.Span, "JSON", json, native.Value, otherJson, scope, "json");
            return false;
        }

        _csharp[csharp] = native.Value;
        if (json is not null)
        {
            _json[json] = native.Value;
        }

        return true;
    }
}
