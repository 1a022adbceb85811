using System.Collections.Generic;
using SimLayouts.Generator.Diagnostics;
using SimLayouts.Generator.Model;
using SimLayouts.Generator.Naming;

namespace SimLayouts.Generator.Validation;

/// <summary>
/// The layout's <c>constants</c>: named whole numbers, unique by native and C# name, beside the names the generator
/// declares in <c>{Layout}Constants</c>.
/// </summary>
internal static class ConstantValidator
{
    public static List<ConstantModel> Validate(ValidationContext context, string layoutCSharpName)
    {
        var result = new List<ConstantModel>();
        var names = new NameSet(context, NameScope.Constants, "the layout's constants");
        names.ClaimGenerated(layoutCSharpName);
        foreach (var item in context.Syntax.Constants)
        {
            if (item.Name is not { } name)
            {
                context.Report(LayoutDiagnostics.MissingKey, item.Span, "A constant", "name");
                continue;
            }

            if (item.Value is not { } value)
            {
                context.Report(LayoutDiagnostics.MissingKey, item.Span, $"Constant '{name.Value}'", "value");
                continue;
            }

            if (!context.IsWholeLong(value))
            {
                continue;
            }

            var csharp = context.CSharpName(name, item.CSharp, prefix: null);
            if (names.Add(name, csharp, item.CSharp?.Span, json: null, jsonSpan: null))
            {
                result.Add(new ConstantModel(name.Value, csharp, value.Value, item.Doc));
            }
        }

        return result;
    }
}
