using System.Collections.Generic;
using System.Linq;
using SimLayouts.Generator.Diagnostics;
using SimLayouts.Generator.Model;
using SimLayouts.Generator.Parsing;

namespace SimLayouts.Generator.Validation;

/// <summary>
/// One item of <c>helpers</c>: a convenience member computed from single scalar fields of the same struct or page
/// (<c>tuple</c>, <c>uint128</c>, <c>test</c>, <c>offset</c>).
/// </summary>
internal static class HelperValidator
{
    private static readonly string[] TestOperators = ["==", "!=", "<", "<=", ">", ">=", "near"];

    /// <summary>Checks a convenience member against the fields it is computed from.</summary>
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

        HelperKind kind;
        switch (kindText.Value)
        {
            case "tuple": kind = HelperKind.Tuple; break;
            case "uint128": kind = HelperKind.UInt128; break;
            case "test": kind = HelperKind.Test; break;
            case "offset": kind = HelperKind.Offset; break;
            default:
                context.Report(LayoutDiagnostics.InvalidValue, kindText.Span, "kind", $"'{kindText.Value}' is not one of: tuple, uint128, test, offset");
                return null;
        }

        var used = kind is HelperKind.Tuple or HelperKind.UInt128 ? helper.Fields : (helper.Field is { } one ? [one] : []);
        if (used.Count == 0)
        {
            context.Report(LayoutDiagnostics.MissingKey, helper.Span, $"Helper '{name.Value}'", kind is HelperKind.Tuple or HelperKind.UInt128 ? "fields" : "field");
            return null;
        }

        var resolved = new List<FieldModel>();
        foreach (var reference in used)
        {
            var field = fields.FirstOrDefault(f => f.NativeName == reference.Value);
            if (field is null || field.Kind != FieldKind.Scalar || field.IsArray)
            {
                context.Report(LayoutDiagnostics.UnknownFieldReference, reference.Span, $"Helper '{name.Value}'", reference.Value, $"a single scalar field of {owner}");
                return null;
            }

            resolved.Add(field);
        }

        var op = string.Empty;
        var value = 0m;
        switch (kind)
        {
            case HelperKind.Tuple when resolved.Count < 2:
                context.Report(LayoutDiagnostics.InvalidValue, helper.Fields[0].Span, "fields", "a tuple combines at least two fields");
                return null;
            case HelperKind.Tuple when helper.Names.Count > 0 && helper.Names.Count != resolved.Count:
                context.Report(LayoutDiagnostics.InvalidValue, helper.Names[0].Span, "names", $"give one name per field ({resolved.Count})");
                return null;
            case HelperKind.UInt128 when resolved.Count != 2 || resolved.Any(f => f.Scalar != ScalarKind.U64):
                context.Report(LayoutDiagnostics.InvalidValue, helper.Fields[0].Span, "fields", "uint128 takes two u64 fields: [low, high]");
                return null;
            case HelperKind.Test:
                op = helper.Op?.Value ?? "!=";
                if (System.Array.IndexOf(TestOperators, op) < 0)
                {
                    context.Report(LayoutDiagnostics.InvalidValue, helper.Op!.Span, "op", $"'{op}' is not one of: {string.Join(", ", TestOperators)}");
                    return null;
                }

                value = helper.Value?.Value ?? 0m;
                if (!IsNumericOperand(context, resolved[0], value, helper.Value?.Span ?? helper.Span))
                {
                    return null;
                }

                break;
            case HelperKind.Offset:
                if (helper.Value is not { } amount)
                {
                    context.Report(LayoutDiagnostics.MissingKey, helper.Span, $"Helper '{name.Value}'", "value");
                    return null;
                }

                value = amount.Value;
                if (!resolved[0].Scalar.IsInteger() || resolved[0].IsBoolean || value != decimal.Truncate(value) || !ScalarKind.I64.Fits(value))
                {
                    context.Report(LayoutDiagnostics.InvalidValue, amount.Span, "value", $"an offset adds a whole number to an integer field, and '{resolved[0].NativeName}' is {resolved[0].TypeName}");
                    return null;
                }

                break;
        }

        var elementNames = helper.Names.Count > 0 ? helper.Names.Select(n => n.Value).ToList() : resolved.Select(f => f.CSharpName).ToList();
        foreach (var element in helper.Names)
        {
            if (!NameRules.IsValidIdentifier(element.Value))
            {
                context.Report(LayoutDiagnostics.InvalidIdentifier, element.Span, element.Value, element.Value);
                return null;
            }
        }

        if (elementNames.Distinct().Count() != elementNames.Count)
        {
            context.Report(LayoutDiagnostics.InvalidValue, (helper.Names.Count > 0 ? helper.Names[0].Span : helper.Span), "names", "tuple element names must differ");
            return null;
        }

        return new HelperModel(
            name.Value,
            kind,
            helper.Doc,
            resolved.Select(f => f.CSharpName).ToEquatableArray(),
            resolved.Select(f => f.IsBoolean ? "bool" : f.EnumCSharpName ?? f.Scalar.CSharpType()).ToEquatableArray(),
            elementNames.ToEquatableArray(),
            resolved.Select(f => f.Scalar.CSharpType()).ToEquatableArray(),
            op,
            value);
    }

    private static bool IsNumericOperand(ValidationContext context, FieldModel field, decimal value, SourceSpan span)
    {
        var ok = field.Scalar switch
        {
            ScalarKind.Bool or ScalarKind.None => false,
            ScalarKind.F32 or ScalarKind.F64 => true,
            _ => !field.IsBoolean && value == decimal.Truncate(value) && field.Scalar.Fits(value),
        };
        if (!ok)
        {
            context.Report(LayoutDiagnostics.InvalidValue, span, "value", $"'{field.NativeName}' ({field.TypeName}{(field.IsBoolean ? ", boolean" : string.Empty)}) cannot be compared with {value.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        }

        return ok;
    }
}
