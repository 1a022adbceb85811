using System.Collections.Generic;
using System.Linq;
using SimLayouts.Generator.Model;
using static SimLayouts.Generator.Naming.GeneratedNames;

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
        var view = View.Of(model.CSharpName);
        code.Doc($"Constants and metadata of <see cref=\"{view}\"/> ({Text.Code(model.NativeName)}).");
        using (code.Block($"public static class {StructLayout.Of(model.CSharpName)}"))
        {
            code.Doc($"Size of {Text.Code(model.NativeName)} in bytes.");
            code.Line($"public const int {Size.Name} = {model.Size};");
            if (page is not null)
            {
                code.Line();
                code.Doc("The name of the shared-memory segment that holds the page.");
                code.Line($"public const string {SegmentName} = {Text.Literal(page.Segment)};");
            }

            code.Line();
            code.Doc("The byte offset of each member from the start of the " + (page is null ? "struct." : "page."));
            using (code.Block($"public static class {Offsets.Name}"))
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
            var structs = layout.Structs.ToDictionary(s => s.NativeName);
            var rows = Rows(model, structs, pathPrefix: string.Empty, baseOffset: 0, topEnd: null).ToList();
            code.Line("// Every member with its native name, type, offset, dimensions and size; nested members follow their parent.");
            code.Line($"private static readonly {Field}[] {Fields} =");
            code.Line("{");
            foreach (var row in rows)
            {
                code.Line("    " + row.Code + ",");
            }

            code.Line("};");
            code.Line();
            var type = page is null ? "global::SimLayouts.StructDescription" : "global::SimLayouts.PageDescription";
            code.Doc("The names, size and every member" + (page is null ? "." : ", with the segment, the consistency protocol, the revisions and presence."));
            code.Line($"public static {type} {Description} {{ get; }} = new(");
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
                var counter = (page.Consistency as CounterConsistency)?.Counter;
                args.Add(Text.Literal(counter?.NativeName));
                args.Add(Text.Number(counter?.Offset ?? 0));
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

            code.Line($"    {Fields},");
            var writer = $"    static (bytes, json, options) => new {View.Of(model.CSharpName)}(bytes).{WriteJson.Name}(json, options)";
            if (page?.Presence is not { } presence)
            {
                code.Line(writer + ");");
            }
            else
            {
                code.Line(writer + ",");
                code.Line("    " + Presence(presence, rows) + ");");
            }
        }

        return code.ToString();
    }

    public static string EmitLayout(LayoutModel layout)
    {
        var code = new CodeWriter().FileHeader(layout.FileName, layout.Namespace);
        code.Doc(Text.Xml(layout.Doc ?? $"The {layout.Name} layout."), $"Generated from {Text.Code(layout.FileName)}.");
        using (code.Block($"public static class {LayoutClass.Of(layout.CSharpName)}"))
        {
            code.Doc("The layout name.");
            code.Line($"public const string {LayoutName} = {Text.Literal(layout.Name)};");
            code.Line();
            code.Doc("Everything the layout declares: version field, pages, structs and enums.");
            code.Line($"public static global::SimLayouts.LayoutDescription {Description} {{ get; }} = new(");
            code.Line($"    {Text.Literal(layout.Name)},");
            code.Line($"    {Text.Literal(layout.Doc)},");
            code.Line($"    {Version(layout.Version)},");
            code.Line($"    new global::SimLayouts.PageDescription[] {{ {string.Join(", ", layout.Pages.Select(p => $"{StructLayout.Of(p.Body.CSharpName)}.{Description}"))} }},");
            code.Line($"    new global::SimLayouts.StructDescription[] {{ {string.Join(", ", layout.Structs.Select(s => $"{StructLayout.Of(s.CSharpName)}.{Description}"))} }},");
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
            code.Line($"    new global::SimLayouts.ConstantDescription[] {{ {constants} }},");
            code.Line($"    title: {Text.Literal(layout.Title)},");
            code.Line($"    bridge: new(IngestPath: {Text.Literal(layout.Bridge.IngestPath)}, Frame: {Text.Literal(layout.Bridge.Frame)}));");
        }

        if (layout.Constants.Count > 0)
        {
            code.Line();
            code.Doc($"The named constants of the {layout.Name} layout.");
            using (code.Block($"public static class {ConstantsClass.Of(layout.CSharpName)}"))
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
    private static IEnumerable<(string Path, bool IsTopLevel, string Code)> Rows(StructModel model, Dictionary<string, StructModel> structs, string pathPrefix, int baseOffset, int? topEnd)
    {
        foreach (var field in model.Fields)
        {
            var path = pathPrefix + field.NativeName;
            var offset = baseOffset + field.Offset;
            var requiredLength = topEnd ?? field.End;
            yield return (path, pathPrefix.Length == 0, Row(field, path, offset, requiredLength));
            if (field.Type is StructType element && structs.TryGetValue(element.NativeName, out var inner))
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
        if (field.Type is StringType text)
        {
            dims.Add(Text.Number(text.Length));
        }

        var elementSize = field.Type is StringType ? 1 : field.Type.UnitSize;
        return $"new({Text.Literal(path)}, {Text.Literal(field.NativeName)}, {Text.Literal(field.CSharpName)}, {Text.Literal(field.JsonName)}, " +
               $"{Text.Literal(field.Type.YamlName)}, {offset}, new int[] {{ {string.Join(", ", dims)} }}, {elementSize}, {field.Size}, " +
               $"{Text.Literal((field.Type as EnumType)?.EnumNativeName)}, {Text.Literal(field.Unit)}, {Text.Literal(field.Doc)}, {requiredLength}, {Text.Literal(field.Since)}, {(field.IsReserved ? "true" : "false")}, " +
               $"{(field.InJson ? "true" : "false")}, {Text.Literal(field.Count?.NativeName)})";
    }

    /// <summary>The presence argument: the field's own row of <c>Fields</c> (a top-level field: its path is its name).</summary>
    private static string Presence(PresenceModel presence, List<(string Path, bool IsTopLevel, string Code)> rows)
    {
        var row = rows.FindIndex(r => r.IsTopLevel && r.Path == presence.FieldNativeName);
        var values = string.Join(", ", presence.AbsentValues.Select(LongLiteral));
        var names = string.Join(", ", presence.AbsentNames.Select(n => Text.Literal(n)));
        return $"presence: new({Fields}[{row}], new long[] {{ {values} }}, new string[] {{ {names} }})";
    }

    private static string Version(VersionModel? version)
    {
        if (version is null)
        {
            return "null";
        }

        var current = version.Current is { } value ? LongLiteral(value) : "null";
        var known = string.Join(", ", version.Known.Select(LongLiteral));
        return $"new({Text.Literal(version.PageNativeName)}, {Text.Literal(version.Field.NativeName)}, {version.Field.Offset}, {current}, new long[] {{ {known} }})";
    }

    private static string LongLiteral(decimal value) =>
        value > long.MaxValue ? $"unchecked((long){Text.Number(value)}UL)" : Text.Number(value) + "L";
}
