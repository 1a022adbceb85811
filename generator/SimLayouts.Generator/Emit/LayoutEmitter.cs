using System.Collections.Generic;
using SimLayouts.Generator.Model;

namespace SimLayouts.Generator.Emit;

/// <summary>Runs every emitter over one layout and names the generated files.</summary>
internal static class LayoutEmitter
{
    public static IEnumerable<(string HintName, string Source)> Emit(LayoutModel layout)
    {
        var prefix = layout.Namespace + ".";
        yield return (prefix + layout.CSharpName + "Layout.g.cs", MetadataEmitter.EmitLayout(layout));

        foreach (var model in layout.Enums)
        {
            yield return (prefix + model.CSharpName + ".g.cs", EnumEmitter.Emit(layout, model));
            yield return (prefix + model.CSharpName + "Extensions.g.cs", EnumExtensionsEmitter.Emit(layout, model));
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
        var prefix = layout.Namespace + "." + model.CSharpName;
        yield return (prefix + "View.g.cs", ViewEmitter.Emit(layout, model, page, writable: false));
        yield return (prefix + "View.Json.g.cs", JsonEmitter.Emit(layout, model, page));
        yield return (prefix + "WritableView.g.cs", ViewEmitter.Emit(layout, model, page, writable: true));
        yield return (prefix + "Layout.g.cs", MetadataEmitter.EmitStruct(layout, model, page));
    }
}
