using System.Collections.Generic;
using System.Linq;
using SimLayouts.Generator.Diagnostics;
using SimLayouts.Generator.Model;

namespace SimLayouts.Generator.Validation;

/// <summary>
/// The layout's <c>version</c>: the page and the integer field that record the game's version, and the versions the
/// layout knows. Published for the runtime to compare; the generator checks only that the field exists.
/// </summary>
internal static class VersionValidator
{
    public static VersionModel? Validate(ValidationContext context, List<PageModel> pages)
    {
        if (context.Syntax.Version is not { } version)
        {
            return null;
        }

        if (version.Field is not { } fieldName)
        {
            context.Report(LayoutDiagnostics.MissingKey, version.Span, "version", "field");
            return null;
        }

        PageModel? page;
        if (version.Page is { } pageName)
        {
            page = pages.FirstOrDefault(p => p.Body.NativeName == pageName.Value);
            if (page is null)
            {
                context.Report(LayoutDiagnostics.UnknownFieldReference, pageName.Span, "version.page", pageName.Value, "a page of this layout");
                return null;
            }
        }
        else if (pages.Count == 1)
        {
            page = pages[0];
        }
        else
        {
            context.Report(LayoutDiagnostics.MissingKey, version.Span, "version (the layout has several pages)", "page");
            return null;
        }

        if ((version.Current is { } current && !context.IsWholeLong(current)) || !version.Known.All(context.IsWholeLong))
        {
            return null;
        }

        var field = page.Body.Fields.FirstOrDefault(f => f.NativeName == fieldName.Value);
        if (field is not { IsSingleScalar: true } || !field.Type.Scalar.IsInteger())
        {
            context.Report(LayoutDiagnostics.UnknownFieldReference, fieldName.Span, "version.field", fieldName.Value, $"an integer field of page '{page.Body.NativeName}'");
            return null;
        }

        return new VersionModel
        {
            PageNativeName = page.Body.NativeName,
            Field = field.Reference,
            Current = version.Current?.Value,
            Known = version.Known.Select(k => k.Value).ToEquatableArray(),
        };
    }
}
