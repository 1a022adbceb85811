using System.Linq;
using SimLayouts.Generator.Model;
using static SimLayouts.Generator.Naming.GeneratedNames;

namespace SimLayouts.Generator.Emit;

/// <summary>
/// Emits the JSON half of a read-only view (<c>{Name}View.Json.g.cs</c>): <c>WriteJson</c> appends every field
/// straight from the bytes to the runtime's <c>RawJsonWriter</c>, property names as UTF-8 literals escaped here,
/// at compile time. The <c>Utf8JsonWriter</c> overloads hand the finished object to that writer as one value. Members
/// are read as <c>this.Name</c>, so that no parameter or local (<c>json</c>, <c>options</c>, <c>count</c>) can stand
/// for a field of that name.
/// </summary>
internal sealed class JsonEmitter
{
    private const string Writer = "global::System.Text.Json.Utf8JsonWriter";
    private const string Json = "global::SimLayouts.RawJsonWriter";
    private const string Options = "global::SimLayouts.PageJsonOptions";
    private const string Values = "global::SimLayouts.JsonValues";

    // The JIT stops inlining in a method that has grown too large (its locals run out), and a page of 150 members
    // written in one method would then call even the span constructor of every name. Parts of 16 stay inlined.
    private const int MembersPerPart = 16;

    private readonly StructModel _model;
    private readonly bool _isPage;
    private readonly PageModel? _page;

    private JsonEmitter(StructModel model, PageModel? page)
    {
        _model = model;
        _isPage = page is not null;
        _page = page;
    }

    public static string Emit(LayoutModel layout, StructModel model, PageModel? page) =>
        new JsonEmitter(model, page).Emit(layout);

    private string Emit(LayoutModel layout)
    {
        var code = new CodeWriter().FileHeader(layout.FileName, layout.Namespace);
        var fields = _model.Fields.Where(f => f.InJson).ToList();
        using (code.Block($"public readonly ref partial struct {View.Of(_model.CSharpName)}"))
        {
            code.Doc(
                $"Writes the {(_isPage ? "page" : "struct")} as one JSON object: every field except reserved ones and those the layout leaves out (<c>json: false</c>).",
                "NaN and infinities become <c>null</c>, strings are decoded lossily, enum values without a name are written as numbers" +
                (_isPage ? ", and members beyond the bytes given (an older, shorter revision) are left out." : "."));
            code.Line($"/// <param name=\"writer\">The writer; its own options decide indentation and escaping.</param>");
            code.Line($"/// <param name=\"options\">Enum names or numbers, active or all array entries.</param>");
            code.Line($"public void {WriteJson.Name}({Writer} writer, {Options} options = default) => {Json}.WriteView(writer, this, options);");

            code.Line();
            code.Doc("Writes the fields as properties of an object the caller has started, to combine several pages or add fields of its own.");
            code.Line($"/// <param name=\"writer\">The writer, positioned inside an object.</param>");
            code.Line($"/// <param name=\"options\">Enum names or numbers, active or all array entries.</param>");
            code.Line($"public void {WriteJsonProperties.Name}({Writer} writer, {Options} options = default) => {Json}.WriteViewProperties(writer, this, options);");

            code.Line();
            code.Doc($"Appends the {(_isPage ? "page" : "struct")} as one JSON object to <paramref name=\"json\"/>, the fastest way to build a document of several parts.");
            code.Line($"/// <param name=\"json\">The text to append to.</param>");
            code.Line($"/// <param name=\"options\">Enum names or numbers, active or all array entries.</param>");
            using (code.Block($"public void {WriteJson.Name}({Json} json, {Options} options = default)"))
            {
                code.Line("global::System.ArgumentNullException.ThrowIfNull(json);");
                code.Line("json.WriteRaw((byte)'{');");
                code.Line($"{WriteJsonProperties.Name}(json, options);");
                code.Line("json.WriteRaw((byte)'}');");
            }

            code.Line();
            code.Doc("Appends the fields as properties of an object the caller has opened in <paramref name=\"json\"/>.");
            code.Line($"/// <param name=\"json\">The text to append to, inside an object.</param>");
            code.Line($"/// <param name=\"options\">Enum names or numbers, active or all array entries.</param>");
            var parts = Enumerable.Range(0, (fields.Count + MembersPerPart - 1) / MembersPerPart).ToList();
            using (code.Block($"public void {WriteJsonProperties.Name}({Json} json, {Options} options = default)"))
            {
                code.Line("global::System.ArgumentNullException.ThrowIfNull(json);");
                if (parts.Count == 1)
                {
                    EmitProperties(code, fields, 0);
                }

                foreach (var part in parts.Where(_ => parts.Count > 1))
                {
                    code.Line($"{WriteJsonPart.Of(Text.Number(part + 1))}(json, options);");
                }
            }

            foreach (var part in parts.Where(_ => parts.Count > 1))
            {
                code.Line();
                code.Doc($"Members {(part * MembersPerPart) + 1} to {System.Math.Min((part + 1) * MembersPerPart, fields.Count)} of {fields.Count}.");
                using (code.Block($"private void {WriteJsonPart.Of(Text.Number(part + 1))}({Json} json, {Options} options)"))
                {
                    EmitProperties(code, fields, part * MembersPerPart);
                }
            }

            foreach (var field in fields.Where(f => f.IsArray))
            {
                code.Line();
                EmitArray(code, field);
            }
        }

        return code.ToString();
    }

    /// <summary>Up to <see cref="MembersPerPart"/> members from <paramref name="start"/>.</summary>
    private void EmitProperties(CodeWriter code, System.Collections.Generic.List<FieldModel> fields, int start)
    {
        for (var i = start; i < System.Math.Min(start + MembersPerPart, fields.Count); i++)
        {
            if (i > start)
            {
                code.Line();
            }

            EmitProperty(code, fields[i], first: i == 0);
        }
    }

    private void EmitProperty(CodeWriter code, FieldModel field, bool first)
    {
        var name = Text.JsonString(field.JsonName) + ":";

        // A page may be shorter than the layout (an older revision, a smaller mapping): write what is there. Then
        // whether a member is the first one written is known only at run time, and the writer places the comma.
        // A field of a revision told by its minor version (not by the page's length) asks the view, which reads it.
        var byMinor = _page?.VersionMinor is not null && field.Since is { } since && _page.Revisions.Any(r => r.Name == since && r.Minor is not null);
        // An array with an active count needs the count's bytes as well, wherever the count sits.
        var needs = System.Math.Max(field.End, field.Count?.RequiredLength ?? 0);
        var guard = _isPage ? code.Block(byMinor ? $"if (this.{HasField.Of(field.CSharpName)})" : $"if ({Data.Name}.Length >= {needs})") : null;
        code.Line(_isPage || first ? $"json.WritePropertyName({Text.Utf8Literal(name)});" : $"json.WriteRaw({Text.Utf8Literal("," + name)});");
        if (!field.IsArray)
        {
            code.Line(Value(field, Member(field.CSharpName), Member(field.Type is StringType or Utf16StringType ? StringBytes.Of(field.CSharpName) : field.CSharpName)));
        }
        else
        {
            code.Line($"{ArrayJsonWriter.Of(field.CSharpName)}(json, options);");
        }

        guard?.Dispose();
    }

    private static void EmitArray(CodeWriter code, FieldModel field)
    {
        var summary = field.Count is null
            ? $"Writes {Text.Code(field.NativeName)} as a JSON array{(field.Dims.Count == 2 ? " of arrays" : string.Empty)}."
            : $"Writes {Text.Code(field.NativeName)} as a JSON array of its active entries ({Text.Code(field.Count.NativePath)}, clamped to 0..{field.Dims[0]}) or of all of them.";
        code.Doc(summary);
        using (code.Block($"private void {ArrayJsonWriter.Of(field.CSharpName)}({Json} json, {Options} options)"))
        {
            code.Line($"var items = {Member(field.CSharpName)};");
            var count = field.Count switch
            {
                null => "items.Length",
                { Type: ScalarKind.U64 } c => $"{Values}.Extent(options, (ulong){Member(c.CSharpPath)}, items.Length)",
                { } c => $"{Values}.Extent(options, (long){Member(c.CSharpPath)}, items.Length)",
            };
            code.Line($"var count = {count};");
            if (field.Type is ScalarType scalar)
            {
                // Numbers and booleans need no escaping: the runtime formats the whole array in one go.
                var method = scalar.Kind == ScalarKind.Bool ? "WriteBooleans" : "WriteNumbers";
                code.Line($"json.{method}(items, count);");
                return;
            }

            code.Line("json.WriteRaw((byte)'[');");
            code.Line("for (var i = 0; i < count; i++)");
            code.Line("{");
            code.Line("    if (i > 0)");
            code.Line("    {");
            code.Line("        json.WriteRaw((byte)',');");
            code.Line("    }");
            code.Line();
            if (field.Dims.Count == 2)
            {
                code.Line("    var row = items[i];");
                code.Line("    json.WriteRaw((byte)'[');");
                code.Line("    for (var j = 0; j < row.Length; j++)");
                code.Line("    {");
                code.Line("        if (j > 0)");
                code.Line("        {");
                code.Line("            json.WriteRaw((byte)',');");
                code.Line("        }");
                code.Line();
                code.Line("        " + Value(field, "row[j]", "row[j]"));
                code.Line("    }");
                code.Line();
                code.Line("    json.WriteRaw((byte)']');");
            }
            else
            {
                code.Line("    " + Value(field, "items[i]", "items.GetBytes(i)"));
            }

            code.Line("}");
            code.Line();
            code.Line("json.WriteRaw((byte)']');");
        }
    }

    /// <summary>The statement writing one value: <paramref name="value"/> reads it, <paramref name="bytes"/> reads a string's raw bytes.</summary>
    private static string Value(FieldModel field, string value, string bytes) => field.Type switch
    {
        StringType => $"json.WriteFixedString({bytes});",
        Utf16StringType => $"json.WriteUtf16String({bytes});",
        StructType => $"{value}.{WriteJson.Name}(json, options);",
        EnumType enumType => $"{FieldEnumExtensions.Of(enumType.EnumCSharpName)}.{EnumWriteJson.Name}(json, {value}, options.Enums);",
        ScalarType { IsBoolean: true } or ScalarType { Kind: ScalarKind.Bool } => $"json.WriteBoolean({value});",
        ScalarType => $"json.WriteNumber({value});",
        _ => throw new System.NotSupportedException($"No JSON for a field of {field.Type.GetType().Name}."),
    };

    /// <summary>A member of the view, read through <c>this</c>.</summary>
    private static string Member(string name) => "this." + name;
}
