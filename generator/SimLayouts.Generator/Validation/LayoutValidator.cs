using System.Collections.Generic;
using System.Linq;
using SimLayouts.Generator.Diagnostics;
using SimLayouts.Generator.Model;
using SimLayouts.Generator.Naming;
using SimLayouts.Generator.Parsing;

namespace SimLayouts.Generator.Validation;

/// <summary>
/// Checks a parsed layout and resolves it into the location-free <see cref="LayoutModel"/>, by running the validator
/// of each kind of item in order: constants, enums, generated type names, structs, pages, the version and the game
/// keys. Every problem is reported at the YAML node that causes it; a layout with any error yields no model, so no
/// half-built code reaches the compilation.
/// </summary>
internal static class LayoutValidator
{
    public static LayoutModel? Validate(ParseContext parse, LayoutSyntax syntax, string fileName, string filePath)
    {
        var context = new ValidationContext(parse, syntax);
        var errorsBefore = context.ErrorCount;
        var model = Run(context, fileName, filePath);
        return context.ErrorCount == errorsBefore ? model : null;
    }

    private static LayoutModel? Run(ValidationContext context, string fileName, string filePath)
    {
        var syntax = context.Syntax;
        if (syntax.Name is not { } name)
        {
            context.Report(LayoutDiagnostics.MissingKey, syntax.Span, "The layout", "layout");
            return null;
        }

        var csharpName = context.CSharpName(name, syntax.CSharp, prefix: null);
        var ns = syntax.Namespace?.Value ?? "SimLayouts." + csharpName;
        if (!NameRules.IsValidNamespace(ns))
        {
            context.Report(LayoutDiagnostics.InvalidIdentifier, (syntax.Namespace ?? name).Span, ns, ns);
        }

        var constants = ConstantValidator.Validate(context, csharpName);
        foreach (var item in syntax.Enums)
        {
            if (EnumValidator.Validate(context, item) is { } model)
            {
                context.Enums[model.NativeName] = model;
            }
        }

        TypeNameClaims.Check(context, csharpName, ns);
        var structs = StructValidator.ValidateAll(context);
        var pages = new List<PageModel>();
        foreach (var item in syntax.Pages)
        {
            if (PageValidator.Validate(context, item) is { } page)
            {
                pages.Add(page);
            }
        }

        var version = VersionValidator.Validate(context, pages);
        pages = VersionValidator.ApplyMinor(context, version, pages);
        var title = GameKeysValidator.Title(context, name);
        var bridge = GameKeysValidator.Bridge(context, name);
        return new LayoutModel
        {
            Name = name.Value,
            CSharpName = csharpName,
            Namespace = ns,
            Title = title,
            Doc = syntax.Doc,
            Bridge = bridge,
            FileName = fileName,
            FilePath = filePath,
            Version = version,
            Constants = constants.ToEquatableArray(),
            Enums = context.Enums.Values.OrderBy(e => syntax.Enums.FindIndex(item => item.Name?.Value == e.NativeName)).ToEquatableArray(),
            Structs = structs.ToEquatableArray(),
            Pages = pages.ToEquatableArray(),
        };
    }
}
