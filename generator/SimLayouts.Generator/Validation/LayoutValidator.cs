using System.Collections.Generic;
using System.Linq;
using SimLayouts.Generator.Diagnostics;
using SimLayouts.Generator.Model;
using SimLayouts.Generator.Parsing;

namespace SimLayouts.Generator.Validation;

/// <summary>
/// Checks a parsed layout and resolves it into the location-free <see cref="LayoutModel"/>. Every problem
/// is reported at the YAML node that causes it; a layout with any error yields no model, so no half-built
/// code reaches the compilation.
/// </summary>
internal sealed partial class LayoutValidator
{
    /// <summary>Members every generated view declares besides its fields.</summary>
    private static readonly string[] ReservedMemberNames = ["Bytes", "Create", "Size", "Page", "Offsets", "Has", "Revision", "AsReadOnly", "WriteJson", "WriteJsonProperties", "JsonNames", "ToString", "GetHashCode", "Equals", "GetType"];

    private readonly ParseContext _context;
    private readonly LayoutSyntax _syntax;
    private readonly Dictionary<string, EnumModel> _enums = [];
    private readonly Dictionary<string, StructSyntax> _structSyntax = [];
    private readonly Dictionary<string, StructModel?> _structs = [];
    private readonly HashSet<string> _resolving = [];

    private LayoutValidator(ParseContext context, LayoutSyntax syntax)
    {
        _context = context;
        _syntax = syntax;
    }

    public static LayoutModel? Validate(ParseContext context, LayoutSyntax syntax, string fileName, string filePath)
    {
        var errorsBefore = context.Diagnostics.Count;
        var model = new LayoutValidator(context, syntax).Run(fileName, filePath);
        return context.Diagnostics.Count == errorsBefore ? model : null;
    }

    private LayoutModel? Run(string fileName, string filePath)
    {
        if (_syntax.Name is not { } name)
        {
            Report(LayoutDiagnostics.MissingKey, _syntax.Span, "The layout", "layout");
            return null;
        }

        var csharpName = CSharpName(name, _syntax.CSharp, prefix: null);
        var ns = _syntax.Namespace?.Value ?? "SimLayouts." + csharpName;
        if (!NameRules.IsValidNamespace(ns))
        {
            Report(LayoutDiagnostics.InvalidIdentifier, (_syntax.Namespace ?? name).Span, ns, ns);
        }

        var constants = ValidateConstants();
        foreach (var item in _syntax.Enums)
        {
            if (ValidateEnum(item) is { } model)
            {
                _enums[model.NativeName] = model;
            }
        }

        CheckTypeNames(csharpName);
        foreach (var item in _syntax.Structs)
        {
            if (item.Name is { } structName && !_structSyntax.ContainsKey(structName.Value))
            {
                _structSyntax.Add(structName.Value, item);
            }
        }

        var structs = new List<StructModel>();
        foreach (var item in _syntax.Structs)
        {
            if (item.Name is { } structName && ResolveStruct(structName.Value, item.Name.Span) is { } model && !structs.Contains(model))
            {
                structs.Add(model);
            }
            else if (item.Name is null)
            {
                Report(LayoutDiagnostics.MissingKey, item.Span, "A struct", "name");
            }
        }

        var pages = new List<PageModel>();
        foreach (var item in _syntax.Pages)
        {
            if (ValidatePage(item) is { } page)
            {
                pages.Add(page);
            }
        }

        var version = ValidateVersion(pages);
        var title = ValidateTitle(name);
        var bridge = ValidateBridge(name);
        return new LayoutModel(
            name.Value,
            csharpName,
            ns,
            title,
            _syntax.Doc,
            bridge,
            fileName,
            filePath,
            version,
            constants.ToEquatableArray(),
            _enums.Values.OrderBy(e => IndexOfEnum(e.NativeName)).ToEquatableArray(),
            structs.ToEquatableArray(),
            pages.ToEquatableArray());
    }

    private int IndexOfEnum(string nativeName) => _syntax.Enums.FindIndex(e => e.Name?.Value == nativeName);

    private List<ConstantModel> ValidateConstants()
    {
        var result = new List<ConstantModel>();
        var names = new NameSet(this, "the layout's constants");
        foreach (var item in _syntax.Constants)
        {
            if (item.Name is not { } name)
            {
                Report(LayoutDiagnostics.MissingKey, item.Span, "A constant", "name");
                continue;
            }

            if (item.Value is not { } value)
            {
                Report(LayoutDiagnostics.MissingKey, item.Span, $"Constant '{name.Value}'", "value");
                continue;
            }

            if (!IsWholeLong(value))
            {
                continue;
            }

            var csharp = CSharpName(name, item.CSharp, prefix: null);
            if (names.Add(name, csharp, item.CSharp?.Span, json: null, jsonSpan: null))
            {
                result.Add(new ConstantModel(name.Value, csharp, value.Value, item.Doc));
            }
        }

        return result;
    }

    private EnumModel? ValidateEnum(EnumSyntax item)
    {
        if (item.Name is not { } name)
        {
            Report(LayoutDiagnostics.MissingKey, item.Span, "An enum", "name");
            return null;
        }

        if (_enums.ContainsKey(name.Value))
        {
            Report(LayoutDiagnostics.DuplicateNativeName, name.Span, name.Value, "the layout's enums");
            return null;
        }

        if (item.Type is not { } type)
        {
            Report(LayoutDiagnostics.MissingKey, item.Span, $"Enum '{name.Value}'", "type");
            return null;
        }

        var underlying = ScalarKinds.Parse(type.Value);
        if (underlying == ScalarKind.None)
        {
            Report(LayoutDiagnostics.UnknownType, type.Span, type.Value, "an enum takes an integer type");
            return null;
        }

        if (!underlying.IsInteger())
        {
            Report(LayoutDiagnostics.EnumTypeMismatch, type.Span, $"Enum '{name.Value}' has type {type.Value}; an enum's type must be an integer type (u8..i64)");
            return null;
        }

        var csharp = CSharpName(name, item.CSharp, prefix: null);
        var members = new List<EnumMemberModel>();
        var names = new NameSet(this, $"enum '{name.Value}'");
        var values = new Dictionary<decimal, string>();
        foreach (var member in item.Members)
        {
            if (member.Name is not { } memberName)
            {
                Report(LayoutDiagnostics.MissingKey, member.Span, $"A value of enum '{name.Value}'", "name");
                continue;
            }

            if (member.Value is not { } value)
            {
                Report(LayoutDiagnostics.MissingKey, member.Span, $"Enum value '{memberName.Value}'", "value");
                continue;
            }

            if (value.Value != decimal.Truncate(value.Value) || !underlying.Fits(value.Value))
            {
                Report(LayoutDiagnostics.EnumValueOutOfRange, value.Span, value.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), memberName.Value, type.Value);
                continue;
            }

            if (values.TryGetValue(value.Value, out var existing))
            {
                Report(LayoutDiagnostics.DuplicateEnumValue, value.Span, name.Value, memberName.Value, value.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), existing);
                continue;
            }

            var memberCSharp = CSharpName(memberName, member.CSharp, item.Prefix?.Value);
            if (memberCSharp == csharp)
            {
                Report(LayoutDiagnostics.InvalidIdentifier, (member.CSharp ?? memberName).Span, memberName.Value, memberCSharp + " (the name of its enum)");
                continue;
            }

            if (names.Add(memberName, memberCSharp, member.CSharp?.Span, json: null, jsonSpan: null))
            {
                values.Add(value.Value, memberName.Value);
                members.Add(new EnumMemberModel(memberName.Value, memberCSharp, value.Value, member.Doc));
            }
        }

        return new EnumModel(name.Value, csharp, item.Doc, underlying, item.IsFlags, members.ToEquatableArray());
    }

    /// <summary>
    /// Enums, structs, pages and the layout's own classes share one C# namespace; every generated type
    /// name (<c>{Name}View</c>, <c>{Name}WritableView</c>, <c>{Name}Layout</c>, ...) must be unique.
    /// </summary>
    private void CheckTypeNames(string layoutCSharpName)
    {
        var taken = new Dictionary<string, string>
        {
            [layoutCSharpName + "Layout"] = "the layout",
            [layoutCSharpName + "Constants"] = "the layout's constants",
        };

        void Claim(Located<string> name, Located<string>? overrideName, string generated)
        {
            if (taken.TryGetValue(generated, out var other))
            {
                Report(LayoutDiagnostics.DuplicateDerivedName, (overrideName ?? name).Span, "C# type", generated, name.Value, other, "the layout", "csharp");
                return;
            }

            taken[generated] = name.Value;
        }

        foreach (var item in _syntax.Enums)
        {
            if (item.Name is { } name && _enums.TryGetValue(name.Value, out var model))
            {
                Claim(name, item.CSharp, model.CSharpName);
                Claim(name, item.CSharp, model.CSharpName + "Extensions");
            }
        }

        var natives = new HashSet<string>();
        foreach (var item in _syntax.Structs.Concat(_syntax.Pages))
        {
            if (item.Name is not { } name)
            {
                continue;
            }

            if (!natives.Add(name.Value))
            {
                Report(LayoutDiagnostics.DuplicateNativeName, name.Span, name.Value, "the layout's structs and pages");
                continue;
            }

            var csharp = item.CSharp?.Value ?? NameRules.ToCSharp(name.Value);
            foreach (var suffix in new[] { "View", "WritableView", "Layout" })
            {
                Claim(name, item.CSharp, csharp + suffix);
            }
        }
    }

    private StructModel? ResolveStruct(string nativeName, SourceSpan usedAt)
    {
        if (_structs.TryGetValue(nativeName, out var done))
        {
            return done;
        }

        if (!_structSyntax.TryGetValue(nativeName, out var syntax))
        {
            return null;
        }

        if (!_resolving.Add(nativeName))
        {
            Report(LayoutDiagnostics.RecursiveStruct, usedAt, nativeName, nativeName);
            return null;
        }

        var model = ValidateBody(syntax, "struct", out _);
        _resolving.Remove(nativeName);
        _structs[nativeName] = model;
        return model;
    }

    private PageModel? ValidatePage(StructSyntax item)
    {
        if (item.Name is not { } name)
        {
            Report(LayoutDiagnostics.MissingKey, item.Span, "A page", "name");
            return null;
        }

        if (item.Segment is null)
        {
            Report(LayoutDiagnostics.MissingKey, item.Span, $"Page '{name.Value}'", "segment");
        }

        var body = ValidateBody(item, "page", out var revisions);
        if (body is null || item.Segment is not { } segment)
        {
            return null;
        }

        var consistency = new ConsistencyModel(ConsistencyProtocol.None, null, 0, ScalarKind.None);
        if (item.Consistency is { } declared)
        {
            consistency = ValidateConsistency(declared, body) ?? consistency;
        }

        var presence = item.Presence is { } declaredPresence ? ValidatePresence(declaredPresence, body) : null;
        return new PageModel(body, segment.Value, consistency, presence, revisions.ToEquatableArray());
    }

    private ConsistencyModel? ValidateConsistency(ConsistencySyntax declared, StructModel body)
    {
        if (declared.Protocol is not { } protocolText)
        {
            Report(LayoutDiagnostics.MissingKey, declared.Span, "consistency", "protocol");
            return null;
        }

        ConsistencyProtocol protocol;
        switch (protocolText.Value)
        {
            case "none":
                return new ConsistencyModel(ConsistencyProtocol.None, null, 0, ScalarKind.None);
            case "seqlock":
                protocol = ConsistencyProtocol.Seqlock;
                break;
            case "counter":
                protocol = ConsistencyProtocol.Counter;
                break;
            default:
                Report(LayoutDiagnostics.InvalidValue, protocolText.Span, "protocol", $"'{protocolText.Value}' is not one of: none, seqlock, counter");
                return null;
        }

        if (declared.Counter is not { } counter)
        {
            Report(LayoutDiagnostics.MissingKey, declared.Span, $"The {protocolText.Value} protocol", "counter");
            return null;
        }

        var field = body.Fields.FirstOrDefault(f => f.NativeName == counter.Value);
        if (field is null || field.Kind != FieldKind.Scalar || field.IsArray || field.Scalar is not (ScalarKind.U32 or ScalarKind.I32))
        {
            Report(LayoutDiagnostics.UnknownFieldReference, counter.Span, "The consistency counter", counter.Value, $"a 32-bit integer field of page '{body.NativeName}'");
            return null;
        }

        return new ConsistencyModel(protocol, field.NativeName, field.Offset, field.Scalar);
    }

    private VersionModel? ValidateVersion(List<PageModel> pages)
    {
        if (_syntax.Version is not { } version)
        {
            return null;
        }

        if (version.Field is not { } fieldName)
        {
            Report(LayoutDiagnostics.MissingKey, version.Span, "version", "field");
            return null;
        }

        PageModel? page;
        if (version.Page is { } pageName)
        {
            page = pages.FirstOrDefault(p => p.Body.NativeName == pageName.Value);
            if (page is null)
            {
                Report(LayoutDiagnostics.UnknownFieldReference, pageName.Span, "version.page", pageName.Value, "a page of this layout");
                return null;
            }
        }
        else if (pages.Count == 1)
        {
            page = pages[0];
        }
        else
        {
            Report(LayoutDiagnostics.MissingKey, version.Span, "version (the layout has several pages)", "page");
            return null;
        }

        if ((version.Current is { } current && !IsWholeLong(current)) || !version.Known.All(IsWholeLong))
        {
            return null;
        }

        var field = page.Body.Fields.FirstOrDefault(f => f.NativeName == fieldName.Value);
        if (field is null || field.Kind != FieldKind.Scalar || field.IsArray || !field.Scalar.IsInteger())
        {
            Report(LayoutDiagnostics.UnknownFieldReference, fieldName.Span, "version.field", fieldName.Value, $"an integer field of page '{page.Body.NativeName}'");
            return null;
        }

        return new VersionModel(
            page.Body.NativeName,
            field.NativeName,
            field.Offset,
            field.Scalar,
            version.Current?.Value,
            version.Known.Select(k => k.Value).ToEquatableArray());
    }

    private StructModel? ValidateBody(StructSyntax item, string what, out List<RevisionModel> revisions)
    {
        revisions = [];
        var name = item.Name!;
        if (item.Size is not { } size)
        {
            Report(LayoutDiagnostics.MissingKey, item.Span, $"The {what} '{name.Value}'", "size");
            return null;
        }

        revisions = ValidateRevisions(item, size.Value);

        var csharp = CSharpName(name, item.CSharp, prefix: null);
        var owner = $"{what} '{name.Value}'";
        var names = new NameSet(this, owner);
        foreach (var reserved in ReservedMemberNames)
        {
            names.Reserve(reserved);
        }

        names.Reserve(csharp + "View");
        var fields = new List<(FieldModel Model, FieldSyntax Syntax)>();
        foreach (var field in item.Fields)
        {
            if (ValidateField(field, owner) is not { } model)
            {
                continue;
            }

            var jsonSpan = field.Json?.Span;
            if (!names.Add(field.Name!, model.CSharpName, field.CSharp?.Span, model.JsonName, jsonSpan))
            {
                continue;
            }

            if (model.Kind == FieldKind.String && !model.IsArray && !names.AddGenerated(model.CSharpName + "Bytes", field.Name!))
            {
                continue;
            }

            if (model.Since is not null && !names.AddGenerated("Has" + model.CSharpName, field.Name!))
            {
                continue;
            }

            if (model.End > size.Value)
            {
                Report(LayoutDiagnostics.FieldOutOfBounds, field.Offset!.Span, model.NativeName, model.End.ToString(System.Globalization.CultureInfo.InvariantCulture), size.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), name.Value);
                continue;
            }

            if (!FitsItsRevision(field, model, revisions, owner))
            {
                continue;
            }

            fields.Add((model, field));
        }

        CheckOverlaps(fields);
        var models = fields.Select(f => f.Model).ToList();
        ResolveCounts(fields, models, owner);
        var helpers = new List<HelperModel>();
        foreach (var helper in item.Helpers)
        {
            if (ValidateHelper(helper, models, owner) is { } model && names.AddMember(helper.Name!))
            {
                helpers.Add(model);
            }
        }

        return new StructModel(name.Value, csharp, item.Doc, size.Value, models.ToEquatableArray(), helpers.ToEquatableArray());
    }

    /// <summary>
    /// An array's <c>count:</c> names a single integer field of the same struct or page, read when JSON is
    /// trimmed to the active entries.
    /// </summary>
    private void ResolveCounts(List<(FieldModel Model, FieldSyntax Syntax)> fields, List<FieldModel> models, string owner)
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
                Report(LayoutDiagnostics.UnsupportedShape, count.Span, model.NativeName, "'count' applies only to arrays");
                continue;
            }

            var target = models.Find(f => f.NativeName == count.Value);
            if (target is null || target.Kind != FieldKind.Scalar || target.IsArray || !target.Scalar.IsInteger() || target.EnumNativeName is not null || target.IsBoolean)
            {
                Report(LayoutDiagnostics.UnknownFieldReference, count.Span, $"Field '{model.NativeName}' count", count.Value, $"a single integer field of {owner} without an enum");
                continue;
            }

            models[i] = model with { Count = new ActiveCountModel(target.NativeName, target.CSharpName, target.Scalar) };
        }
    }

    /// <summary>Revisions are listed oldest first, with growing sizes up to the page's own.</summary>
    private List<RevisionModel> ValidateRevisions(StructSyntax item, int pageSize)
    {
        var revisions = new List<RevisionModel>();
        foreach (var revision in item.Revisions)
        {
            if (revision.Name is not { } name || revision.Size is not { } size)
            {
                Report(LayoutDiagnostics.MissingKey, revision.Span, "A revision", revision.Name is null ? "name" : "size");
                continue;
            }

            if (revisions.Any(r => r.Name == name.Value))
            {
                Report(LayoutDiagnostics.DuplicateNativeName, name.Span, name.Value, $"the revisions of page '{item.Name!.Value}'");
                continue;
            }

            if (size.Value > pageSize || (revisions.Count > 0 && size.Value <= revisions[revisions.Count - 1].Size))
            {
                Report(LayoutDiagnostics.InvalidValue, size.Span, "size", $"revision sizes grow from oldest to newest and do not exceed the page's {pageSize} bytes");
                continue;
            }

            revisions.Add(new RevisionModel(name.Value, size.Value, revision.Doc));
        }

        return revisions;
    }

    /// <summary>A field lies within the revision that added it (<c>since</c>), or within the oldest one.</summary>
    private bool FitsItsRevision(FieldSyntax field, FieldModel model, List<RevisionModel> revisions, string owner)
    {
        if (field.Since is not { } since)
        {
            if (revisions.Count > 0 && model.End > revisions[0].Size)
            {
                Report(LayoutDiagnostics.FieldOutOfBounds, field.Offset!.Span, model.NativeName, Text(model.End), Text(revisions[0].Size), $"{owner} in revision {revisions[0].Name} (set 'since')");
                return false;
            }

            return true;
        }

        var revision = revisions.FirstOrDefault(r => r.Name == since.Value);
        if (revision is null)
        {
            Report(LayoutDiagnostics.UnknownFieldReference, since.Span, $"Field '{model.NativeName}' since", since.Value, $"a revision of {owner}");
            return false;
        }

        if (model.End > revision.Size)
        {
            Report(LayoutDiagnostics.FieldOutOfBounds, field.Offset!.Span, model.NativeName, Text(model.End), Text(revision.Size), $"{owner} in revision {revision.Name}");
            return false;
        }

        return true;
    }

    private static readonly string[] TestOperators = ["==", "!=", "<", "<=", ">", ">=", "near"];

    /// <summary>Checks a convenience member against the fields it is computed from.</summary>
    private HelperModel? ValidateHelper(HelperSyntax helper, List<FieldModel> fields, string owner)
    {
        if (helper.Name is not { } name)
        {
            Report(LayoutDiagnostics.MissingKey, helper.Span, $"A helper of {owner}", "name");
            return null;
        }

        if (!NameRules.IsValidIdentifier(name.Value))
        {
            Report(LayoutDiagnostics.InvalidIdentifier, name.Span, name.Value, name.Value);
            return null;
        }

        if (helper.Kind is not { } kindText)
        {
            Report(LayoutDiagnostics.MissingKey, helper.Span, $"Helper '{name.Value}'", "kind");
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
                Report(LayoutDiagnostics.InvalidValue, kindText.Span, "kind", $"'{kindText.Value}' is not one of: tuple, uint128, test, offset");
                return null;
        }

        var used = kind is HelperKind.Tuple or HelperKind.UInt128 ? helper.Fields : (helper.Field is { } one ? [one] : []);
        if (used.Count == 0)
        {
            Report(LayoutDiagnostics.MissingKey, helper.Span, $"Helper '{name.Value}'", kind is HelperKind.Tuple or HelperKind.UInt128 ? "fields" : "field");
            return null;
        }

        var resolved = new List<FieldModel>();
        foreach (var reference in used)
        {
            var field = fields.FirstOrDefault(f => f.NativeName == reference.Value);
            if (field is null || field.Kind != FieldKind.Scalar || field.IsArray)
            {
                Report(LayoutDiagnostics.UnknownFieldReference, reference.Span, $"Helper '{name.Value}'", reference.Value, $"a single scalar field of {owner}");
                return null;
            }

            resolved.Add(field);
        }

        var op = string.Empty;
        var value = 0m;
        switch (kind)
        {
            case HelperKind.Tuple when resolved.Count < 2:
                Report(LayoutDiagnostics.InvalidValue, helper.Fields[0].Span, "fields", "a tuple combines at least two fields");
                return null;
            case HelperKind.Tuple when helper.Names.Count > 0 && helper.Names.Count != resolved.Count:
                Report(LayoutDiagnostics.InvalidValue, helper.Names[0].Span, "names", $"give one name per field ({resolved.Count})");
                return null;
            case HelperKind.UInt128 when resolved.Count != 2 || resolved.Any(f => f.Scalar != ScalarKind.U64):
                Report(LayoutDiagnostics.InvalidValue, helper.Fields[0].Span, "fields", "uint128 takes two u64 fields: [low, high]");
                return null;
            case HelperKind.Test:
                op = helper.Op?.Value ?? "!=";
                if (System.Array.IndexOf(TestOperators, op) < 0)
                {
                    Report(LayoutDiagnostics.InvalidValue, helper.Op!.Span, "op", $"'{op}' is not one of: {string.Join(", ", TestOperators)}");
                    return null;
                }

                value = helper.Value?.Value ?? 0m;
                if (!IsNumericOperand(resolved[0], value, helper.Value?.Span ?? helper.Span))
                {
                    return null;
                }

                break;
            case HelperKind.Offset:
                if (helper.Value is not { } amount)
                {
                    Report(LayoutDiagnostics.MissingKey, helper.Span, $"Helper '{name.Value}'", "value");
                    return null;
                }

                value = amount.Value;
                if (!resolved[0].Scalar.IsInteger() || resolved[0].IsBoolean || value != decimal.Truncate(value) || !ScalarKind.I64.Fits(value))
                {
                    Report(LayoutDiagnostics.InvalidValue, amount.Span, "value", $"an offset adds a whole number to an integer field, and '{resolved[0].NativeName}' is {resolved[0].TypeName}");
                    return null;
                }

                break;
        }

        var elementNames = helper.Names.Count > 0 ? helper.Names.Select(n => n.Value).ToList() : resolved.Select(f => f.CSharpName).ToList();
        foreach (var element in helper.Names)
        {
            if (!NameRules.IsValidIdentifier(element.Value))
            {
                Report(LayoutDiagnostics.InvalidIdentifier, element.Span, element.Value, element.Value);
                return null;
            }
        }

        if (elementNames.Distinct().Count() != elementNames.Count)
        {
            Report(LayoutDiagnostics.InvalidValue, (helper.Names.Count > 0 ? helper.Names[0].Span : helper.Span), "names", "tuple element names must differ");
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

    private bool IsNumericOperand(FieldModel field, decimal value, SourceSpan span)
    {
        var ok = field.Scalar switch
        {
            ScalarKind.Bool or ScalarKind.None => false,
            ScalarKind.F32 or ScalarKind.F64 => true,
            _ => !field.IsBoolean && value == decimal.Truncate(value) && field.Scalar.Fits(value),
        };
        if (!ok)
        {
            Report(LayoutDiagnostics.InvalidValue, span, "value", $"'{field.NativeName}' ({field.TypeName}{(field.IsBoolean ? ", boolean" : string.Empty)}) cannot be compared with {value.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        }

        return ok;
    }

    private void CheckOverlaps(List<(FieldModel Model, FieldSyntax Syntax)> fields)
    {
        FieldModel? reach = null;
        // OrderBy is stable: fields at the same offset keep their declaration order.
        foreach (var (model, syntax) in fields.OrderBy(f => f.Model.Offset))
        {
            if (reach is not null && model.Offset < reach.End)
            {
                Report(
                    LayoutDiagnostics.OverlappingFields,
                    syntax.Offset!.Span,
                    model.NativeName,
                    Text(model.Offset),
                    Text(model.End - 1),
                    reach.NativeName,
                    Text(reach.Offset),
                    Text(reach.End - 1));
            }

            if (reach is null || model.End > reach.End)
            {
                reach = model;
            }
        }
    }

    private FieldModel? ValidateField(FieldSyntax field, string owner)
    {
        if (field.Name is not { } name)
        {
            Report(LayoutDiagnostics.MissingKey, field.Span, $"A field of {owner}", "name");
            return null;
        }

        if (field.Offset is not { } offset)
        {
            Report(LayoutDiagnostics.MissingKey, field.Span, $"Field '{name.Value}'", "offset");
            return null;
        }

        if (field.Type is not { } type)
        {
            Report(LayoutDiagnostics.MissingKey, field.Span, $"Field '{name.Value}'", "type");
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
                Report(LayoutDiagnostics.MissingKey, type.Span, $"String field '{name.Value}'", "length");
                return null;
            }

            unitSize = length.Value;
        }
        else if (_structSyntax.ContainsKey(type.Value))
        {
            kind = FieldKind.Struct;
            structModel = ResolveStruct(type.Value, type.Span);
            if (structModel is null)
            {
                return null;
            }

            unitSize = structModel.Size;
        }
        else
        {
            var structs = _structSyntax.Count == 0 ? "none declared" : "structs: " + string.Join(", ", _structSyntax.Keys);
            Report(LayoutDiagnostics.UnknownType, type.Span, type.Value, structs);
            return null;
        }

        if (kind != FieldKind.String && field.Length is { } stray)
        {
            Report(LayoutDiagnostics.UnsupportedShape, stray.Span, name.Value, "'length' applies only to strings");
            return null;
        }

        EnumModel? enumModel = null;
        if (field.Enum is { } enumName)
        {
            if (!_enums.TryGetValue(enumName.Value, out enumModel))
            {
                var known = _enums.Count == 0 ? "none" : string.Join(", ", _enums.Keys);
                Report(LayoutDiagnostics.UnknownEnum, enumName.Span, enumName.Value, known);
                return null;
            }

            // A single value may be narrower than its enum (an i16 gear with an i32 gear-index enum): every value
            // it can hold is a value of the enum type. Array elements are read at the enum's own size, so they match exactly.
            var compatible = kind == FieldKind.Scalar
                && (scalar == enumModel.Underlying || (field.Dims is null && scalar.IsInteger() && scalar.FitsWithin(enumModel.Underlying)));
            if (!compatible)
            {
                Report(LayoutDiagnostics.EnumTypeMismatch, enumName.Span, $"Field '{name.Value}' has type {type.Value} but enum '{enumModel.NativeName}' has type {enumModel.Underlying.YamlName()}; give the field the enum's type (a single value may also be a narrower integer type)");
                return null;
            }
        }

        var dims = field.Dims?.Value ?? [];
        var isBoolean = field.Boolean is { Value: true };
        if (isBoolean && (kind != FieldKind.Scalar || !scalar.IsInteger() || dims.Count > 0 || enumModel is not null))
        {
            Report(LayoutDiagnostics.UnsupportedShape, field.Boolean!.Span, name.Value, "'boolean' applies to a single integer value without an enum");
            return null;
        }

        if (dims.Count > 2)
        {
            Report(LayoutDiagnostics.UnsupportedShape, field.Dims!.Span, name.Value, "arrays have one or two dimensions");
            return null;
        }

        if (dims.Count == 2 && kind != FieldKind.Scalar)
        {
            Report(LayoutDiagnostics.UnsupportedShape, field.Dims!.Span, name.Value, $"two-dimensional arrays hold scalars; an array of {(kind == FieldKind.String ? "strings" : "structs")} has one dimension");
            return null;
        }

        var innerLong = dims.Count == 2 ? (long)unitSize * dims[1] : unitSize;
        if (innerLong > int.MaxValue)
        {
            Report(LayoutDiagnostics.UnsupportedShape, field.Dims!.Span, name.Value, "the member is larger than 2 GiB");
            return null;
        }

        var innerSize = (int)innerLong;
        var stride = innerSize;
        if (field.Stride is { } declaredStride)
        {
            if (dims.Count == 0)
            {
                Report(LayoutDiagnostics.UnsupportedShape, declaredStride.Span, name.Value, "'stride' applies only to arrays");
                return null;
            }

            if (declaredStride.Value < innerSize)
            {
                Report(LayoutDiagnostics.StrideTooSmall, declaredStride.Span, Text(declaredStride.Value), name.Value, Text(innerSize));
                return null;
            }

            stride = declaredStride.Value;
        }

        long total = dims.Count == 0 ? unitSize : ((long)stride * (dims[0] - 1)) + innerSize;
        if (total > int.MaxValue || offset.Value + total > int.MaxValue)
        {
            Report(LayoutDiagnostics.UnsupportedShape, (field.Dims?.Span ?? offset.Span), name.Value, "the member is larger than 2 GiB");
            return null;
        }

        var csharp = CSharpName(name, field.CSharp, prefix: null);
        var json = field.Json?.Value ?? NameRules.ToJson(csharp);
        if (json.Length == 0)
        {
            Report(LayoutDiagnostics.InvalidValue, (field.Json ?? name).Span, "json", "a JSON name cannot be empty");
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

    /// <summary>The C# name of an item: the override if given, else derived; reported when it is not an identifier.</summary>
    private string CSharpName(Located<string> name, Located<string>? overrideName, string? prefix)
    {
        var csharp = overrideName?.Value ?? NameRules.ToCSharp(name.Value, prefix);
        if (!NameRules.IsValidIdentifier(csharp))
        {
            Report(LayoutDiagnostics.InvalidIdentifier, (overrideName ?? name).Span, name.Value, csharp);
        }

        return csharp;
    }

    private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, SourceSpan span, params string[] arguments)
    {
        // A key whose value was already reported as invalid is not "missing" as well: one mistake, one diagnostic.
        if (descriptor == LayoutDiagnostics.MissingKey && _context.Diagnostics.Any(d => d.Span.StartIndex >= span.StartIndex && d.Span.StartIndex < span.EndIndex))
        {
            return;
        }

        _context.Report(descriptor, span, arguments);
    }

    /// <summary>Constants and versions are whole numbers that fit a C# <c>long</c>.</summary>
    private bool IsWholeLong(Located<decimal> value)
    {
        if (value.Value == decimal.Truncate(value.Value) && value.Value >= long.MinValue && value.Value <= long.MaxValue)
        {
            return true;
        }

        Report(LayoutDiagnostics.InvalidValue, value.Span, "value", $"expected a whole number that fits 64 bits, found {value.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        return false;
    }

    private static string Text(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Tracks native, C# and JSON names within one scope and reports the second use of any of them.</summary>
    private sealed class NameSet(LayoutValidator validator, string scope)
    {
        private readonly HashSet<string> _native = [];
        private readonly Dictionary<string, string> _csharp = [];
        private readonly Dictionary<string, string> _json = [];

        public void Reserve(string csharpName) => _csharp[csharpName] = "(generated member)";

        public bool AddMember(Located<string> name)
        {
            if (_csharp.TryGetValue(name.Value, out var other))
            {
                validator.Report(LayoutDiagnostics.DuplicateDerivedName, name.Span, "C#", name.Value, name.Value, other, scope, "name");
                return false;
            }

            _csharp[name.Value] = name.Value + " (a helper)";
            return true;
        }

        public bool AddGenerated(string csharpName, Located<string> owner)
        {
            if (_csharp.TryGetValue(csharpName, out var other))
            {
                validator.Report(LayoutDiagnostics.DuplicateDerivedName, owner.Span, "C#", csharpName, owner.Value, other, scope, "csharp");
                return false;
            }

            _csharp[csharpName] = owner.Value + " (its raw bytes)";
            return true;
        }

        public bool Add(Located<string> native, string csharp, SourceSpan? csharpSpan, string? json, SourceSpan? jsonSpan)
        {
            if (!_native.Add(native.Value))
            {
                validator.Report(LayoutDiagnostics.DuplicateNativeName, native.Span, native.Value, scope);
                return false;
            }

            if (_csharp.TryGetValue(csharp, out var other))
            {
                validator.Report(LayoutDiagnostics.DuplicateDerivedName, csharpSpan ?? native.Span, "C#", csharp, native.Value, other, scope, "csharp");
                return false;
            }

            if (json is not null && _json.TryGetValue(json, out var otherJson))
            {
                validator.Report(LayoutDiagnostics.DuplicateDerivedName, jsonSpan ?? native.Span, "JSON", json, native.Value, otherJson, scope, "json");
                return false;
            }

            _csharp[csharp] = native.Value;
            if (json is not null)
            {
                _json[json] = native.Value;
            }

            return true;
        }
    }
}
