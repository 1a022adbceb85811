using System.Collections.Generic;
using System.Linq;
using SimLayouts.Generator.Diagnostics;
using SimLayouts.Generator.Model;
using SimLayouts.Generator.Parsing;

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

        if ((version.Current is { } current && !context.IsWholeLong(current, "current")) || !version.Known.All(known => context.IsWholeLong(known, "known")))
        {
            return null;
        }

        var field = page.Body.Fields.FirstOrDefault(f => f.NativeName == fieldName.Value);
        if (field is not { IsSingleScalar: true } || !field.Type.Scalar.IsInteger())
        {
            context.Report(LayoutDiagnostics.UnknownFieldReference, fieldName.Span, "version.field", fieldName.Value, $"an integer field of page '{page.Body.NativeName}'");
            return null;
        }

        // A version the field cannot hold is never read: under exact: true every page would be refused.
        foreach (var (key, value) in new[] { ("current", version.Current) }.Concat(version.Known.Select(known => ("known", (Located<decimal>?)known))))
        {
            if (value is not null && !field.Type.Scalar.Fits(value.Value))
            {
                context.Report(LayoutDiagnostics.InvalidValue, value.Span, key, $"{ValidationContext.Text(value.Value)} does not fit {field.Type.Scalar.YamlName()}, the type of version field '{field.NativeName}'");
                return null;
            }
        }

        if (version.Exact && version.Current is null)
        {
            context.Report(LayoutDiagnostics.MissingKey, version.Span, "version (exact: true)", "current");
            return null;
        }

        FieldReference? minor = null;
        if (version.Minor is { } minorName)
        {
            var minorField = page.Body.Fields.FirstOrDefault(f => f.NativeName == minorName.Value);
            if (minorField is not { IsSingleScalar: true } || !minorField.Type.Scalar.IsInteger())
            {
                context.Report(LayoutDiagnostics.UnknownFieldReference, minorName.Span, "version.minor", minorName.Value, $"an integer field of page '{page.Body.NativeName}'");
                return null;
            }

            if (minorField.NativeName == field.NativeName)
            {
                context.Report(LayoutDiagnostics.InvalidValue, minorName.Span, "minor", $"'{minorName.Value}' is the major version field; the minor version is a field of its own");
                return null;
            }

            minor = minorField.Reference;
        }

        return new VersionModel
        {
            PageNativeName = page.Body.NativeName,
            Field = field.Reference,
            Current = version.Current?.Value,
            Known = version.Known.Select(k => k.Value).ToEquatableArray(),
            Exact = version.Exact,
            Minor = minor,
        };
    }

    /// <summary>
    /// Revisions told by a minor version (<c>minor:</c>) belong to the page holding the layout's <c>version.minor</c>;
    /// that page's model learns where the minor is, so its views can tell the revisions apart.
    /// </summary>
    public static List<PageModel> ApplyMinor(ValidationContext context, VersionModel? version, List<PageModel> pages)
    {
        // A version that was reported already cannot say where the minor is: its revisions are not blamed for that.
        var versionFailed = context.Syntax.Version is not null && version is null;
        foreach (var item in context.Syntax.Pages)
        {
            // One mistake (the minor field is missing, or on another page), told once per page at its first minor.
            if (!versionFailed
                && item.Revisions.FirstOrDefault(revision => revision.Minor is not null)?.Minor is { } minor
                && (version?.Minor is null || version.PageNativeName != item.Name?.Value))
            {
                context.Report(LayoutDiagnostics.InvalidValue, minor.Span, "minor", $"the revisions of page '{item.Name?.Value}' name minor versions, but the layout's 'version' names no 'minor' field on that page (version: {{ minor: FIELD }})");
            }
        }

        return version?.Minor is { } field
            ? pages.Select(page => page.Body.NativeName == version.PageNativeName ? page with { VersionMinor = field } : page).ToList()
            : pages;
    }
}
