using SimLayouts.Generator.Diagnostics;
using SimLayouts.Generator.Model;
using SimLayouts.Generator.Naming;
using SimLayouts.Generator.Parsing;

namespace SimLayouts.Generator.Validation;

/// <summary>
/// One item of <c>fields</c>: what one element holds (<see cref="FieldType"/>: a scalar, an enum-typed integer, a
/// string or a struct of this layout), its shape (<c>dims</c>, <c>stride</c>) and its names. Where it lies in its
/// struct or page is checked by <see cref="StructValidator"/>.
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

        if (DeclaredType(context, field, name, type) is not { } declared
            || Enum(context, field, name, type, declared) is not { } element
            || Boolean(context, field, name, element) is not { } final)
        {
            return null;
        }

        if (Shape(context, field, name, offset, final) is not { } shape)
        {
            return null;
        }

        var csharp = context.CSharpName(name, field.CSharp, prefix: null);
        var json = field.Json?.Value ?? NameRules.ToJson(csharp);
        if (json.Length == 0)
        {
            context.Report(LayoutDiagnostics.InvalidValue, (field.Json ?? name).Span, "json", "a JSON name cannot be empty");
            return null;
        }

        return new FieldModel
        {
            NativeName = name.Value,
            CSharpName = csharp,
            JsonName = json,
            Doc = field.Doc,
            Unit = field.Unit,
            Offset = offset.Value,
            Type = final,
            Dims = shape.Dims.ToEquatableArray(),
            Stride = shape.Stride,
            Size = shape.Size,
            Since = field.Since?.Value,
            IsReserved = field.IsReserved,
            InJson = !field.IsReserved && !field.OmitFromJson,
        };
    }

    /// <summary>The <c>type</c> as written: a scalar, <c>string</c> (with its <c>length</c>) or a struct of this layout.</summary>
    private static FieldType? DeclaredType(ValidationContext context, FieldSyntax field, Located<string> name, Located<string> type)
    {
        FieldType declared;
        var scalar = ScalarKinds.Parse(type.Value);
        if (scalar != ScalarKind.None)
        {
            declared = new ScalarType(scalar, IsBoolean: false);
        }
        else if (type.Value == "string")
        {
            if (field.Length is not { } length)
            {
                context.Report(LayoutDiagnostics.MissingKey, type.Span, $"String field '{name.Value}'", "length");
                return null;
            }

            if (Encoding(context, field, name, length) is not { } encoding)
            {
                return null;
            }

            declared = encoding;
        }
        else if (context.StructSyntax.ContainsKey(type.Value))
        {
            // Structs are validated as they are met, so a chain of them declared outermost first would recurse once
            // per level: deeper than the limit, the outermost struct is too deep anyway, and it stops here.
            if (!context.Structs.ContainsKey(type.Value) && context.Resolving.Count >= LayoutLimits.MaxStructNesting)
            {
                TooDeep(context, type, name, $"structs nest more than {LayoutLimits.MaxStructNesting} levels deep here");
                return null;
            }

            if (StructValidator.Resolve(context, type.Value, type.Span) is not { } structModel)
            {
                return null;
            }

            if (context.StructDepths[structModel.NativeName] is var depth && depth >= LayoutLimits.MaxStructNesting)
            {
                TooDeep(context, type, name, $"a page or struct holds at most {LayoutLimits.MaxStructNesting} levels of structs, itself included, and '{type.Value}' holds {depth}");
                return null;
            }

            declared = new StructType(structModel.NativeName, structModel.CSharpName, structModel.Size);
        }
        else
        {
            var structs = context.StructSyntax.Count == 0 ? "none declared" : "structs: " + string.Join(", ", context.StructSyntax.Keys);
            context.Report(LayoutDiagnostics.UnknownType, type.Span, type.Value, structs);
            return null;
        }

        if (declared is not (StringType or Utf16StringType) && field.Length is { } stray)
        {
            context.Report(LayoutDiagnostics.UnsupportedShape, stray.Span, name.Value, "'length' applies only to strings");
            return null;
        }

        if (declared is not (StringType or Utf16StringType) && field.Encoding is { } strayEncoding)
        {
            context.Report(LayoutDiagnostics.UnsupportedShape, strayEncoding.Span, name.Value, "'encoding' applies only to strings");
            return null;
        }

        return declared;
    }

    /// <summary>
    /// A string's <c>encoding</c>: <c>utf8</c> (the default; <c>length</c> in bytes) or <c>utf16</c> (<c>length</c> in
    /// 16-bit units, a <c>wchar_t</c> array of a Windows header, so it takes twice as many bytes).
    /// </summary>
    private static FieldType? Encoding(ValidationContext context, FieldSyntax field, Located<string> name, Located<int> length)
    {
        switch (field.Encoding?.Value)
        {
            case null or "utf8":
                return new StringType(length.Value);
            case "utf16":
                if (length.Value > int.MaxValue / 2)
                {
                    context.Report(LayoutDiagnostics.UnsupportedShape, length.Span, name.Value, "the member is larger than 2 GiB");
                    return null;
                }

                return new Utf16StringType(length.Value);
            default:
                context.Report(LayoutDiagnostics.InvalidValue, field.Encoding.Span, "encoding", $"a string is 'utf8' (length in bytes) or 'utf16' (length in 16-bit units), found '{field.Encoding.Value}'");
                return null;
        }
    }

    /// <summary>
    /// Structs nested too deep are reported once: a chain cut at one place would be too deep again further on,
    /// one mistake many times.
    /// </summary>
    private static void TooDeep(ValidationContext context, Located<string> type, Located<string> name, string why)
    {
        if (!context.NestingReported)
        {
            context.NestingReported = true;
            context.Report(LayoutDiagnostics.UnsupportedShape, type.Span, name.Value, why);
        }
    }

    /// <summary>With <c>enum:</c>, an integer scalar becomes an <see cref="EnumType"/> of a compatible enum.</summary>
    private static FieldType? Enum(ValidationContext context, FieldSyntax field, Located<string> name, Located<string> type, FieldType declared)
    {
        if (field.Enum is not { } enumName)
        {
            return declared;
        }

        if (!context.Enums.TryGetValue(enumName.Value, out var enumModel))
        {
            var known = context.Enums.Count == 0 ? "none" : string.Join(", ", context.Enums.Keys);
            context.Report(LayoutDiagnostics.UnknownEnum, enumName.Span, enumName.Value, known);
            return null;
        }

        // A single value may be narrower than its enum (an i16 gear with an i32 gear-index enum): every value
        // it can hold is a value of the enum type. Array elements are read at the enum's own size, so they match exactly.
        var scalar = declared.Scalar;
        var compatible = declared is ScalarType
            && (scalar == enumModel.Underlying || (field.Dims is null && scalar.IsInteger() && scalar.FitsWithin(enumModel.Underlying)));
        if (!compatible)
        {
            context.Report(LayoutDiagnostics.EnumTypeMismatch, enumName.Span, $"Field '{name.Value}' has type {type.Value} but enum '{enumModel.NativeName}' has type {enumModel.Underlying.YamlName()}; give the field the enum's type (a single value may also be a narrower integer type)");
            return null;
        }

        return new EnumType(scalar, enumModel.NativeName, enumModel.CSharpName);
    }

    /// <summary><c>boolean: true</c> turns a single integer without an enum into a yes/no.</summary>
    private static FieldType? Boolean(ValidationContext context, FieldSyntax field, Located<string> name, FieldType element)
    {
        if (field.Boolean is not { Value: true } flag)
        {
            return element;
        }

        if (element is not ScalarType { Kind: var kind } || !kind.IsInteger() || field.Dims is not null)
        {
            context.Report(LayoutDiagnostics.UnsupportedShape, flag.Span, name.Value, "'boolean' applies to a single integer value without an enum");
            return null;
        }

        return new ScalarType(kind, IsBoolean: true);
    }

    /// <summary>The dimensions, the stride of the outer one and the whole size, each within what C# can index (2 GiB).</summary>
    private static (System.Collections.Generic.List<int> Dims, int Stride, int Size)? Shape(ValidationContext context, FieldSyntax field, Located<string> name, Located<int> offset, FieldType element)
    {
        var dims = field.Dims?.Value ?? [];
        if (dims.Count > 2)
        {
            context.Report(LayoutDiagnostics.UnsupportedShape, field.Dims!.Span, name.Value, "arrays have one or two dimensions");
            return null;
        }

        if (dims.Count == 2 && element is not (ScalarType or EnumType))
        {
            context.Report(LayoutDiagnostics.UnsupportedShape, field.Dims!.Span, name.Value, $"two-dimensional arrays hold scalars; an array of {(element is StringType or Utf16StringType ? "strings" : "structs")} has one dimension");
            return null;
        }

        var unitSize = element.UnitSize;
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
            context.Report(LayoutDiagnostics.UnsupportedShape, field.Dims?.Span ?? offset.Span, name.Value, "the member is larger than 2 GiB");
            return null;
        }

        return (dims, stride, (int)total);
    }
}
