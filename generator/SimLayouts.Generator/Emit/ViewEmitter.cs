using System.Linq;
using SimLayouts.Generator.Model;

namespace SimLayouts.Generator.Emit;

/// <summary>
/// Emits the read-only view (<c>{Name}View</c>, over <c>ReadOnlySpan&lt;byte&gt;</c>) or the writable view
/// (<c>{Name}WritableView</c>, over <c>Span&lt;byte&gt;</c>) of a struct or page: one property per field,
/// each a little-endian read (or write) at a constant offset.
/// </summary>
internal sealed class ViewEmitter
{
    private const string Binary = "global::System.Buffers.Binary.BinaryPrimitives";

    private readonly LayoutModel _layout;
    private readonly StructModel _model;
    private readonly PageModel? _page;
    private readonly bool _writable;
    private readonly string _span;
    private readonly string _offsets;

    private ViewEmitter(LayoutModel layout, StructModel model, PageModel? page, bool writable)
    {
        _layout = layout;
        _model = model;
        _page = page;
        _writable = writable;
        _span = writable ? "global::System.Span<byte>" : "global::System.ReadOnlySpan<byte>";
        _offsets = $"{model.CSharpName}Layout.Offsets";
    }

    public static string ViewName(string csharpName, bool writable) => csharpName + (writable ? "WritableView" : "View");

    public static string Emit(LayoutModel layout, StructModel model, PageModel? page, bool writable) =>
        new ViewEmitter(layout, model, page, writable).Emit();

    private string Emit()
    {
        var code = new CodeWriter().FileHeader(_layout.FileName, _layout.Namespace);
        var name = ViewName(_model.CSharpName, _writable);
        var what = _page is null ? $"struct {Text.Code(_model.NativeName)}" : $"page {Text.Code(_model.NativeName)} (segment {Text.Code(_page.Segment)})";
        var summary = Text.Xml(_model.Doc ?? $"The {_model.NativeName} {(_page is null ? "struct" : "page")} of the {_layout.Name} layout.");
        var remarks = _writable
            ? $"A writable view of the {what}, {_model.Size} bytes, for simulators and tests. Writes are little-endian at constant offsets."
            : $"A zero-copy view of the {what}, {_model.Size} bytes. Reads are little-endian at constant offsets; nothing is copied or allocated.";
        code.Doc(summary, remarks);

        var interfaces = _writable
            ? $"global::SimLayouts.IWritableStructView<{name}>"
            : (_page is null ? $"global::SimLayouts.IStructView<{name}>" : $"global::SimLayouts.IPageView<{name}>");
        using (code.Block($"public readonly ref partial struct {name} : {interfaces}"))
        {
            code.Line($"private readonly {_span} _data;");
            code.Line();
            code.Doc($"Creates a view over <paramref name=\"data\"/>, which should hold at least {_model.Size} bytes; a member beyond its end throws instead of reading past it.");
            code.Line($"public {name}({_span} data) => _data = data;");
            code.Line();
            code.Doc("The size in bytes the layout declares.");
            code.Line($"public static int Size => {_model.CSharpName}Layout.Size;");
            code.Line();
            code.Doc("Creates a view over <paramref name=\"data\"/>.");
            code.Line($"public static {name} Create({_span} data) => new(data);");
            code.Line();
            if (_page is not null && !_writable)
            {
                code.Doc("The page's metadata: segment, size, consistency protocol and every field.");
                code.Line($"public static global::SimLayouts.PageDescription Page => {_model.CSharpName}Layout.Description;");
                code.Line();
            }

            code.Doc("The bytes this view reads.");
            code.Line($"public {_span} Bytes => _data;");
            if (_writable)
            {
                code.Line();
                code.Doc("A read-only view of the same bytes.");
                code.Line($"public {ViewName(_model.CSharpName, false)} AsReadOnly() => new(_data);");
            }

            EmitAvailability(code);
            foreach (var field in _model.Fields)
            {
                code.Line();
                EmitField(code, field);
            }

            foreach (var helper in _model.Helpers)
            {
                code.Line();
                EmitHelper(code, helper);
            }
        }

        return code.ToString();
    }

    private void EmitField(CodeWriter code, FieldModel field)
    {
        var offset = $"{_offsets}.{field.CSharpName}";
        var summary = Text.Xml(field.Doc ?? (field.IsReserved ? $"Reserved bytes ({field.NativeName}), kept for completeness." : $"The {field.NativeName} member."));
        var remarks = $"{Text.Code(field.NativeName)}: {Shape(field)} at offset {field.Offset}" +
                      (field.Unit is null ? "." : $"; unit: {Text.Xml(field.Unit)}.");

        switch (field.Kind)
        {
            case FieldKind.Scalar when !field.IsArray:
                code.Doc(summary, remarks);
                EmitScalar(code, field, offset);
                break;

            case FieldKind.Scalar:
                code.Doc(summary, remarks);
                EmitScalarArray(code, field, offset);
                break;

            case FieldKind.String when !field.IsArray:
                code.Doc(summary + " Decoded as UTF-8 up to the first NUL; invalid bytes become U+FFFD.", remarks);
                EmitString(code, field, offset);
                break;

            case FieldKind.String:
                code.Doc(summary, remarks);
                var stringArray = _writable ? "global::SimLayouts.WritableFixedStringArray" : "global::SimLayouts.FixedStringArray";
                code.Line($"public {stringArray} {field.CSharpName} => new(_data.Slice({offset}, {field.Size}), {field.Dims[0]}, {field.UnitSize}, {field.Stride});");
                break;

            case FieldKind.Struct when !field.IsArray:
                code.Doc(summary, remarks);
                code.Line($"public {ViewName(field.StructCSharpName!, _writable)} {field.CSharpName} => new(_data.Slice({offset}, {field.Size}));");
                break;

            default:
                code.Doc(summary, remarks);
                var structArray = _writable ? "global::SimLayouts.WritableStructArray" : "global::SimLayouts.StructArray";
                code.Line($"public {structArray}<{ViewName(field.StructCSharpName!, _writable)}> {field.CSharpName} => new(_data.Slice({offset}, {field.Size}), {field.Dims[0]}, {field.Stride});");
                break;
        }
    }

    private void EmitScalar(CodeWriter code, FieldModel field, string offset)
    {
        if (field.IsBoolean)
        {
            EmitBoolean(code, field, offset);
            return;
        }

        var type = ElementType(field);
        var read = Read(field.Scalar, offset);
        if (field.EnumCSharpName is not null)
        {
            read = $"({type}){read}";
        }

        if (!_writable)
        {
            code.Line($"public {type} {field.CSharpName} => {read};");
            return;
        }

        var value = field.EnumCSharpName is null ? "value" : $"({field.Scalar.CSharpType()})value";
        using (code.Block($"public {type} {field.CSharpName}"))
        {
            code.Line($"get => {read};");
            code.Line($"set => {Write(field.Scalar, offset, value)};");
        }
    }

    /// <summary>
    /// What the bytes given hold: a page from an older revision is shorter, and its newer members are
    /// unavailable (reading one throws rather than reading past the bytes).
    /// </summary>
    private void EmitAvailability(CodeWriter code)
    {
        code.Line();
        code.Doc("Whether the bytes given hold <paramref name=\"field\"/> (a member from this layout's metadata).");
        code.Line("public bool Has(global::SimLayouts.LayoutField field) => field is not null && _data.Length >= field.RequiredLength;");
        foreach (var field in _model.Fields.Where(f => f.Since is not null))
        {
            code.Line();
            code.Doc($"Whether the bytes given hold {Text.Code(field.NativeName)}, added in revision {Text.Xml(field.Since)} (the page must be at least {field.End} bytes).");
            code.Line($"public bool Has{field.CSharpName} => _data.Length >= {field.End};");
        }

        if (_page is not null && _page.Revisions.Count > 0)
        {
            code.Line();
            code.Doc("The newest revision of the page the bytes given cover, or null when they are shorter than the oldest one.");
            var choice = "null";
            foreach (var revision in _page.Revisions)
            {
                choice = $"_data.Length >= {revision.Size} ? {Text.Literal(revision.Name)} : " + choice;
            }

            code.Line($"public string? Revision => {choice};");
        }
    }

    /// <summary>An integer that holds a yes/no (<c>boolean: true</c>): any non-zero value is true.</summary>
    private void EmitBoolean(CodeWriter code, FieldModel field, string offset)
    {
        var read = Read(field.Scalar, offset) + " != 0";
        if (!_writable)
        {
            code.Line($"public bool {field.CSharpName} => {read};");
            return;
        }

        using (code.Block($"public bool {field.CSharpName}"))
        {
            code.Line($"get => {read};");
            code.Line($"set => {Write(field.Scalar, offset, $"({field.Scalar.CSharpType()})(value ? 1 : 0)")};");
        }
    }

    private void EmitHelper(CodeWriter code, HelperModel helper)
    {
        var uses = string.Join(", ", helper.Fields.Select(f => $"<see cref=\"{f}\"/>"));
        switch (helper.Kind)
        {
            case HelperKind.Tuple:
                var elements = helper.Types.Zip(helper.ElementNames, (type, name) => $"{type} {name}");
                var tuple = "(" + string.Join(", ", elements) + ")";
                code.Doc(Text.Xml(helper.Doc ?? $"{helper.CSharpName} as one value."), $"Computed from {uses}.");
                if (!_writable)
                {
                    code.Line($"public {tuple} {helper.CSharpName} => ({string.Join(", ", helper.Fields)});");
                    return;
                }

                using (code.Block($"public {tuple} {helper.CSharpName}"))
                {
                    code.Line($"get => ({string.Join(", ", helper.Fields)});");
                    code.Line("set");
                    code.Line("{");
                    for (var i = 0; i < helper.Fields.Count; i++)
                    {
                        code.Line($"    {helper.Fields[i]} = value.{helper.ElementNames[i]};");
                    }

                    code.Line("}");
                }

                return;

            case HelperKind.UInt128:
                var (low, high) = (helper.Fields[0], helper.Fields[1]);
                code.Doc(Text.Xml(helper.Doc ?? $"{helper.CSharpName} as one 128-bit value."), $"<see cref=\"{low}\"/> is the low half and <see cref=\"{high}\"/> the high half.");
                if (!_writable)
                {
                    code.Line($"public global::System.UInt128 {helper.CSharpName} => new({high}, {low});");
                    return;
                }

                using (code.Block($"public global::System.UInt128 {helper.CSharpName}"))
                {
                    code.Line($"get => new({high}, {low});");
                    code.Line("set");
                    code.Line("{");
                    code.Line($"    {low} = (ulong)value;");
                    code.Line($"    {high} = (ulong)(value >> 64);");
                    code.Line("}");
                }

                return;

            case HelperKind.Test:
                var operand = Raw(helper);
                var literal = Literal(helper.RawTypes[0], helper.Value);
                var test = helper.Op == "near"
                    ? helper.RawTypes[0] switch
                    {
                        // Machine epsilon, as Rust's f32::EPSILON / f64::EPSILON (not float.Epsilon, the smallest subnormal).
                        "float" => $"global::System.MathF.Abs({operand} - {literal}) < 1.1920929E-07f",
                        "double" => $"global::System.Math.Abs({operand} - {literal}) < 2.220446049250313E-16d",
                        _ => $"{operand} == {literal}",
                    }
                    : $"{operand} {helper.Op} {literal}";
                code.Doc(Text.Xml(helper.Doc ?? $"Whether {helper.Fields[0]} {helper.Op} {Text.Number(helper.Value)}."), $"Computed from {uses}: <c>{Text.Xml(test)}</c>.");
                code.Line($"public bool {helper.CSharpName} => {test};");
                return;

            default:
                var type = helper.RawTypes[0];
                var sum = $"unchecked(({type})({Raw(helper)} + {Literal("long", helper.Value)}))";
                code.Doc(Text.Xml(helper.Doc ?? $"{helper.Fields[0]} plus {Text.Number(helper.Value)}."), $"Computed from {uses}.");
                code.Line($"public {type} {helper.CSharpName} => {sum};");
                return;
        }
    }

    /// <summary>The field as its raw number, even when the property is an enum.</summary>
    private static string Raw(HelperModel helper) =>
        helper.Types[0] == helper.RawTypes[0] ? helper.Fields[0] : $"(({helper.RawTypes[0]}){helper.Fields[0]})";

    private static string Literal(string type, decimal value)
    {
        var text = Text.Number(value);
        return type switch
        {
            "float" => text + "f",
            "double" => text + "d",
            "long" => "(" + text + "L)",
            _ => value < 0 ? "(" + text + ")" : text,
        };
    }

    private void EmitScalarArray(CodeWriter code, FieldModel field, string offset)
    {
        var element = ElementType(field);
        var prefix = _writable ? "global::SimLayouts.Writable" : "global::SimLayouts.";
        if (field.Dims.Count == 1)
        {
            code.Line($"public {prefix}ValueArray<{element}> {field.CSharpName} => new(_data.Slice({offset}, {field.Size}), {field.Dims[0]}, {field.Stride});");
        }
        else
        {
            code.Line($"public {prefix}ValueArray2D<{element}> {field.CSharpName} => new(_data.Slice({offset}, {field.Size}), {field.Dims[0]}, {field.Dims[1]}, {field.Stride});");
        }
    }

    private void EmitString(CodeWriter code, FieldModel field, string offset)
    {
        var slice = $"_data.Slice({offset}, {field.UnitSize})";
        if (_writable)
        {
            using (code.Block($"public string {field.CSharpName}"))
            {
                code.Line($"get => global::SimLayouts.FixedString.Decode({slice});");
                code.Line($"set => global::SimLayouts.FixedString.Encode(value, {slice});");
            }
        }
        else
        {
            code.Line($"public string {field.CSharpName} => global::SimLayouts.FixedString.Decode({slice});");
        }

        code.Line();
        code.Doc($"The raw {field.UnitSize} bytes of {Text.Code(field.NativeName)}, NUL padding included.");
        code.Line($"public {_span} {field.CSharpName}Bytes => {slice};");
    }

    private static string ElementType(FieldModel field) => field.EnumCSharpName ?? field.Scalar.CSharpType();

    private static string Shape(FieldModel field)
    {
        var type = field.Kind == FieldKind.String ? $"char[{field.UnitSize}]" : field.TypeName;
        var dims = string.Empty;
        foreach (var dim in field.Dims)
        {
            dims += $"[{dim}]";
        }

        var enumText = field.EnumNativeName is null ? string.Empty : $" ({field.EnumNativeName})";
        var stride = field.IsArray && field.Stride != field.InnerSize ? $", stride {field.Stride}" : string.Empty;
        return Text.Xml(type + dims) + enumText + stride;
    }

    private static string Read(ScalarKind kind, string offset) => kind switch
    {
        ScalarKind.U8 => $"_data[{offset}]",
        ScalarKind.I8 => $"unchecked((sbyte)_data[{offset}])",
        ScalarKind.Bool => $"_data[{offset}] != 0",
        _ => $"{Binary}.Read{BinaryName(kind)}LittleEndian(_data.Slice({offset}))",
    };

    private static string Write(ScalarKind kind, string offset, string value) => kind switch
    {
        ScalarKind.U8 => $"_data[{offset}] = {value}",
        ScalarKind.I8 => $"_data[{offset}] = unchecked((byte){value})",
        ScalarKind.Bool => $"_data[{offset}] = {value} ? (byte)1 : (byte)0",
        _ => $"{Binary}.Write{BinaryName(kind)}LittleEndian(_data.Slice({offset}), {value})",
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
