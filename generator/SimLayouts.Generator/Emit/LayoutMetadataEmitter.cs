using System.Collections.Generic;
using System.Linq;
using SimLayouts.Generator.Model;
using static SimLayouts.Generator.Naming.GeneratedNames;

namespace SimLayouts.Generator.Emit;

/// <summary>
/// Emits <c>{Layout}Layout</c> (the layout's name and its <c>Description</c>: game keys, version, pages, structs,
/// enums and constants, every constructor argument named) and <c>{Layout}Constants</c>.
/// </summary>
internal static class LayoutMetadataEmitter
{
    public static string Emit(LayoutModel layout)
    {
        var code = new CodeWriter().FileHeader(layout.FileName, layout.Namespace);
        code.Doc(Text.Xml(layout.Doc ?? $"The {layout.Name} layout."), $"Generated from {Text.Code(layout.FileName)}.");
        using (code.Block($"public static class {LayoutClass.Of(layout.CSharpName)}"))
        {
            code.Doc("The layout name.");
            code.Line($"public const string {LayoutName} = {Text.Literal(layout.Name)};");
            code.Line();
            code.Doc("Everything the layout declares: version field, pages, structs and enums.");
            code.Call($"public static global::SimLayouts.LayoutDescription {Description} {{ get; }} = new", Arguments(layout), ";");
        }

        if (layout.Constants.Count > 0)
        {
            code.Line();
            EmitConstants(code, layout);
        }

        return code.ToString();
    }

    private static List<string> Arguments(LayoutModel layout)
    {
        var enums = layout.Enums.Select(model =>
            $"new(NativeName: {Text.Literal(model.NativeName)}, CSharpName: {Text.Literal(model.CSharpName)}, UnderlyingType: {Text.Literal(model.Underlying.YamlName())}, IsFlags: {Text.Bool(model.IsFlags)}, Doc: {Text.Literal(model.Doc)},\n" +
            "    Members: " + Text.ArrayLines("global::SimLayouts.EnumMemberDescription", model.Members.Select(m => $"new(NativeName: {Text.Literal(m.NativeName)}, CSharpName: {Text.Literal(m.CSharpName)}, Value: {Text.Long(m.Value)})")).Replace("\n", "\n    ") + ")");
        var constants = layout.Constants.Select(c => $"new(NativeName: {Text.Literal(c.NativeName)}, CSharpName: {Text.Literal(c.CSharpName)}, Value: {Text.Long(c.Value)})");
        return
        [
            $"name: {Text.Literal(layout.Name)}",
            $"doc: {Text.Literal(layout.Doc)}",
            $"version: {Version(layout.Version)}",
            "pages: " + Text.ArrayInline("global::SimLayouts.PageDescription", layout.Pages.Select(p => $"{StructLayout.Of(p.Body.CSharpName)}.{Description}")),
            "structs: " + Text.ArrayInline("global::SimLayouts.StructDescription", layout.Structs.Select(s => $"{StructLayout.Of(s.CSharpName)}.{Description}")),
            "enums: " + Text.ArrayLines("global::SimLayouts.EnumDescription", enums),
            "constants: " + Text.ArrayLines("global::SimLayouts.ConstantDescription", constants),
            $"title: {Text.Literal(layout.Title)}",
            $"bridge: new(IngestPath: {Text.Literal(layout.Bridge.IngestPath)}, Frame: {Text.Literal(layout.Bridge.Frame)})",
        ];
    }

    private static void EmitConstants(CodeWriter code, LayoutModel layout)
    {
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

    private static string Version(VersionModel? version)
    {
        if (version is null)
        {
            return "null";
        }

        var current = version.Current is { } value ? Text.Long(value) : "null";
        var gate = version.Exact ? ", Exact: true" : string.Empty;
        var minor = version.Minor is { } field ? $", MinorField: {Text.Literal(field.NativeName)}, MinorOffset: {field.Offset}" : string.Empty;
        return $"new(Page: {Text.Literal(version.PageNativeName)}, Field: {Text.Literal(version.Field.NativeName)}, Offset: {version.Field.Offset}, Current: {current}, Known: {Text.ArrayInline("long", version.Known.Select(Text.Long))}{gate}{minor})";
    }
}
