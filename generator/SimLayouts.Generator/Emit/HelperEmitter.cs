using System.Linq;
using SimLayouts.Generator.Model;

namespace SimLayouts.Generator.Emit;

/// <summary>
/// The member of one helper in a view (<c>helpers:</c>), one method per kind. Fields are read as <c>this.Name</c>, so
/// that no parameter (<c>value</c>) or contextual keyword (<c>field</c>) can stand for a field of that name.
/// </summary>
internal static class HelperEmitter
{
    public static void Emit(CodeWriter code, ViewTarget view, HelperModel helper)
    {
        switch (helper)
        {
            case TupleHelper tuple:
                Tuple(code, view, tuple);
                break;
            case UInt128Helper wide:
                UInt128(code, view, wide);
                break;
            case TestHelper test:
                Test(code, test);
                break;
            case OffsetHelper offset:
                Offset(code, offset);
                break;
            default:
                throw new System.NotSupportedException($"No emitter for a helper of {helper.GetType().Name}.");
        }
    }

    /// <summary><c>(T1 A, T2 B) Name => (A, B)</c>; the writable view sets each field from the tuple.</summary>
    private static void Tuple(CodeWriter code, ViewTarget view, TupleHelper helper)
    {
        var fields = helper.Elements.Select(e => Member(e.Field.Property)).ToList();
        var tuple = "(" + string.Join(", ", helper.Elements.Select(e => $"{e.Field.PropertyType} {e.Name}")) + ")";
        code.Doc(Text.Xml(helper.Doc ?? $"{helper.CSharpName} as one value."), $"Computed from {Uses(helper.Elements.Select(e => e.Field.Property).ToArray())}.");
        if (!view.IsWritable)
        {
            code.Line($"public {tuple} {helper.CSharpName} => ({string.Join(", ", fields)});");
            return;
        }

        using (code.Block($"public {tuple} {helper.CSharpName}"))
        {
            code.Line($"get => ({string.Join(", ", fields)});");
            code.Line("set");
            code.Line("{");
            foreach (var element in helper.Elements)
            {
                code.Line($"    {Member(element.Field.Property)} = value.{element.Name};");
            }

            code.Line("}");
        }
    }

    /// <summary><c>UInt128 Name => new(high, low)</c>; the writable view splits a value into the two fields.</summary>
    private static void UInt128(CodeWriter code, ViewTarget view, UInt128Helper helper)
    {
        var (low, high) = (Member(helper.Low), Member(helper.High));
        code.Doc(Text.Xml(helper.Doc ?? $"{helper.CSharpName} as one 128-bit value."), $"<see cref=\"{helper.Low}\"/> is the low half and <see cref=\"{helper.High}\"/> the high half.");
        if (!view.IsWritable)
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
    }

    /// <summary><c>bool Name => field op value</c>; <c>near</c> compares floating-point values within machine epsilon.</summary>
    private static void Test(CodeWriter code, TestHelper helper)
    {
        var operand = Raw(helper.Field);
        var rawType = helper.Field.RawType;
        var literal = Literal(rawType, helper.Value);
        var test = helper.Operator == "near"
            ? rawType switch
            {
                // Machine epsilon, as Rust's f32::EPSILON / f64::EPSILON (not float.Epsilon, the smallest subnormal).
                "float" => $"global::System.MathF.Abs({operand} - {literal}) < 1.1920929E-07f",
                "double" => $"global::System.Math.Abs({operand} - {literal}) < 2.220446049250313E-16d",
                _ => $"{operand} == {literal}",
            }
            : $"{operand} {helper.Operator} {literal}";
        code.Doc(Text.Xml(helper.Doc ?? $"Whether {helper.Field.Property} {helper.Operator} {Text.Number(helper.Value)}."), $"Computed from {Uses(helper.Field.Property)}: <c>{Text.Xml(test)}</c>.");
        code.Line($"public bool {helper.CSharpName} => {test};");
    }

    /// <summary><c>T Name => field + value</c> in the field's own integer type.</summary>
    private static void Offset(CodeWriter code, OffsetHelper helper)
    {
        var type = helper.Field.RawType;
        var sum = $"unchecked(({type})({Raw(helper.Field)} + {Literal("long", helper.Value)}))";
        code.Doc(Text.Xml(helper.Doc ?? $"{helper.Field.Property} plus {Text.Number(helper.Value)}."), $"Computed from {Uses(helper.Field.Property)}.");
        code.Line($"public {type} {helper.CSharpName} => {sum};");
    }

    private static string Uses(params string[] properties) => string.Join(", ", properties.Select(p => $"<see cref=\"{p}\"/>"));

    /// <summary>The field as its raw number, even when the property is an enum or a boolean.</summary>
    private static string Raw(HelperOperand field) => field.IsRaw ? Member(field.Property) : $"(({field.RawType}){Member(field.Property)})";

    /// <summary>A field of the view, read through <c>this</c>.</summary>
    private static string Member(string property) => "this." + property;

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
}
