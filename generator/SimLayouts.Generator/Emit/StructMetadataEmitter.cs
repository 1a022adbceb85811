using System.Collections.Generic;
using System.Linq;
using SimLayouts.Generator.Model;
using static SimLayouts.Generator.Naming.GeneratedNames;

namespace SimLayouts.Generator.Emit;

/// <summary>
/// Emits <c>{Name}Layout</c> for a struct or page: its size, its segment, one offset constant per field, the field
/// rows (<see cref="FieldRows"/>) and its <c>Description</c>, every constructor argument named.
/// </summary>
internal static class StructMetadataEmitter
{
    private const string Field = "global::SimLayouts.LayoutField";

    public static string Emit(LayoutModel layout, StructModel model, PageModel? page)
    {
        var code = new CodeWriter().FileHeader(layout.FileName, layout.Namespace);
        code.Doc($"Constants and metadata of <see cref=\"{View.Of(model.CSharpName)}\"/> ({Text.Code(model.NativeName)}).");
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
            EmitOffsets(code, model, page);
            code.Line();
            var rows = FieldRows.Of(model, layout.Structs);
            code.Line("// Every member with its native name, type, offset, dimensions and size; nested members follow their parent.");
            code.Line($"private static readonly {Field}[] {Fields} =");
            code.Line("{");
            foreach (var row in rows)
            {
                foreach (var line in (row.Code + ",").Split('\n'))
                {
                    code.Line("    " + line);
                }
            }

            code.Line("};");
            code.Line();
            var type = page is null ? "global::SimLayouts.StructDescription" : "global::SimLayouts.PageDescription";
            code.Doc("The names, size and every member" + (page is null ? "." : ", with the segment, the consistency protocol, the revisions and presence."));
            code.Call($"public static {type} {Description} {{ get; }} = new", Arguments(layout, model, page, rows), ";");
        }

        return code.ToString();
    }

    private static void EmitOffsets(CodeWriter code, StructModel model, PageModel? page)
    {
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
    }

    /// <summary>The named arguments of the <c>StructDescription</c> or <c>PageDescription</c> constructor.</summary>
    private static List<string> Arguments(LayoutModel layout, StructModel model, PageModel? page, List<FieldRows.Row> rows)
    {
        var args = new List<string>();
        if (page is not null)
        {
            args.Add($"layoutName: {Text.Literal(layout.Name)}");
        }

        args.Add($"nativeName: {Text.Literal(model.NativeName)}");
        args.Add($"csharpName: {Text.Literal(model.CSharpName)}");
        if (page is not null)
        {
            args.Add($"segmentName: {Text.Literal(page.Segment)}");
        }

        args.Add($"size: {Text.Number(model.Size)}");
        if (page is not null)
        {
            var counter = page.Consistency switch
            {
                CounterConsistency c => c.Counter,
                VersionBlockConsistency v => v.Begin,
                _ => null,
            };
            args.Add($"consistency: global::SimLayouts.ConsistencyProtocol.{page.Consistency.Protocol}");
            args.Add($"counterField: {Text.Literal(counter?.NativeName)}");
            args.Add($"counterOffset: {Text.Number(counter?.Offset ?? 0)}");
        }

        args.Add($"doc: {Text.Literal(model.Doc)}");
        if (page is not null)
        {
            args.Add("revisions: " + Text.ArrayLines("global::SimLayouts.PageRevision", page.Revisions.Select(r => $"new(Name: {Text.Literal(r.Name)}, Size: {r.Size}, Doc: {Text.Literal(r.Doc)}{(r.Minor is { } minor ? $", Minor: {Text.Number(minor)}" : string.Empty)})")));
        }

        args.Add($"fields: {Fields}");
        args.Add($"jsonWriter: static (bytes, json, options) => new {View.Of(model.CSharpName)}(bytes).{WriteJson.Name}(json, options)");
        if (page?.Presence is { } presence)
        {
            args.Add("presence: " + Presence(presence, rows));
        }

        if (page?.Consistency is VersionBlockConsistency block)
        {
            args.Add($"endCounterField: {Text.Literal(block.End.NativeName)}");
            args.Add($"endCounterOffset: {Text.Number(block.End.Offset)}");
            if (block.Hint is { } hint)
            {
                args.Add($"bytesUpdatedHint: new global::SimLayouts.BytesUpdatedHint(Field: {Text.Literal(hint.NativeName)}, Offset: {Text.Number(hint.Offset)}, From: {Text.Number(block.HintFrom)})");
            }
        }

        return args;
    }

    /// <summary>The presence: the field's own row of <c>Fields</c> (a top-level field: its path is its name).</summary>
    private static string Presence(PresenceModel presence, List<FieldRows.Row> rows)
    {
        var row = rows.FindIndex(r => r.IsTopLevel && r.Path == presence.FieldNativeName);
        var values = Text.ArrayInline("long", presence.AbsentValues.Select(Text.Long));
        var names = Text.ArrayInline("string", presence.AbsentNames.Select(n => Text.Literal(n)));
        return $"new(field: {Fields}[{row}], absentValues: {values}, absentNames: {names})";
    }
}
