using System.Collections.Generic;
using SimLayouts.Generator.Diagnostics;
using SimLayouts.Generator.Model;
using SimLayouts.Generator.Parsing;

namespace SimLayouts.Generator.Validation;

/// <summary>
/// An array's <c>count:</c>: the integer member holding how many leading entries are active, read when JSON is
/// trimmed to them. It is a field of the same struct or page (<c>mNumVehicles</c>) or, by a dotted path, a member of
/// one of its single (non-array) struct fields (<c>mScoringInfo.mNumVehicles</c>, as rFactor 2's scoring page keeps
/// it): a fixed offset either way, so reading it costs what reading a sibling costs.
/// </summary>
internal static class CountValidator
{
    public static void ResolveAll(ValidationContext context, List<(FieldModel Model, FieldSyntax Syntax)> fields, List<FieldModel> models, string owner)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (fields[i].Syntax.Count is not { } count)
            {
                continue;
            }

            var model = models[i];
            if (!model.IsArray)
            {
                context.Report(LayoutDiagnostics.UnsupportedShape, count.Span, model.NativeName, "'count' applies only to arrays");
                continue;
            }

            if (Resolve(context, count, model, models, owner) is { } resolved)
            {
                models[i] = model with { Count = resolved };
            }
        }
    }

    /// <summary>Walks the path one native name at a time; null (reported, or a struct on the way has errors of its own) when it leads nowhere valid.</summary>
    private static ActiveCountModel? Resolve(ValidationContext context, Located<string> count, FieldModel array, List<FieldModel> models, string owner)
    {
        var names = count.Value.Split('.');
        IReadOnlyList<FieldModel> scope = models;
        var scopeName = owner;
        var csharpPath = new List<string>();
        var requiredLength = 0;
        for (var step = 0; step < names.Length; step++)
        {
            var name = names[step];
            var member = Find(scope, name);
            if (member is null)
            {
                return Fail(context, count, array, owner, $"{scopeName} has no field '{name}'");
            }

            if (step == 0)
            {
                requiredLength = member.End;
            }

            csharpPath.Add(member.CSharpName);
            var walked = string.Join(".", names, 0, step + 1);
            var last = step == names.Length - 1;
            if (member.IsArray)
            {
                return Fail(context, count, array, owner, last && ReferenceEquals(member, array) ? "it is the array itself" : $"'{walked}' is an array");
            }

            if (member.Type is StructType inner)
            {
                if (last)
                {
                    return Fail(context, count, array, owner, $"'{walked}' is a struct; name its integer member ({walked}.member)");
                }

                if (!context.Structs.TryGetValue(inner.NativeName, out var innerModel) || innerModel is null)
                {
                    return null;
                }

                scope = innerModel.Fields;
                scopeName = $"struct '{inner.NativeName}'";
                continue;
            }

            if (!last)
            {
                return Fail(context, count, array, owner, $"'{walked}' is not a struct");
            }

            if (member.Type is not ScalarType { IsBoolean: false } counter || !counter.Kind.IsInteger())
            {
                var what = member.Type switch
                {
                    EnumType => "has an enum",
                    ScalarType { IsBoolean: true } => "is boolean",
                    _ => "is " + member.Type.YamlName,
                };
                return Fail(context, count, array, owner, $"'{walked}' {what}");
            }

            return new ActiveCountModel(count.Value, string.Join(".", csharpPath), counter.Kind, requiredLength);
        }

        return null;
    }

    private static FieldModel? Find(IReadOnlyList<FieldModel> scope, string nativeName)
    {
        foreach (var field in scope)
        {
            if (field.NativeName == nativeName)
            {
                return field;
            }
        }

        return null;
    }

    private static ActiveCountModel? Fail(ValidationContext context, Located<string> count, FieldModel array, string owner, string reason)
    {
        context.Report(LayoutDiagnostics.UnknownFieldReference, count.Span, $"Field '{array.NativeName}' count", count.Value, $"a single integer member of {owner} without an enum: {reason}");
        return null;
    }
}
