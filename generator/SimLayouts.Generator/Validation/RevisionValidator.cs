using System.Collections.Generic;
using System.Linq;
using SimLayouts.Generator.Diagnostics;
using SimLayouts.Generator.Model;
using SimLayouts.Generator.Parsing;

namespace SimLayouts.Generator.Validation;

/// <summary>
/// A page's <c>revisions</c> (the sizes it had, oldest first) and each field's <c>since</c>: a field lies within the
/// revision that added it, or within the oldest one.
/// </summary>
internal static class RevisionValidator
{
    /// <summary>Revisions are listed oldest first, with growing sizes up to the page's own.</summary>
    public static List<RevisionModel> Validate(ValidationContext context, StructSyntax item, int pageSize)
    {
        var revisions = new List<RevisionModel>();

        // Once a revision was reported (here or by the parser: a minor that is no number), later ones are not
        // compared with it: one mistake, one diagnostic.
        var reported = false;
        foreach (var revision in item.Revisions)
        {
            if (revision.Name is not { } name || revision.Size is not { } size)
            {
                context.Report(LayoutDiagnostics.MissingKey, revision.Span, "A revision", revision.Name is null ? "name" : "size");
                reported = true;
                continue;
            }

            if (revisions.Any(r => r.Name == name.Value))
            {
                context.Report(LayoutDiagnostics.DuplicateNativeName, name.Span, name.Value, $"the revisions of page '{item.Name!.Value}'");
                reported = true;
                continue;
            }

            reported = reported || context.HasReportedWithin(revision.Span);
            if (!reported && !InOrder(context, revision, name, size, revisions, pageSize))
            {
                reported = true;
            }

            // Kept even when out of order, so fields 'since' it are not reported as well.
            revisions.Add(new RevisionModel(name.Value, size.Value, revision.Doc) { Minor = revision.Minor?.Value });
        }

        return revisions;
    }

    /// <summary>
    /// Minors grow (checked first: two revisions of one size differ by their minors, so a repeated minor is the
    /// mistake, not the size); sizes grow, or stay equal while minors grow, up to the page's.
    /// </summary>
    private static bool InOrder(ValidationContext context, RevisionSyntax revision, Located<string> name, Located<int> size, List<RevisionModel> revisions, int pageSize)
    {
        var previous = revisions.Count > 0 ? revisions[revisions.Count - 1] : null;
        if (revision.Minor is { } minor && previous is { Minor: { } earlier } && minor.Value <= earlier)
        {
            context.Report(LayoutDiagnostics.InvalidValue, minor.Span, "minor", $"the minor versions of revisions grow from oldest to newest: {ValidationContext.Text(minor.Value)} of '{name.Value}' after {ValidationContext.Text(earlier)} of '{previous.Name}'");
            return false;
        }

        // A revision of the same size is told by its minor version (RaceRoom 3.4 and 3.5).
        var sameSizeByMinor = previous is { Minor: not null } && revision.Minor is not null && size.Value == previous.Size;
        if (size.Value > pageSize || (previous is not null && size.Value <= previous.Size && !sameSizeByMinor))
        {
            context.Report(LayoutDiagnostics.InvalidValue, size.Span, "size", $"revision sizes grow from oldest to newest (or stay equal while their minor versions grow) and do not exceed the page's {pageSize} bytes");
            return false;
        }

        return true;
    }

    /// <summary>A field lies within the revision that added it (<c>since</c>), or within the oldest one.</summary>
    public static bool FitsItsRevision(ValidationContext context, FieldSyntax field, FieldModel model, List<RevisionModel> revisions, string owner)
    {
        if (field.Since is not { } since)
        {
            if (revisions.Count > 0 && model.End > revisions[0].Size)
            {
                context.Report(LayoutDiagnostics.FieldOutOfBounds, field.Offset!.Span, model.NativeName, ValidationContext.Text(model.End), ValidationContext.Text(revisions[0].Size), $"{owner} in revision {revisions[0].Name} (set 'since')");
                return false;
            }

            return true;
        }

        var revision = revisions.FirstOrDefault(r => r.Name == since.Value);
        if (revision is null)
        {
            context.Report(LayoutDiagnostics.UnknownFieldReference, since.Span, $"Field '{model.NativeName}' since", since.Value, $"a revision of {owner}");
            return false;
        }

        if (model.End > revision.Size)
        {
            context.Report(LayoutDiagnostics.FieldOutOfBounds, field.Offset!.Span, model.NativeName, ValidationContext.Text(model.End), ValidationContext.Text(revision.Size), $"{owner} in revision {revision.Name}");
            return false;
        }

        return true;
    }
}
