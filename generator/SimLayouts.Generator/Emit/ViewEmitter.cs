using System.Linq;
using SimLayouts.Generator.Model;
using static SimLayouts.Generator.Naming.GeneratedNames;

namespace SimLayouts.Generator.Emit;

/// <summary>
/// Emits the read-only view (<c>{Name}View</c>, over <c>ReadOnlySpan&lt;byte&gt;</c>) or the writable view
/// (<c>{Name}WritableView</c>, over <c>Span&lt;byte&gt;</c>) of a struct or page: the members every view has, then
/// one property per field (<see cref="FieldAccessorEmitter"/>) and per helper (<see cref="HelperEmitter"/>).
/// </summary>
internal static class ViewEmitter
{
    public static string ViewName(string csharpName, bool writable) => (writable ? WritableView : View).Of(csharpName);

    public static string Emit(LayoutModel layout, StructModel model, PageModel? page, bool writable)
    {
        var view = new ViewTarget(model, writable);
        var code = new CodeWriter().FileHeader(layout.FileName, layout.Namespace);
        var name = ViewName(model.CSharpName, writable);
        var layoutClass = StructLayout.Of(model.CSharpName);
        var what = page is null ? $"struct {Text.Code(model.NativeName)}" : $"page {Text.Code(model.NativeName)} (segment {Text.Code(page.Segment)})";
        var summary = Text.Xml(model.Doc ?? $"The {model.NativeName} {(page is null ? "struct" : "page")} of the {layout.Name} layout.");
        var remarks = writable
            ? $"A writable view of the {what}, {model.Size} bytes, for simulators and tests. Writes are little-endian at constant offsets."
            : $"A zero-copy view of the {what}, {model.Size} bytes. Reads are little-endian at constant offsets; nothing is copied or allocated.";
        code.Doc(summary, remarks);

        var interfaces = writable
            ? $"global::SimLayouts.IWritableStructView<{name}>"
            : (page is null ? $"global::SimLayouts.IStructView<{name}>" : $"global::SimLayouts.IPageView<{name}>");
        using (code.Block($"public readonly ref partial struct {name} : {interfaces}"))
        {
            code.Line($"private readonly {view.Span} {view.Data};");
            code.Line();
            code.Doc($"Creates a view over <paramref name=\"data\"/>, which should hold at least {model.Size} bytes; a member beyond its end throws instead of reading past it.");
            code.Line($"public {name}({view.Span} data) => {view.Data} = data;");
            code.Line();
            code.Doc("The size in bytes the layout declares.");
            code.Line($"public static int {Size.Name} => {layoutClass}.{Size.Name};");
            code.Line();
            code.Doc("Creates a view over <paramref name=\"data\"/>.");
            code.Line($"public static {name} {Create.Name}({view.Span} data) => new(data);");
            code.Line();
            if (page is not null && !writable)
            {
                code.Doc("The page's metadata: segment, size, consistency protocol and every field.");
                code.Line($"public static global::SimLayouts.PageDescription {Page.Name} => {layoutClass}.{Description};");
                code.Line();
            }

            code.Doc("The bytes this view reads.");
            code.Line($"public {view.Span} {Bytes.Name} => {view.Data};");
            if (writable)
            {
                code.Line();
                code.Doc("A read-only view of the same bytes.");
                code.Line($"public {ViewName(model.CSharpName, false)} {AsReadOnly.Name}() => new({view.Data});");
            }

            EmitAvailability(code, view, page);
            foreach (var field in model.Fields)
            {
                code.Line();
                FieldAccessorEmitter.Emit(code, view, field);
            }

            foreach (var helper in model.Helpers)
            {
                code.Line();
                HelperEmitter.Emit(code, view, helper);
            }
        }

        return code.ToString();
    }

    /// <summary>
    /// What the bytes given hold: a page from an older revision is shorter, and its newer members are
    /// unavailable (reading one throws rather than reading past the bytes).
    /// </summary>
    private static void EmitAvailability(CodeWriter code, ViewTarget view, PageModel? page)
    {
        code.Line();
        code.Doc("Whether the bytes given hold <paramref name=\"field\"/> (a member from this layout's metadata).");
        var byMinor = page?.Revisions.Where(r => MinorAtLeast(view, page, r) is not null).ToList() ?? [];
        var since = byMinor.Count == 0
            ? string.Empty
            : " && field.Since switch { " + string.Concat(byMinor.Select(r => $"{Text.Literal(r.Name)} => {MinorAtLeast(view, page, r)}, ")) + "_ => true }";
        code.Line($"public bool {Has.Name}(global::SimLayouts.LayoutField field) => field is not null && {view.Data}.Length >= field.RequiredLength{since};");
        foreach (var field in view.Model.Fields.Where(f => f.Since is not null))
        {
            code.Line();
            var revision = page?.Revisions.FirstOrDefault(r => r.Name == field.Since);
            var minor = MinorAtLeast(view, page, revision);
            var minorText = minor is null ? string.Empty : $" and its minor version at least {revision!.Minor}";
            code.Doc($"Whether the bytes given hold {Text.Code(field.NativeName)}, added in revision {Text.Xml(field.Since)} (the page must be at least {field.End} bytes{minorText}).");
            code.Line($"public bool {HasField.Of(field.CSharpName)} => {view.Data}.Length >= {field.End}{(minor is null ? string.Empty : " && " + minor)};");
        }

        if (page is not null && page.Revisions.Count > 0)
        {
            code.Line();
            code.Doc("The newest revision of the page the bytes given cover, or null when they are shorter than the oldest one.");
            var choice = "null";
            foreach (var revision in page.Revisions)
            {
                var minor = MinorAtLeast(view, page, revision);
                choice = $"{view.Data}.Length >= {revision.Size}{(minor is null ? string.Empty : " && " + minor)} ? {Text.Literal(revision.Name)} : " + choice;
            }

            code.Line($"public string? {Revision.Name} => {choice};");
        }
    }

    /// <summary>
    /// For a revision told by its minor version (RaceRoom 3.5 renames reserved slots of 3.4 without growing the
    /// page): the test that the bytes' minor version is at least the revision's. Bytes too short to hold the minor
    /// are judged by their length alone.
    /// </summary>
    private static string? MinorAtLeast(ViewTarget view, PageModel? page, RevisionModel? revision)
    {
        if (page?.VersionMinor is not { } field || revision?.Minor is not { } minor)
        {
            return null;
        }

        var end = field.Offset + field.Type.Size();
        return $"({view.Data}.Length < {end} || {FieldAccessorEmitter.Read(field.Type, Text.Number(field.Offset))} >= {Text.Number(minor)})";
    }
}
