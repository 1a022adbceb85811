using SimLayouts.Generator.Model;
using SimLayouts.Generator.Naming;

namespace SimLayouts.Generator.Emit;

/// <summary>
/// The property of one field in a view: a little-endian read (and, in a writable view, write) at a constant offset
/// for a scalar or enum, a decoded string with its raw bytes, a struct view, or an array type over the field's bytes.
/// One method per kind of element and shape.
/// </summary>
internal static class FieldAccessorEmitter
{
    private const string Binary = "global::System.Buffers.Binary.BinaryPrimitives";

    /// <summary>The private field holding the view's bytes.</summary>
    private static readonly string Data = GeneratedNames.Data.Name;

    public static void Emit(CodeWriter code, ViewTarget view, FieldModel field)
    {
        var offset = $"{view.Offsets}.{field.CSharpName}";
        var summary = Text.Xml(field.Doc ?? (field.IsReserved ? $"Reserved bytes ({field.NativeName}), kept for completeness." : $"The {field.NativeName} member."));
        var remarks = $"{Text.Code(field.NativeName)}: {Shape(field)} at offset {field.Offset}" +
                      (field.Unit is null ? "." : $"; unit: {Text.Xml(field.Unit)}.");

        switch (field.Type)
        {
            case ScalarType or EnumType when !field.IsArray:
                code.Doc(summary, remarks);
                Scalar(code, view, field, offset);
                break;

            case ScalarType or EnumType:
                code.Doc(summary, remarks);
                ScalarArray(code, view, field, offset);
                break;

            case StringType when !field.IsArray:
                code.Doc(summary + " Decoded as UTF-8 up to the first NUL; invalid bytes become U+FFFD.", remarks);
                String(code, view, field, offset, "global::SimLayouts.FixedString");
                break;

            case Utf16StringType when !field.IsArray:
                code.Doc(summary + " Decoded as UTF-16LE up to the first NUL unit; lone surrogates become U+FFFD.", remarks);
                String(code, view, field, offset, "global::SimLayouts.Utf16String");
                break;

            case StringType text:
                code.Doc(summary, remarks);
                ArrayProperty(code, view, field, offset, view.IsWritable ? "global::SimLayouts.WritableFixedStringArray" : "global::SimLayouts.FixedStringArray", $", {text.Length}, {field.Stride}");
                break;

            case Utf16StringType text:
                code.Doc(summary, remarks);
                ArrayProperty(code, view, field, offset, view.IsWritable ? "global::SimLayouts.WritableUtf16StringArray" : "global::SimLayouts.Utf16StringArray", $", {text.Length}, {field.Stride}");
                break;

            case StructType element when !field.IsArray:
                code.Doc(summary, remarks);
                code.Line($"public {view.ViewOf(element.CSharpName)} {field.CSharpName} => new({Data}.Slice({offset}, {field.Size}));");
                break;

            case StructType element:
                code.Doc(summary, remarks);
                var structArray = view.IsWritable ? "global::SimLayouts.WritableStructArray" : "global::SimLayouts.StructArray";
                ArrayProperty(code, view, field, offset, $"{structArray}<{view.ViewOf(element.CSharpName)}>", $", {field.Stride}");
                break;

            default:
                throw new System.NotSupportedException($"No accessor for a field of {field.Type.GetType().Name}.");
        }
    }

    private static void Scalar(CodeWriter code, ViewTarget view, FieldModel field, string offset)
    {
        var scalar = field.Type.Scalar;
        if (field.Type is ScalarType { IsBoolean: true })
        {
            Boolean(code, view, field, offset);
            return;
        }

        var type = ElementType(field);
        var read = Read(scalar, offset);
        if (field.Type is EnumType)
        {
            read = $"({type}){read}";
        }

        if (!view.IsWritable)
        {
            code.Line($"public {type} {field.CSharpName} => {read};");
            return;
        }

        var value = field.Type is EnumType ? $"({scalar.CSharpType()})value" : "value";
        using (code.Block($"public {type} {field.CSharpName}"))
        {
            code.Line($"get => {read};");
            code.Line($"set => {Write(scalar, offset, value)};");
        }
    }

    /// <summary>An integer that holds a yes/no (<c>boolean: true</c>): any non-zero value is true.</summary>
    private static void Boolean(CodeWriter code, ViewTarget view, FieldModel field, string offset)
    {
        var scalar = field.Type.Scalar;
        var read = Read(scalar, offset) + " != 0";
        if (!view.IsWritable)
        {
            code.Line($"public bool {field.CSharpName} => {read};");
            return;
        }

        using (code.Block($"public bool {field.CSharpName}"))
        {
            code.Line($"get => {read};");
            code.Line($"set => {Write(scalar, offset, $"({scalar.CSharpType()})(value ? 1 : 0)")};");
        }
    }

    private static void ScalarArray(CodeWriter code, ViewTarget view, FieldModel field, string offset)
    {
        var element = ElementType(field);
        var prefix = view.IsWritable ? "global::SimLayouts.Writable" : "global::SimLayouts.";
        if (field.Dims.Count == 1)
        {
            ArrayProperty(code, view, field, offset, $"{prefix}ValueArray<{element}>", $", {field.Stride}");
        }
        else
        {
            ArrayProperty(code, view, field, offset, $"{prefix}ValueArray2D<{element}>", $", {field.Dims[1]}, {field.Stride}");
        }
    }

    /// <summary>
    /// An array property over the field's bytes (<paramref name="type"/>, constructed from the bytes, the number of
    /// entries, then <paramref name="rest"/>), and for a counted array in a read-only view, the same over the entries
    /// in use: <c>Active{Field}</c>, the count clamped to the array, so a hostile count reads no further than it.
    /// </summary>
    private static void ArrayProperty(CodeWriter code, ViewTarget view, FieldModel field, string offset, string type, string rest)
    {
        var bytes = $"{Data}.Slice({offset}, {field.Size})";
        code.Line($"public {type} {field.CSharpName} => new({bytes}, {field.Dims[0]}{rest});");
        if (field.Count is not { } count || view.IsWritable)
        {
            return;
        }

        var capacity = field.Dims[0];
        var active = count.Type == ScalarKind.U64
            ? $"(int)global::System.Math.Min(this.{count.CSharpPath}, {capacity}UL)"
            : $"(int)global::System.Math.Clamp((long)this.{count.CSharpPath}, 0L, {capacity}L)";
        code.Line();
        code.Doc($"The entries of {Text.Code(field.NativeName)} in use: the first {Text.Code(count.NativePath)} of them, clamped to 0..{capacity}.");
        code.Line($"public {type} {GeneratedNames.ActiveEntries.Of(field.CSharpName)} => new({bytes}, {active}{rest});");
    }

    /// <summary>A single string: decoded and encoded by <paramref name="codec"/> (a runtime class), and its raw bytes.</summary>
    private static void String(CodeWriter code, ViewTarget view, FieldModel field, string offset, string codec)
    {
        var length = field.Type.UnitSize;
        var slice = $"{Data}.Slice({offset}, {length})";
        if (view.IsWritable)
        {
            using (code.Block($"public string {field.CSharpName}"))
            {
                code.Line($"get => {codec}.Decode({slice});");
                code.Line($"set => {codec}.Encode(value, {slice});");
            }
        }
        else
        {
            code.Line($"public string {field.CSharpName} => {codec}.Decode({slice});");
        }

        code.Line();
        code.Doc($"The raw {length} bytes of {Text.Code(field.NativeName)}, NUL padding included.");
        code.Line($"public {view.Span} {GeneratedNames.StringBytes.Of(field.CSharpName)} => {slice};");
    }

    /// <summary>The C# type of one scalar element: the enum, or the number.</summary>
    private static string ElementType(FieldModel field) => field.Type is EnumType enumType ? enumType.EnumCSharpName : field.Type.Scalar.CSharpType();

    /// <summary>The field as the header declares it, for its documentation: <c>f32[4][3] (Enum), stride 16</c>.</summary>
    private static string Shape(FieldModel field)
    {
        var type = field.Type switch
        {
            StringType text => $"char[{text.Length}]",
            Utf16StringType text => $"wchar_t[{text.Length}]",
            _ => field.Type.YamlName,
        };
        var dims = string.Empty;
        foreach (var dim in field.Dims)
        {
            dims += $"[{dim}]";
        }

        var enumText = field.Type is EnumType enumType ? $" ({enumType.EnumNativeName})" : string.Empty;
        var stride = field.IsArray && field.Stride != field.InnerSize ? $", stride {field.Stride}" : string.Empty;
        return Text.Xml(type + dims) + enumText + stride;
    }

    /// <summary>The expression that reads one scalar of <paramref name="kind"/> at <paramref name="offset"/> of the view's bytes.</summary>
    internal static string Read(ScalarKind kind, string offset) => kind switch
    {
        ScalarKind.U8 => $"{Data}[{offset}]",
        ScalarKind.I8 => $"unchecked((sbyte){Data}[{offset}])",
        ScalarKind.Bool => $"{Data}[{offset}] != 0",
        _ => $"{Binary}.Read{BinaryName(kind)}LittleEndian({Data}.Slice({offset}))",
    };

    private static string Write(ScalarKind kind, string offset, string value) => kind switch
    {
        ScalarKind.U8 => $"{Data}[{offset}] = {value}",
        ScalarKind.I8 => $"{Data}[{offset}] = unchecked((byte){value})",
        ScalarKind.Bool => $"{Data}[{offset}] = {value} ? (byte)1 : (byte)0",
        _ => $"{Binary}.Write{BinaryName(kind)}LittleEndian({Data}.Slice({offset}), {value})",
    };

    private static string BinaryName(ScalarKind kind) => kind switch
    {
        ScalarKind.U16 => "UInt16",
        ScalarKind.I16 => "Int16",
        ScalarKind.U32 => "UInt32",
        ScalarKind.I32 => "Int32",
        ScalarKind.U64 => "UInt64",
        ScalarKind.I64 => "Int64",
        ScalarKind.F32 => "Single",
        ScalarKind.F64 => "Double",
        _ => throw new System.ArgumentOutOfRangeException(nameof(kind), kind, "not a multi-byte scalar"),
    };
}
