using System.Collections.Generic;
using System.Linq;
using SimLayouts.Generator.Diagnostics;
using SimLayouts.Generator.Naming;
using SimLayouts.Generator.Parsing;

namespace SimLayouts.Generator.Validation;

/// <summary>
/// Enums, structs, pages and the layout's own classes share one C# namespace; every generated type
/// name (<c>{Name}View</c>, <c>{Name}WritableView</c>, <c>{Name}Layout</c>, ...) must be unique.
/// </summary>
internal static class TypeNameClaims
{
    public static void Check(ValidationContext context, string layoutCSharpName)
    {
        var syntax = context.Syntax;
        var taken = new Dictionary<string, string>
        {
            [layoutCSharpName + "Layout"] = "the layout",
            [layoutCSharpName + "Constants"] = "the layout's constants",
        };

        void Claim(Located<string> name, Located<string>? overrideName, string generated)
        {
            if (taken.TryGetValue(generated, out var other))
            {
                context.Report(LayoutDiagnostics.DuplicateDerivedName, (overrideName ?? name).Span, "C# type", generated, name.Value, other, "the layout", "csharp");
                return;
            }

            taken[generated] = name.Value;
        }

        foreach (var item in syntax.Enums)
        {
            if (item.Name is { } name && context.Enums.TryGetValue(name.Value, out var model))
            {
                Claim(name, item.CSharp, model.CSharpName);
                Claim(name, item.CSharp, model.CSharpName + "Extensions");
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
            foreach (var suffix in new[] { "View", "WritableView", "Layout" })
            {
                Claim(name, item.CSharp, csharp + suffix);
            }
        }
    }
}
