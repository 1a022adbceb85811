using System.Collections.Generic;
using SimLayouts.Generator.Diagnostics;
using SimLayouts.Generator.Model;
using SimLayouts.Generator.Naming;
using SimLayouts.Generator.Parsing;

namespace SimLayouts.Generator.Validation;

/// <summary>One item of <c>enums</c>: an integer type, and members with unique names and values that fit it.</summary>
internal static class EnumValidator
{
    public static EnumModel? Validate(ValidationContext context, EnumSyntax item)
    {
        if (item.Name is not { } name)
        {
            context.Report(LayoutDiagnostics.MissingKey, item.Span, "An enum", "name");
            return null;
        }

        if (context.Enums.ContainsKey(name.Value))
        {
            context.Report(LayoutDiagnostics.DuplicateNativeName, name.Span, name.Value, "the layout's enums");
            return null;
        }

        if (item.Type is not { } type)
        {
            context.Report(LayoutDiagnostics.MissingKey, item.Span, $"Enum '{name.Value}'", "type");
            return null;
        }

        var underlying = ScalarKinds.Parse(type.Value);
        if (underlying == ScalarKind.None)
        {
            context.Report(LayoutDiagnostics.UnknownType, type.Span, type.Value, "an enum takes an integer type");
            return null;
        }

        if (!underlying.IsInteger())
        {
            context.Report(LayoutDiagnostics.EnumTypeMismatch, type.Span, $"Enum '{name.Value}' has type {type.Value}; an enum's type must be an integer type (u8..i64)");
            return null;
        }

        var csharp = context.CSharpName(name, item.CSharp, prefix: null);

        // The extensions class names the enum's type in its code, so the type cannot be named like one of its members.
        var extensions = new NameSet(context, NameScope.EnumExtensionsMembers, $"the extensions class of enum '{name.Value}'");
        extensions.ClaimGenerated(csharp);
        extensions.Add(name, csharp, item.CSharp?.Span, json: null, jsonSpan: null);

        var members = new List<EnumMemberModel>();
        var names = new NameSet(context, NameScope.EnumMembers, $"enum '{name.Value}'");
        names.ClaimGenerated(csharp);
        var values = new Dictionary<decimal, string>();
        foreach (var member in item.Members)
        {
            if (Member(context, item, member, underlying, csharp, names, values) is { } model)
            {
                members.Add(model);
            }
        }

        return new EnumModel
        {
            NativeName = name.Value,
            CSharpName = csharp,
            Doc = item.Doc,
            Underlying = underlying,
            IsFlags = item.IsFlags,
            Members = members.ToEquatableArray(),
        };
    }

    private static EnumMemberModel? Member(
        ValidationContext context, EnumSyntax item, EnumMemberSyntax member, ScalarKind underlying, string enumCSharp, NameSet names, Dictionary<decimal, string> values)
    {
        var enumName = item.Name!.Value;
        if (member.Name is not { } memberName)
        {
            context.Report(LayoutDiagnostics.MissingKey, member.Span, $"A value of enum '{enumName}'", "name");
            return null;
        }

        if (member.Value is not { } value)
        {
            context.Report(LayoutDiagnostics.MissingKey, member.Span, $"Enum value '{memberName.Value}'", "value");
            return null;
        }

        if (value.Value != decimal.Truncate(value.Value) || !underlying.Fits(value.Value))
        {
            context.Report(LayoutDiagnostics.EnumValueOutOfRange, value.Span, ValidationContext.Text(value.Value), memberName.Value, item.Type!.Value);
            return null;
        }

        if (values.TryGetValue(value.Value, out var existing))
        {
            context.Report(LayoutDiagnostics.DuplicateEnumValue, value.Span, enumName, memberName.Value, ValidationContext.Text(value.Value), existing);
            return null;
        }

        var memberCSharp = context.CSharpName(memberName, member.CSharp, item.Prefix?.Value);
        if (memberCSharp == GeneratedNames.EnumOwnName.Of(enumCSharp))
        {
            context.Report(LayoutDiagnostics.InvalidIdentifier, (member.CSharp ?? memberName).Span, memberName.Value, memberCSharp + " (the name of its enum)");
            return null;
        }

        if (!names.Add(memberName, memberCSharp, member.CSharp?.Span, json: null, jsonSpan: null))
        {
            return null;
        }

        values.Add(value.Value, memberName.Value);
        return new EnumMemberModel(memberName.Value, memberCSharp, value.Value, member.Doc);
    }
}
