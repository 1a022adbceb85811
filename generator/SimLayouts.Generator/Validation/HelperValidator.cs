using System.Collections.Generic;
using System.Linq;
using SimLayouts.Generator.Diagnostics;
using SimLayouts.Generator.Model;
using SimLayouts.Generator.Naming;
using SimLayouts.Generator.Parsing;

namespace SimLayouts.Generator.Validation;

/// <summary>
/// One item of <c>helpers</c>: a convenience member computed from single scalar fields of the same struct or page
/// (<c>tuple</c>, <c>uint128</c>, <c>test</c>, <c>offset</c>).
/// </summary>
internal static class HelperValidator
{
    private static readonly string[] Kinds = ["tuple", "uint128", "test", "offset"];

    private static readonly string[] TestOperators = ["==", "!=", "<", "<=", ">", ">=", "near"];

    /// <summary>Checks a convenience member against the fields it is computed from; each kind has its own method.</summary>
    public static HelperModel? Validate(ValidationContext context, HelperSyntax helper, List<FieldModel> fields, string owner)
    {
        if (helper.Name is not { } name)
        {
            context.Report(LayoutDiagnostics.MissingKey, helper.Span, $"A helper of {owner}", "name");
            return null;
        }

        if (!NameRules.IsValidIdentifier(name.Value))
        {
            context.Report(LayoutDiagnostics.InvalidIdentifier, name.Span, name.Value, name.Value);
            return null;
        }

        if (helper.Kind is not { } kindText)
        {
            context.Report(LayoutDiagnostics.MissingKey, helper.Span, $"Helper '{name.Value}'", "kind");
            return null;
        }

        var many = kindText.Value is "tuple" or "uint128";
        if (System.Array.IndexOf(Kinds, kindText.Value) < 0)
        {
            context.Report(LayoutDiagnostics.InvalidValue, kindText.Span, "kind", $"'{kindText.Value}' is not one of: {string.Join(", ", Kinds)}");
            return null;
        }

        var used = many ? helper.Fields : (helper.Field is { } one ? [one] : []);
        if (used.Count == 0)
        {
            context.Report(LayoutDiagnostics.MissingKey, helper.Span, $"Helper '{name.Value}'", many ? "fields" : "field");
            return null;
        }

        var resolved = new List<FieldModel>();
        foreach (var reference in used)
        {
            var field = fields.FirstOrDefault(f => f.NativeName == reference.Value);
            if (field is not { IsSingleScalar: true })
            {
                context.Report(LayoutDiagnostics.UnknownFieldReference, reference.Span, $"Helper '{name.Value}'", reference.Value, $"a single scalar field of {owner}");
                return null;
            }

            resolved.Add(field);
        }

        HelperModel? model = kindText.Value switch
        {
            "tuple" => Tuple(context, helper, resolved),
            "uint128" => UInt128(context, helper, resolved),
            "test" => Test(context, helper, resolved[0]),
            _ => Offset(context, helper, resolved[0]),
        };
        return model is not null && ElementNamesAreValid(context, helper, resolved) ? model : null;
    }

    private static TupleHelper? Tuple(ValidationContext context, HelperSyntax helper, List<FieldModel> resolved)
    {
        if (resolved.Count < 2)
        {
            context.Report(LayoutDiagnostics.InvalidValue, helper.Fields[0].Span, "fields", "a tuple combines at least two fields");
            return null;
        }

        if (helper.Names.Count > 0 && helper.Names.Count != resolved.Count)
        {
            context.Report(LayoutDiagnostics.InvalidValue, helper.Names[0].Span, "names", $"give one name per field ({resolved.Count})");
            return null;
        }

        var names = ElementNames(helper, resolved);
        return new TupleHelper
        {
            CSharpName = helper.Name!.Value,
            Doc = helper.Doc,
            Elements = resolved.Select((field, i) => new TupleElement(Operand(field), names[i])).ToEquatableArray(),
        };
    }

    private static UInt128Helper? UInt128(ValidationContext context, HelperSyntax helper, List<FieldModel> resolved)
    {
        if (resolved.Count != 2 || resolved.Any(f => f.Type.Scalar != ScalarKind.U64))
        {
            context.Report(LayoutDiagnostics.InvalidValue, helper.Fields[0].Span, "fields", "uint128 takes two u64 fields: [low, high]");
            return null;
        }

        return new UInt128Helper { CSharpName = helper.Name!.Value, Doc = helper.Doc, Low = resolved[0].CSharpName, High = resolved[1].CSharpName };
    }

    private static TestHelper? Test(ValidationContext context, HelperSyntax helper, FieldModel field)
    {
        var op = helper.Op?.Value ?? "!=";
        if (System.Array.IndexOf(TestOperators, op) < 0)
        {
            context.Report(LayoutDiagnostics.InvalidValue, helper.Op!.Span, "op", $"'{op}' is not one of: {string.Join(", ", TestOperators)}");
            return null;
        }

        var value = helper.Value?.Value ?? 0m;
        if (!IsNumericOperand(context, field, value, helper.Value?.Span ?? helper.Span))
        {
            return null;
        }

        return new TestHelper { CSharpName = helper.Name!.Value, Doc = helper.Doc, Field = Operand(field), Operator = op, Value = value };
    }

    private static OffsetHelper? Offset(ValidationContext context, HelperSyntax helper, FieldModel field)
    {
        if (helper.Value is not { } amount)
        {
            context.Report(LayoutDiagnostics.MissingKey, helper.Span, $"Helper '{helper.Name!.Value}'", "value");
            return null;
        }

        var value = amount.Value;
        if (!field.Type.Scalar.IsInteger() || IsBoolean(field) || value != decimal.Truncate(value) || !ScalarKind.I64.Fits(value))
        {
            context.Report(LayoutDiagnostics.InvalidValue, amount.Span, "value", $"an offset adds a whole number to an integer field, and '{field.NativeName}' is {field.Type.YamlName}");
            return null;
        }

        return new OffsetHelper { CSharpName = helper.Name!.Value, Doc = helper.Doc, Field = Operand(field), Value = value };
    }

    /// <summary>The element names: <c>names</c> as written, else the fields' C# names.</summary>
    private static List<string> ElementNames(HelperSyntax helper, List<FieldModel> resolved) =>
        helper.Names.Count > 0 ? helper.Names.Select(n => n.Value).ToList() : resolved.Select(f => f.CSharpName).ToList();

    /// <summary><c>names</c> are identifiers, and the element names differ (checked for every kind).</summary>
    private static bool ElementNamesAreValid(ValidationContext context, HelperSyntax helper, List<FieldModel> resolved)
    {
        foreach (var element in helper.Names)
        {
            if (!NameRules.IsValidIdentifier(element.Value))
            {
                context.Report(LayoutDiagnostics.InvalidIdentifier, element.Span, element.Value, element.Value);
                return false;
            }
        }

        var names = ElementNames(helper, resolved);
        if (names.Distinct().Count() != names.Count)
        {
            context.Report(LayoutDiagnostics.InvalidValue, helper.Names.Count > 0 ? helper.Names[0].Span : helper.Span, "names", "tuple element names must differ");
            return false;
        }

        return true;
    }

    /// <summary>How a helper reads <paramref name="field"/>: its property, the property's type and the type of its bytes.</summary>
    private static HelperOperand Operand(FieldModel field) => new(
        field.CSharpName,
        field.Type switch
        {
            ScalarType { IsBoolean: true } => "bool",
            EnumType enumType => enumType.EnumCSharpName,
            _ => field.Type.Scalar.CSharpType(),
        },
        field.Type.Scalar.CSharpType());

    private static bool IsBoolean(FieldModel field) => field.Type is ScalarType { IsBoolean: true };

    private static bool IsNumericOperand(ValidationContext context, FieldModel field, decimal value, SourceSpan span)
    {
        var scalar = field.Type.Scalar;
        var ok = scalar switch
        {
            ScalarKind.Bool or ScalarKind.None => false,
            ScalarKind.F32 or ScalarKind.F64 => true,
            _ => !IsBoolean(field) && value == decimal.Truncate(value) && scalar.Fits(value),
        };
        if (!ok)
        {
            context.Report(LayoutDiagnostics.InvalidValue, span, "value", $"'{field.NativeName}' ({field.Type.YamlName}{(IsBoolean(field) ? ", boolean" : string.Empty)}) cannot be compared with {ValidationContext.Text(value)}");
        }

        return ok;
    }
}
