using System.Collections.Generic;
using SimLayouts.Generator.Diagnostics;
using SimLayouts.Generator.Model;

namespace SimLayouts.Generator.Validation;

/// <summary>The layout's <c>constants</c>: named whole numbers, unique by native and C# name.</summary>
internal static class ConstantValidator
{
    public static List<ConstantModel> Validate(ValidationContext context)
    {
        var result = new List<ConstantModel>();
        var names = new NameSet(context, "the layout's constants");
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
