using System.Collections.Generic;
using System.Linq;
using SimLayouts.Generator.Diagnostics;
using SimLayouts.Generator.Naming;
using SimLayouts.Generator.Parsing;

namespace SimLayouts.Generator.Validation;

/// <summary>
/// Enums, structs, pages and the layout's own classes share one C# namespace: every type name the generator declares
/// there (<see cref="GeneratedNames"/> of <see cref="NameScope.LayoutNamespace"/>: <c>{Name}View</c>,
/// <c>{Name}WritableView</c>, <c>{Name}Layout</c>, ...) must be unique, and none may be the registry's.
/// </summary>
internal static class TypeNameClaims
{
    public static void Check(ValidationContext context, string layoutCSharpName, string ns)
    {
        var syntax = context.Syntax;
        var names = GeneratedNames.In(NameScope.LayoutNamespace).ToList();
        var taken = new Dictionary<string, string>();
        foreach (var name in names)
        {
            if (name.Source == NameSource.Layout)
            {
                taken[name.Of(layoutCSharpName)] = "the layout (" + name.Purpose + ")";
            }
            else if (name.Source == NameSource.Fixed && (name.FixedNamespace is null || name.FixedNamespace == ns))
            {
                taken[name.Name] = name.Purpose;
            }
        }

        // An item whose first type name is taken is reported once, not once per type it would have.
        void Claim(Located<string> item, Located<string>? overrideName, NameSource source, string csharp)
        {
            foreach (var name in names.Where(n => n.Source == source))
            {
                var generated = name.Of(csharp);
                if (taken.TryGetValue(generated, out var other))
                {
                    context.Report(LayoutDiagnostics.DuplicateDerivedName, (overrideName ?? item).Span, "C# type", generated, item.Value, other, "the layout", "csharp");
                    return;
                }

                taken[generated] = item.Value;
            }
        }

        foreach (var item in syntax.Enums)
        {
            if (item.Name is { } name && context.Enums.TryGetValue(name.Value, out var model))
            {
                Claim(name, item.CSharp, NameSource.Enum, model.CSharpName);
            }
        }

        var natives = new HashSet<string>();
        foreach (var item in syntax.Structs.Concat(syntax.Pages))
        {
            if (item.Name is not { } name)
            {
                continue;
            }

            if (!natives.Add(name.Value))
            {
                context.Report(LayoutDiagnostics.DuplicateNativeName, name.Span, name.Value, "the layout's structs and pages");
                continue;
            }

            var csharp = item.CSharp?.Value ?? NameRules.ToCSharp(name.Value);
            Claim(name, item.CSharp, NameSource.Struct, csharp);
        }
    }
}
