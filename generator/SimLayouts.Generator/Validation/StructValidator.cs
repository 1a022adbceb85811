using System.Collections.Generic;
using System.Linq;
using SimLayouts.Generator.Diagnostics;
using SimLayouts.Generator.Model;
using SimLayouts.Generator.Naming;
using SimLayouts.Generator.Parsing;

namespace SimLayouts.Generator.Validation;

/// <summary>
/// The body of a struct or page: its size, its fields (each checked by <see cref="FieldValidator"/>), their names,
/// bounds and overlaps, the active counts of arrays, and its helpers. Structs are resolved on first use, so a field
/// may use a struct declared after it, and a struct that contains itself is found.
/// </summary>
internal static class StructValidator
{
    /// <summary>Every item of <c>structs</c>, in declaration order.</summary>
    public static List<StructModel> ValidateAll(ValidationContext context)
    {
        foreach (var item in context.Syntax.Structs)
        {
            if (item.Name is { } structName && !context.StructSyntax.ContainsKey(structName.Value))
            {
                context.StructSyntax.Add(structName.Value, item);
            }
        }

        var structs = new List<StructModel>();
        foreach (var item in context.Syntax.Structs)
        {
            if (item.Name is { } structName && Resolve(context, structName.Value, item.Name.Span) is { } model && !structs.Contains(model))
            {
                structs.Add(model);
            }
            else if (item.Name is null)
            {
                context.Report(LayoutDiagnostics.MissingKey, item.Span, "A struct", "name");
            }
        }

        return structs;
    }

    /// <summary>The struct named <paramref name="nativeName"/>, validated once; null when it has errors or contains itself.</summary>
    public static StructModel? Resolve(ValidationContext context, string nativeName, SourceSpan usedAt)
    {
        if (context.Structs.TryGetValue(nativeName, out var done))
        {
            return done;
        }

        if (!context.StructSyntax.TryGetValue(nativeName, out var syntax))
        {
            return null;
        }

        if (!context.Resolving.Add(nativeName))
        {
            context.Report(LayoutDiagnostics.RecursiveStruct, usedAt, nativeName, nativeName);
            return null;
        }

        var model = ValidateBody(context, syntax, "struct", out _);
        context.Resolving.Remove(nativeName);
        context.Structs[nativeName] = model;
        return model;
    }

    public static StructModel? ValidateBody(ValidationContext context, StructSyntax item, string what, out List<RevisionModel> revisions)
    {
        revisions = [];
        var name = item.Name!;
        if (item.Size is not { } size)
        {
            context.Report(LayoutDiagnostics.MissingKey, item.Span, $"The {what} '{name.Value}'", "size");
            return null;
        }

        revisions = RevisionValidator.Validate(context, item, size.Value);

        var csharp = context.CSharpName(name, item.CSharp, prefix: null);
        var owner = $"{what} '{name.Value}'";
        var names = new NameSet(context, NameScope.ViewMembers, owner);
        names.ClaimGenerated(csharp);
        var fields = new List<(FieldModel Model, FieldSyntax Syntax)>();
        foreach (var field in item.Fields)
        {
            if (FieldValidator.Validate(context, field, owner) is not { } model)
            {
                continue;
            }

            var jsonSpan = field.Json?.Span;
            if (!names.Add(field.Name!, model.CSharpName, field.CSharp?.Span, model.JsonName, jsonSpan))
            {
                continue;
            }

            if (!names.ClaimGeneratedFor(model, field.Name!, counted: field.Count is not null))
            {
                continue;
            }

            if (model.End > size.Value)
            {
                context.Report(LayoutDiagnostics.FieldOutOfBounds, field.Offset!.Span, model.NativeName, ValidationContext.Text(model.End), ValidationContext.Text(size.Value), name.Value);
                continue;
            }

            if (!RevisionValidator.FitsItsRevision(context, field, model, revisions, owner))
            {
                continue;
            }

            fields.Add((model, field));
        }

        CheckOverlaps(context, fields);
        var models = fields.Select(f => f.Model).ToList();
        context.StructDepths[name.Value] = 1 + models.Select(f => f.Type is StructType inner ? context.StructDepths[inner.NativeName] : 0).DefaultIfEmpty(0).Max();
        CountValidator.ResolveAll(context, fields, models, owner);
        var helpers = new List<HelperModel>();
        foreach (var helper in item.Helpers)
        {
            if (HelperValidator.Validate(context, helper, models, owner) is { } model && names.AddMember(helper.Name!))
            {
                helpers.Add(model);
            }
        }

        return new StructModel
        {
            NativeName = name.Value,
            CSharpName = csharp,
            Doc = item.Doc,
            Size = size.Value,
            Fields = models.ToEquatableArray(),
            Helpers = helpers.ToEquatableArray(),
        };
    }

    private static void CheckOverlaps(ValidationContext context, List<(FieldModel Model, FieldSyntax Syntax)> fields)
    {
        FieldModel? reach = null;
        // OrderBy is stable: fields at the same offset keep their declaration order.
        foreach (var (model, syntax) in fields.OrderBy(f => f.Model.Offset))
        {
            if (reach is not null && model.Offset < reach.End)
            {
                context.Report(
                    LayoutDiagnostics.OverlappingFields,
                    syntax.Offset!.Span,
                    model.NativeName,
                    ValidationContext.Text(model.Offset),
                    ValidationContext.Text(model.End - 1),
                    reach.NativeName,
                    ValidationContext.Text(reach.Offset),
                    ValidationContext.Text(reach.End - 1));
            }

            if (reach is null || model.End > reach.End)
            {
                reach = model;
            }
        }
    }
}
