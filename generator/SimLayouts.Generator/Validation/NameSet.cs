using System.Collections.Generic;
using System.Linq;
using SimLayouts.Generator.Diagnostics;
using SimLayouts.Generator.Model;
using SimLayouts.Generator.Naming;
using SimLayouts.Generator.Parsing;

namespace SimLayouts.Generator.Validation;

/// <summary>
/// The names taken in one scope (the members of a view, the values of an enum, the constants): native, C# and JSON
/// names from the layout, and the names the generator declares there (from <see cref="GeneratedNames"/>). The
/// second use of any of them is reported at the layout name that comes second.
/// </summary>
internal sealed class NameSet(ValidationContext context, NameScope scope, string description)
{
    private readonly HashSet<string> _native = [];
    private readonly Dictionary<string, string> _csharp = [];
    private readonly Dictionary<string, GeneratedName> _generated = [];
    private readonly Dictionary<string, string> _json = [];
    private readonly List<GeneratedName> _numbered = [];

    /// <summary>
    /// Claims the names the generator declares in this scope whatever the fields are: the fixed ones, the numbered
    /// patterns, and those made from <paramref name="owner"/> (the C# name of the view's struct, of the enum, of the layout).
    /// </summary>
    public void ClaimGenerated(string owner)
    {
        foreach (var name in GeneratedNames.In(scope).Where(name => !GeneratedNames.IsPerField(name)))
        {
            if (name.Source == NameSource.Numbered)
            {
                _numbered.Add(name);
            }
            else
            {
                var generated = name.Of(owner);
                _generated[generated] = name;
                _csharp[generated] = Describe(name, generated);
            }
        }
    }

    /// <summary>
    /// Claims the names the generator declares for <paramref name="field"/> (a string's raw bytes, <c>Has{Field}</c>,
    /// an array's JSON writer and, when it declares a <c>count</c> (<paramref name="counted"/>; the count itself is
    /// resolved after every field is known), its active entries, the extensions of its enum); a name already taken is
    /// reported at the field.
    /// </summary>
    public bool ClaimGeneratedFor(FieldModel field, Located<string> nativeName, bool counted)
    {
        foreach (var name in GeneratedNames.In(scope).Where(GeneratedNames.IsPerField))
        {
            if (GeneratedNames.PartFor(name, field, counted) is not { } part)
            {
                continue;
            }

            var generated = name.Of(part);
            if (_generated.TryGetValue(generated, out var same) && same == name)
            {
                continue; // A second field of the same enum uses the same extensions class.
            }

            if (Holder(generated) is { } other)
            {
                context.Report(LayoutDiagnostics.DuplicateDerivedName, nativeName.Span, "C#", generated, nativeName.Value, other, description, "csharp");
                return false;
            }

            _generated[generated] = name;
            _csharp[generated] = Describe(name, generated) + " of " + nativeName.Value;
        }

        return true;
    }

    /// <summary>A member named in the layout as written (a helper).</summary>
    public bool AddMember(Located<string> name)
    {
        if (Holder(name.Value) is { } other)
        {
            context.Report(LayoutDiagnostics.DuplicateDerivedName, name.Span, "C#", name.Value, name.Value, other, description, "name");
            return false;
        }

        _csharp[name.Value] = name.Value + " (a helper)";
        return true;
    }

    public bool Add(Located<string> native, string csharp, SourceSpan? csharpSpan, string? json, SourceSpan? jsonSpan)
    {
        if (!_native.Add(native.Value))
        {
            context.Report(LayoutDiagnostics.DuplicateNativeName, native.Span, native.Value, description);
            return false;
        }

        if (Holder(csharp) is { } other)
        {
            context.Report(LayoutDiagnostics.DuplicateDerivedName, csharpSpan ?? native.Span, "C#", csharp, native.Value, other, description, "csharp");
            return false;
        }

        if (json is not null && _json.TryGetValue(json, out var otherJson))
        {
            context.Report(LayoutDiagnostics.DuplicateDerivedName, jsonSpan ?? native.Span, "JSON", json, native.Value, otherJson, description, "json");
            return false;
        }

        _csharp[csharp] = native.Value;
        if (json is not null)
        {
            _json[json] = native.Value;
        }

        return true;
    }

    /// <summary>Who has <paramref name="csharp"/> already, for the message; null when it is free.</summary>
    private string? Holder(string csharp) =>
        _csharp.TryGetValue(csharp, out var holder) ? holder
        : _numbered.FirstOrDefault(name => name.IsNumbered(csharp)) is { } numbered ? Describe(numbered, csharp)
        : null;

    private static string Describe(GeneratedName name, string generated) => $"the generated {generated}, {name.Purpose}";
}
