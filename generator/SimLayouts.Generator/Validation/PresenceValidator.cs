using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SimLayouts.Generator.Diagnostics;
using SimLayouts.Generator.Model;
using SimLayouts.Generator.Parsing;

namespace SimLayouts.Generator.Validation;

/// <summary>A page's <c>presence:</c>: the values of one of its integer fields that mean the game is not there.</summary>
internal static class PresenceValidator
{
    public static PresenceModel? Validate(ValidationContext context, PresenceSyntax presence, StructModel page)
    {
        if (presence.Field is not { } fieldName)
        {
            context.Report(LayoutDiagnostics.MissingKey, presence.Span, "presence", "field");
            return null;
        }

        if (presence.Absent is not { } absent)
        {
            context.Report(LayoutDiagnostics.MissingKey, presence.Span, "presence", "absent");
            return null;
        }

        var field = page.Fields.FirstOrDefault(f => f.NativeName == fieldName.Value);
        if (field is not { IsSingleScalar: true } || !field.Type.Scalar.IsInteger() || field.Type is ScalarType { IsBoolean: true })
        {
            context.Report(LayoutDiagnostics.UnknownFieldReference, fieldName.Span, "presence.field", fieldName.Value, $"a single integer field of page '{page.NativeName}' (an enum is fine, 'boolean: true' is not)");
            return null;
        }

        if (absent.Value.Count == 0)
        {
            context.Report(LayoutDiagnostics.InvalidValue, absent.Span, "absent", "list at least one value that means the game is not there");
            return null;
        }

        var values = new List<decimal>();
        var names = new List<string>();
        IReadOnlyList<EnumMemberModel>? members = field.Type is EnumType enumType ? context.Enums[enumType.EnumNativeName].Members : null;
        foreach (var item in absent.Value)
        {
            if (AbsentValue(context, item, field, members) is { } value)
            {
                values.Add(value.Value);
                names.Add(value.Name);
            }
        }

        return values.Count == absent.Value.Count
            ? new PresenceModel(field.NativeName, values.ToEquatableArray(), names.ToEquatableArray())
            : null;
    }

    /// <summary>
    /// An item of <c>absent</c>: a whole number that fits the field, or the native name of a member of the field's
    /// enum. Its name for messages is the member's native name, or the number as written when no member has it.
    /// </summary>
    private static (decimal Value, string Name)? AbsentValue(ValidationContext context, Located<string> item, FieldModel field, IReadOnlyList<EnumMemberModel>? members)
    {
        decimal value;
        string? name;
        if (YamlMapping.TryParseNumber(item.Value, out value))
        {
            name = members?.FirstOrDefault(m => m.Value == value)?.NativeName;
        }
        else if (members is not { } named)
        {
            context.Report(LayoutDiagnostics.InvalidValue, item.Span, "absent", $"'{item.Value}' is not a whole number, and '{field.NativeName}' has no enum whose member it could name");
            return null;
        }
        else if (named.FirstOrDefault(m => m.NativeName == item.Value) is { } member)
        {
            value = member.Value;
            name = member.NativeName;
        }
        else
        {
            var known = named.Count == 0 ? "none" : string.Join(", ", named.Select(m => m.NativeName));
            context.Report(LayoutDiagnostics.InvalidValue, item.Span, "absent", $"'{item.Value}' is not a member of enum '{((EnumType)field.Type).EnumNativeName}' (members: {known})");
            return null;
        }

        if (value != decimal.Truncate(value) || !field.Type.Scalar.Fits(value))
        {
            context.Report(LayoutDiagnostics.InvalidValue, item.Span, "absent", $"{item.Value} does not fit '{field.NativeName}' ({field.Type.YamlName})");
            return null;
        }

        return (value, name ?? value.ToString(CultureInfo.InvariantCulture));
    }
}
