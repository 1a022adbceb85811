using System;
using System.Collections.Generic;
using System.Linq;
using SimLayouts.Generator.Model;
using static SimLayouts.Generator.Naming.GeneratedNames;

namespace SimLayouts.Generator.Emit;

/// <summary>
/// Emits <c>SimLayouts.Generated.CompiledLayouts</c>: every valid layout of the compilation, so that code can
/// list the layouts compiled into its assembly without a hand-kept list.
/// </summary>
internal static class RegistryEmitter
{
    public static readonly string HintName = $"{RegistryNamespace}.{Registry.Name}.g.cs";

    /// <summary>The valid layouts (nulls are files with errors) in a stable order: by name, then namespace (ordinal).</summary>
    public static EquatableArray<RegisteredLayout> Order(IEnumerable<RegisteredLayout?> layouts) =>
        layouts
            .Where(layout => layout is not null)
            .Select(layout => layout!)
            .OrderBy(layout => layout.Name, StringComparer.Ordinal)
            .ThenBy(layout => layout.Namespace, StringComparer.Ordinal)
            .ToEquatableArray();

    public static string Emit(EquatableArray<RegisteredLayout> layouts)
    {
        const string DescriptionType = "global::SimLayouts.LayoutDescription";
        var code = new CodeWriter().FileHeader("the project's valid *.layout.yaml files", RegistryNamespace);
        code.Doc("The layouts compiled into this assembly, listed by the generator: a valid layout file added to the project is listed here.");
        using (code.Block($"internal static class {Registry.Name}"))
        {
            var names = string.Join(", ", layouts.Select(layout => Text.Code(layout.Name)));
            code.Doc($"The description of every layout, ordered by layout name (ordinal): {names}.");
            code.Line($"public static global::System.Collections.Generic.IReadOnlyList<{DescriptionType}> {RegistryAll} {{ get; }} = global::System.Array.AsReadOnly(new {DescriptionType}[]");
            code.Line("{");
            foreach (var layout in layouts)
            {
                code.Line($"    global::{layout.Namespace}.{LayoutClass.Of(layout.CSharpName)}.{Description},");
            }

            code.Line("});");
        }

        return code.ToString();
    }
}
