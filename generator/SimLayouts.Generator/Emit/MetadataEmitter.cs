using System.Collections.Generic;
using System.Linq;
using SimLayouts.Generator.Model;

namespace SimLayouts.Generator.Emit;

/// <summary>
/// Emits <c>{Name}Layout</c> per struct and page (size, segment, one offset constant per field and the
/// field table) and <c>{Layout}Layout</c> / <c>{Layout}Constants</c> for the whole file.
/// </summary>
internal static class MetadataEmitter
{
    private const string Field = "global::SimLayouts.LayoutField";

    public static string EmitStruct(LayoutModel layout, StructModel model, PageModel? page)
    {
        var code = new CodeWriter().FileHeader(layout.FileName, layout.Namespace);
        var view = ViewEmitter.ViewName(model.CSharpName, writable: false);
        code.Doc($"Constants and metadata of <see cref=\"{view}\"/> ({Text.Code(model.NativeName)}).");
        using (code.Block($"public static class {model.CSharpName}Layout"))
        {
            code.Doc($"Size of {Text.Code(model.NativeName)} in bytes.");
            code.Line($"public const int Size = {model.Size};");
            if (page is not null)
            {
                code.Line();
                code.Doc("The name of the shared-memory segment that holds the page.");
                code.Line($"public const string SegmentName = {Text.Literal(page.Segment)};");
            }

            code.Line();
            code.Doc("The byte offset of each member from the start of the " + (page is null ? "struct." : "page."));
            using (code.Block("public static class Offsets"))
            {
                for (var i = 0; i < model.Fields.Count; i++)
                {
                    var field = model.Fields[i];
                    if (i > 0)
                    {
                        code.Line();
                    }

                    code.Doc($"Offset of {Text.Code(field.NativeName)}.");
                    code.Line($"public const int {field.CSharpName} = {field.Offset};");
                }
            }

            code.Line();
            var type = page is null ? "global::SimLayouts.StructDescription" : "global::SimLayouts.PageDescription";
            code.Doc("Every member with its native name, type, offset, dimensions and size; nested members follow their parent.");
            code.Line($"public static {type} Description {{ get; }} = new(");
            var args = new List<string>();
            if (page is not null)
            {
                args.Add(Text.Literal(layout.Name));
            }

            args.Add(Text.Literal(model.NativeName));
            args.Add(Text.Literal(model.CSharpName));
            if (page is not null)
            {
                args.Add(Text.Literal(page.Segment));
            }

            args.Add(Text.Number(model.Size));
            if (page is not null)
            {
                args.Add("global::SimLayouts.ConsistencyProtocol." + page.Consistency.Protocol);
                args.Add(Text.Literal(page.Consistency.CounterNativeName));
                args.Add(Text.Number(page.Consistency.CounterOffset));
            }

            args.Add(Text.Literal(model.Doc));
            if (page is not null)
            {
                var revisions = string.Join(", ", page.Revisions.Select(r => $"new({Text.Literal(r.Name)}, {r.Size}, {Text.Literal(r.Doc)})"));
                args.Add($"new global::SimLayouts.PageRevision[] {{ {revisions} }}");
            }

            foreach (var arg in args)
            {
                code.Line("    " + arg + ",");
            }

            code.Line("    new " + Field + "[]");
            code.Line("    {");
            var structs = layout.Structs.ToDictionary(s => s.NativeName);
            foreach (var row in Rows(model, structs, pathPrefix: string.Empty, baseOffset: 0, topEnd: null))
            {
                code.Line("        " + row + ",");
            }

            code.Line("    },");
            code.Line($"    static (bytes, json, options) => new {ViewEmitter.ViewName(model.CSharpName, writable: false)}(bytes).WriteJson(json, options));");
        }

        return code.ToString();
    }

    public static string EmitLayout(LayoutModel layout)
    {
        var code = new CodeWriter().FileHeader(layout.FileName, layout.Namespace);
        code.Doc(Text.Xml(layout.Doc ?? $"The {layout.Name} layout."), $"Generated from {Text.Code(layout.FileName)}.");
        using (code.Block($"public static class {layout.CSharpName}Layout"))
        {
            code.Doc("The layout name.");
            code.Line($"public const string Name = {Text.Literal(layout.Name)};");
            code.Line();
            code.Doc("Everything the layout declares: version field, pages, structs and enums.");
            code.Line("public static global::SimLayouts.LayoutDescription Description { get; } = new(");
            code.Line($"    {Text.Literal(layout.Name)},");
            code.Line($"    {Text.Literal(layout.Doc)},");
            code.Line($"    {Version(layout.Version)},");
            code.Line($"    new global::SimLayouts.PageDescription[] {{ {string.Join(", ", layout.Pages.Select(p => p.Body.CSharpName + "Layout.Description"))} }},");
            code.Line($"    new global::SimLayouts.StructDescription[] {{ {string.Join(", ", layout.Structs.Select(s => s.CSharpName + "Layout.Description"))} }},");
            code.Line("    new global::SimLayouts.EnumDescription[]");
            code.Line("    {");
            foreach (var model in layout.Enums)
            {
                var members = string.Join(", ", model.Members.Select(m =>
                    $"new({Text.Literal(m.NativeName)}, {Text.Literal(m.CSharpName)}, {LongLiteral(m.Value)})"));
                code.Line($"        new({Text.Literal(model.NativeName)}, {Text.Literal(model.CSharpName)}, {Text.Literal(model.Underlying.YamlName())}, {(model.IsFlags ? "true" : "false")}, new global::SimLayouts.EnumMemberDescription[] {{ {members} }}, {Text.Literal(model.Doc)}),");
            }

            code.Line("    },");
            var constants = string.Join(", ", layout.Constants.Select(c =>
                $"new({Text.Literal(c.NativeName)}, {Text.Literal(c.CSharpName)}, {LongLiteral(c.Value)})"));
            code.Line($"    new global::SimLayouts.ConstantDescription[] {{ {constants} }});");
        }

        if (layout.Constants.Count > 0)
        {
            code.Line();
            code.Doc($"The named constants of the {layout.Name} layout.");
            using (code.Block($"public static class {layout.CSharpName}Constants"))
            {
                for (var i = 0; i < layout.Constants.Count; i++)
                {
                    var constant = layout.Constants[i];
                    if (i > 0)
                    {
                        code.Line();
                    }

                    code.Doc(constant.Doc is null ? Text.Code(constant.NativeName) : Text.Xml(constant.Doc) + " (" + Text.Code(constant.NativeName) + ")");
                    var type = constant.Value is >= int.MinValue and <= int.MaxValue ? "int" : "long";
                    code.Line($"public const {type} {constant.CSharpName} = {Text.Number(constant.Value)};");
                }
            }
        }

        return code.ToString();
    }

    /// <summary>
    /// Field rows in the reference tables' conventions: an embedded struct's members follow it with
    /// absolute offsets (<c>parent.child</c>); an array of structs' members have element-relative offsets
    /// (<c>parent[].child</c>).
    /// </summary>
    private static IEnumerable<string> Rows(StructModel model, Dictionary<string, StructModel> structs, string pathPrefix, int baseOffset, int? topEnd)
    {
        foreach (var field in model.Fields)
        {
            var path = pathPrefix + field.NativeName;
            var offset = baseOffset + field.Offset;
            var requiredLength = topEnd ?? field.End;
            yield return Row(field, path, offset, requiredLength);
            if (field.Kind == FieldKind.Struct && structs.TryGetValue(field.StructNativeName!, out var inner))
            {
                var nested = field.IsArray
                    ? Rows(inner, structs, path + "[].", 0, requiredLength)
                    : Rows(inner, structs, path + ".", offset, requiredLength);
                foreach (var row in nested)
                {
                    yield return row;
                }
            }
        }
    }

    private static string Row(FieldModel field, string path, int offset, int requiredLength)
    {
        var dims = field.Dims.Select(Text.Number).ToList();
        if (field.Kind == FieldKind.String)
        {
            dims.Add(Text.Number(field.UnitSize));
        }

        var elementSize = field.Kind == FieldKind.String ? 1 : field.UnitSize;
        return $"new({Text.Literal(path)}, {Text.Literal(field.NativeName)}, {Text.Literal(field.CSharpName)}, {Text.Literal(field.JsonName)}, " +
               $"{Text.Literal(field.TypeName)}, {offset}, new int[] {{ {string.Join(", ", dims)} }}, {elementSize}, {field.Size}, " +
               $"{Text.Literal(field.EnumNativeName)}, {Text.Literal(field.Unit)}, {Text.Literal(field.Doc)}, {requiredLength}, {Text.Literal(field.Since)}, {(field.IsReserved ? "true" : "false")}, " +
               $"{(field.InJson ? "true" : "false")}, {Text.Literal(field.Count?.NativeName)})";
    }

    private static string Version(VersionModel? version)
    {
        if (version is null)
        {
            return "null";
        }

        var current = version.Current is { } value ? LongLiteral(value) : "null";
        var known = string.Join(", ", version.Known.Select(LongLiteral));
        return $"new({Text.Literal(version.PageNativeName)}, {Text.Literal(version.FieldNativeName)}, {version.FieldOffset}, {current}, new long[] {{ {known} }})";
    }

    private static string LongLiteral(decimal value) =>
        value > long.MaxValue ? $"unchecked((long){Text.Number(value)}UL)" : Text.Number(value) + "L";
}
