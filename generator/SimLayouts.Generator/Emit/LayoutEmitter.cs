using System.Collections.Generic;
using SimLayouts.Generator.Model;
using static SimLayouts.Generator.Naming.GeneratedNames;

namespace SimLayouts.Generator.Emit;

/// <summary>Runs every emitter over one layout and names the generated files after the types they declare.</summary>
internal static class LayoutEmitter
{
    public static IEnumerable<(string HintName, string Source)> Emit(LayoutModel layout)
    {
        yield return (HintName(layout, LayoutClass.Of(layout.CSharpName)), LayoutMetadataEmitter.Emit(layout));

        foreach (var model in layout.Enums)
        {
            yield return (HintName(layout, EnumTypeName.Of(model.CSharpName)), EnumEmitter.Emit(layout, model));
            yield return (HintName(layout, EnumExtensions.Of(model.CSharpName)), EnumExtensionsEmitter.Emit(layout, model));
        }

        foreach (var model in layout.Structs)
        {
            foreach (var file in EmitBody(layout, model, page: null))
            {
                yield return file;
            }
        }

        foreach (var page in layout.Pages)
        {
            foreach (var file in EmitBody(layout, page.Body, page))
            {
                yield return file;
            }
        }
    }

    private static IEnumerable<(string, string)> EmitBody(LayoutModel layout, StructModel model, PageModel? page)
    {
        yield return (HintName(layout, View.Of(model.CSharpName)), ViewEmitter.Emit(layout, model, page, writable: false));
        yield return (HintName(layout, View.Of(model.CSharpName), part: "Json"), JsonEmitter.Emit(layout, model, page));
        yield return (HintName(layout, WritableView.Of(model.CSharpName)), ViewEmitter.Emit(layout, model, page, writable: true));
        yield return (HintName(layout, StructLayout.Of(model.CSharpName)), StructMetadataEmitter.Emit(layout, model, page));
    }

    /// <summary><c>{Namespace}.{Type}[.{part}].g.cs</c>: unique, since the validators keep type names unique.</summary>
    private static string HintName(LayoutModel layout, string type, string? part = null) =>
        $"{layout.Namespace}.{type}{(part is null ? string.Empty : "." + part)}.g.cs";
}
