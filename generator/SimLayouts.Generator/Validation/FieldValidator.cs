using SimLayouts.Generator.Diagnostics;
using SimLayouts.Generator.Model;
using SimLayouts.Generator.Parsing;

namespace SimLayouts.Generator.Validation;

/// <summary>
/// One item of <c>fields</c>: its type (a scalar, a string, an enum-typed integer or a struct of this layout), its
/// shape (<c>dims</c>, <c>stride</c>) and its names. Where it lies in its struct or page is checked by
/// <see cref="StructValidator"/>.
/// </summary>
internal static class FieldValidator
{
    public static FieldModel? Validate(ValidationContext context, FieldSyntax field, string owner)
    {
        if (field.Name is not { } name)
        {
            context.Report(LayoutDiagnostics.MissingKey, field.Span, $"A field of {owner}", "name");
            return null;
        }

        if (field.Offset is not { } offset)
        {
            context.Report(LayoutDiagnostics.MissingKey, field.Span, $"Field '{name.Value}'", "offset");
            return null;
        }

        if (field.Type is not { } type)
        {
            context.Report(LayoutDiagnostics.MissingKey, field.Span, $"Field '{name.Value}'", "type");
            return null;
        }

        var scalar = ScalarKinds.Parse(type.Value);
        FieldKind kind;
        int unitSize;
        StructModel? structModel = null;
        if (scalar != ScalarKind.None)
        {
            kind = FieldKind.Scalar;
            unitSize = scalar.Size();
        }
        else if (type.Value == "string")
        {
            kind = FieldKind.String;
            if (field.Length is not { } length)
            {
                context.Report(LayoutDiagnostics.MissingKey, type.Span, $"String field '{name.Value}'", "length");
                return null;
            }

            unitSize = length.Value;
        }
        else if (context.StructSyntax.ContainsKey(type.Value))
        {
            kind = FieldKind.Struct;
            structModel = StructValidator.Resolve(context, type.Value, type.Span);
            if (structModel is null)
            {
                return null;
            }

            unitSize = structModel.Size;
        }
        else
        {
            var structs = context.StructSyntax.Count == 0 ? "none declared" : "structs: " + string.Join(", ", context.StructSyntax.Keys);
            context.Report(LayoutDiagnostics.UnknownType, type.Span, type.Value, structs);
            return null;
        }

        if (kind != FieldKind.String && field.Length is { } stray)
        {
            context.Report(LayoutDiagnostics.UnsupportedShape, stray.Span, name.Value, "'length' applies only to strings");
            return null;
        }

        EnumModel? enumModel = null;
        if (field.Enum is { } enumName)
        {
            if (!context.Enums.TryGetValue(enumName.Value, out enumModel))
            {
                var known = context.Enums.Count == 0 ? "none" : string.Join(", ", context.Enums.Keys);
                context.Report(LayoutDiagnostics.UnknownEnum, enumName.Span, enumName.Value, known);
                return null;
            }

            // A single value may be narrower than its enum (an i16 gear with an i32 gear-index enum): every value
            // it can hold is a value of the enum type. Array elements are read at the enum's own size, so they match exactly.
            var compatible = kind == FieldKind.Scalar
                && (scalar == enumModel.Underlying || (field.Dims is null && scalar.IsInteger() && scalar.FitsWithin(enumModel.Underlying)));
            if (!compatible)
            {
                context.Report(LayoutDiagnostics.EnumTypeMismatch, enumName.Span, $"Field '{name.Value}' has type {type.Value} but enum '{enumModel.NativeName}' has type {enumModel.Underlying.YamlName()}; give the field the enum's type (a single value may also be a narrower integer type)");
                return null;
            }
        }

        var dims = field.Dims?.Value ?? [];
        var isBoolean = field.Boolean is { Value: true };
        if (isBoolean && (kind != FieldKind.Scalar || !scalar.IsInteger() || dims.Count > 0 || enumModel is not null))
        {
            context.Report(LayoutDiagnostics.UnsupportedShape, field.Boolean!.Span, name.Value, "'boolean' applies to a single integer value without an enum");
            return null;
        }

        if (dims.Count > 2)
        {
            context.Report(LayoutDiagnostics.UnsupportedShape, field.Dims!.Span, name.Value, "arrays have one or two dimensions");
            return null;
        }

        if (dims.Count == 2 && kind != FieldKind.Scalar)
        {
            context.Report(LayoutDiagnostics.UnsupportedShape, field.Dims!.Span, name.Value, $"two-dimensional arrays hold scalars; an array of {(kind == FieldKind.String ? "strings" : "structs")} has one dimension");
            return null;
        }

        var innerLong = dims.Count == 2 ? (long)unitSize * dims[1] : unitSize;
        if (innerLong > int.MaxValue)
        {
            context.Report(LayoutDiagnostics.UnsupportedShape, field.Dims!.Span, name.Value, "the member is larger than 2 GiB");
            return null;
        }

        var innerSize = (int)innerLong;
        var stride = innerSize;
        if (field.Stride is { } declaredStride)
        {
            if (dims.Count == 0)
            {
                context.Report(LayoutDiagnostics.UnsupportedShape, declaredStride.Span, name.Value, "'stride' applies only to arrays");
                return null;
            }

            if (declaredStride.Value < innerSize)
            {
                context.Report(LayoutDiagnostics.StrideTooSmall, declaredStride.Span, ValidationContext.Text(declaredStride.Value), name.Value, ValidationContext.Text(innerSize));
                return null;
            }

            stride = declaredStride.Value;
        }

        long total = dims.Count == 0 ? unitSize : ((long)stride * (dims[0] - 1)) + innerSize;
        if (total > int.MaxValue || offset.Value + total > int.MaxValue)
        {
            context.Report(LayoutDiagnostics.UnsupportedShape, (field.Dims?.Span ?? offset.Span), name.Value, "the member is larger than 2 GiB");
            return null;
        }

        var csharp = context.CSharpName(name, field.CSharp, prefix: null);
        var json = field.Json?.Value ?? NameRules.ToJson(csharp);
        if (json.Length == 0)
        {
            context.Report(LayoutDiagnostics.InvalidValue, (field.Json ?? name).Span, "json", "a JSON name cannot be empty");
            return null;
        }

        return new FieldModel(
            name.Value,
            csharp,
            json,
            field.Doc,
            field.Unit,
            offset.Value,
            kind,
            scalar,
            type.Value,
            enumModel?.NativeName,
            enumModel?.CSharpName,
            structModel?.NativeName,
            structModel?.CSharpName,
            dims.ToEquatableArray(),
            unitSize,
            stride,
            (int)total,
            isBoolean,
            field.Since?.Value,
            field.IsReserved,
            InJson: !field.IsReserved && !field.OmitFromJson,
            Count: null);
    }
}
