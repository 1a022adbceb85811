using System.Linq;
using SimLayouts.Generator.Model;

namespace SimLayouts.Generator.Emit;

/// <summary>
/// Emits <c>{Enum}Extensions</c>: the list of named values, a display string that keeps unknown values
/// readable (<c>Unknown(42)</c>), the header's name of a value, and parsing back from any of those forms.
/// </summary>
internal static class EnumExtensionsEmitter
{
    private const string Invariant = "global::System.Globalization.CultureInfo.InvariantCulture";

    public static string Emit(LayoutModel layout, EnumModel model)
    {
        var code = new CodeWriter().FileHeader(layout.FileName, layout.Namespace);
        var type = model.CSharpName;
        var raw = model.Underlying.CSharpType();
        code.Doc($"The named values of <see cref=\"{type}\"/>, their names, and parsing; nothing is lost for values the layout does not name.");
        using (code.Block($"public static class {type}Extensions"))
        {
            var members = string.Join(", ", model.Members.Select(m => $"{type}.{m.CSharpName}"));
            code.Doc("Every value the layout names, in declaration order.");
            code.Line($"public static global::System.Collections.Generic.IReadOnlyList<{type}> Values {{ get; }} = new {type}[] {{ {members} }};");
            code.Line();
            code.Doc("The C# names of <see cref=\"Values\"/>, in the same order.");
            code.Line($"public static global::System.Collections.Generic.IReadOnlyList<string> Names {{ get; }} = new string[] {{ {string.Join(", ", model.Members.Select(m => Text.Literal(m.CSharpName)))} }};");
            code.Line();
            code.Doc("The header's names of <see cref=\"Values\"/>, in the same order.");
            code.Line($"public static global::System.Collections.Generic.IReadOnlyList<string> NativeNames {{ get; }} = new string[] {{ {string.Join(", ", model.Members.Select(m => Text.Literal(m.NativeName)))} }};");
            code.Line();

            code.Doc("Whether the layout names <paramref name=\"value\"/>.");
            code.Line($"public static bool IsNamed(this {type} value) => IndexOf(value) >= 0;");
            code.Line();

            code.Doc(model.IsFlags
                ? "The names of the set flags joined by \" | \", with bits the layout does not name as <c>Unknown(n)</c>."
                : "The C# name of the value, or <c>Unknown(n)</c> for a value the layout does not name.");
            using (code.Block($"public static string ToDisplayString(this {type} value)"))
            {
                code.Line("var index = IndexOf(value);");
                code.Line("if (index >= 0)");
                code.Line("{");
                code.Line("    return Names[index];");
                code.Line("}");
                code.Line();
                if (model.IsFlags)
                {
                    code.Line("var parts = new global::System.Collections.Generic.List<string>();");
                    EmitSetFlags(code, raw, "parts.Add(Names[i]);");
                    code.Line("if (rest != 0)");
                    code.Line("{");
                    code.Line($"    parts.Add(\"Unknown(\" + rest.ToString({Invariant}) + \")\");");
                    code.Line("}");
                    code.Line();
                    code.Line("return parts.Count == 0 ? \"0\" : string.Join(\" | \", parts);");
                }
                else
                {
                    code.Line($"return \"Unknown(\" + (({raw})value).ToString({Invariant}) + \")\";");
                }
            }

            code.Line();
            code.Doc("The header's name of the value (<c>" + Text.Xml(model.Members.FirstOrDefault()?.NativeName ?? "NAME") + "</c>), or null for a value the layout does not name.");
            code.Line($"public static string? ToNativeName(this {type} value) => IndexOf(value) is var index && index >= 0 ? NativeNames[index] : null;");
            code.Line();

            EmitJson(code, model);
            code.Line();
            code.Doc("Parses a C# name, a native name (either ignoring case), <c>Unknown(n)</c> or a plain number" + (model.IsFlags ? "; flags may be joined with <c>|</c>." : "."));
            using (code.Block($"public static bool TryParse(string? text, out {type} value)"))
            {
                code.Line("value = default;");
                code.Line("if (text is null)");
                code.Line("{");
                code.Line("    return false;");
                code.Line("}");
                code.Line();
                if (model.IsFlags)
                {
                    code.Line($"{raw} bits = 0;");
                    code.Line("foreach (var part in text.Split('|'))");
                    code.Line("{");
                    code.Line("    if (!TryParseOne(part, out var one))");
                    code.Line("    {");
                    code.Line("        return false;");
                    code.Line("    }");
                    code.Line();
                    code.Line($"    bits = ({raw})(bits | ({raw})one);");
                    code.Line("}");
                    code.Line();
                    code.Line($"value = ({type})bits;");
                    code.Line("return true;");
                }
                else
                {
                    code.Line("return TryParseOne(text, out value);");
                }
            }

            code.Line();
            using (code.Block($"private static bool TryParseOne(string text, out {type} value)"))
            {
                code.Line("var name = text.Trim();");
                code.Line("for (var i = 0; i < Values.Count; i++)");
                code.Line("{");
                code.Line("    if (string.Equals(name, Names[i], global::System.StringComparison.OrdinalIgnoreCase) || string.Equals(name, NativeNames[i], global::System.StringComparison.OrdinalIgnoreCase))");
                code.Line("    {");
                code.Line("        value = Values[i];");
                code.Line("        return true;");
                code.Line("    }");
                code.Line("}");
                code.Line();
                code.Line("if (name.StartsWith(\"Unknown(\", global::System.StringComparison.OrdinalIgnoreCase) && name.EndsWith(\")\", global::System.StringComparison.Ordinal))");
                code.Line("{");
                code.Line("    name = name.Substring(8, name.Length - 9);");
                code.Line("}");
                code.Line();
                code.Line($"var parsed = {raw}.TryParse(name, global::System.Globalization.NumberStyles.Integer, {Invariant}, out var number);");
                code.Line($"value = ({type})number;");
                code.Line("return parsed;");
            }

            code.Line();
            using (code.Block($"private static int IndexOf({type} value)"))
            {
                code.Line("switch (value)");
                code.Line("{");
                for (var i = 0; i < model.Members.Count; i++)
                {
                    code.Line($"    case {type}.{model.Members[i].CSharpName}: return {i};");
                }

                code.Line("    default: return -1;");
                code.Line("}");
            }
        }

        return code.ToString();
    }

    /// <summary>
    /// The loop that takes each named flag set in <c>value</c> out of <c>rest</c>, running <paramref name="onSetFlag"/>
    /// for it (with <c>i</c> its index); what is left in <c>rest</c> is the bits the layout does not name.
    /// </summary>
    private static void EmitSetFlags(CodeWriter code, string raw, string onSetFlag)
    {
        code.Line($"var rest = ({raw})value;");
        code.Line("for (var i = 0; i < Values.Count; i++)");
        code.Line("{");
        code.Line($"    var bits = ({raw})Values[i];");
        code.Line("    if (bits != 0 && (rest & bits) == bits)");
        code.Line("    {");
        code.Line("        " + onSetFlag);
        code.Line($"        rest = ({raw})(rest & ~bits);");
        code.Line("    }");
        code.Line("}");
        code.Line();
    }

    /// <summary>
    /// <c>WriteJson</c>: a named value as its name, written from a UTF-8 literal, anything else as its number, so no
    /// page makes the JSON lose a value; flags as the array of their names.
    /// </summary>
    private static void EmitJson(CodeWriter code, EnumModel model)
    {
        var type = model.CSharpName;
        var raw = model.Underlying.CSharpType();
        code.Doc("The JSON string of each member's name, by index in <see cref=\"Values\"/>.");
        using (code.Block("private static global::System.ReadOnlySpan<byte> JsonName(int index) => index switch", closing: "};"))
        {
            for (var i = 0; i < model.Members.Count; i++)
            {
                code.Line($"{i} => {Text.Utf8Literal(Text.JsonString(model.Members[i].CSharpName))},");
            }

            code.Line("_ => throw new global::System.ArgumentOutOfRangeException(nameof(index)),");
        }

        code.Line();
        code.Doc(
            model.IsFlags
                ? "Writes the value as JSON: an array of the names of its set flags (bits the layout does not name as one number at the end), or the raw number."
                : "Writes the value as JSON: its name (a value the layout does not name as its number), or the raw number.",
            "Nothing is allocated.");
        code.Line("/// <param name=\"json\">The text to append to.</param>");
        code.Line("/// <param name=\"value\">The value, named or not.</param>");
        code.Line("/// <param name=\"format\">Names or numbers.</param>");
        using (code.Block($"public static void WriteJson(global::SimLayouts.RawJsonWriter json, {type} value, global::SimLayouts.JsonEnumFormat format)"))
        {
            code.Line("global::System.ArgumentNullException.ThrowIfNull(json);");
            code.Line("if (format == global::SimLayouts.JsonEnumFormat.Numbers)");
            code.Line("{");
            code.Line($"    json.WriteNumber(({raw})value);");
            code.Line("    return;");
            code.Line("}");
            code.Line();
            if (!model.IsFlags)
            {
                code.Line("var index = IndexOf(value);");
                code.Line("if (index >= 0)");
                code.Line("{");
                code.Line("    json.WriteRaw(JsonName(index));");
                code.Line("}");
                code.Line("else");
                code.Line("{");
                code.Line($"    json.WriteNumber(({raw})value);");
                code.Line("}");
                return;
            }

            code.Line("json.WriteRaw((byte)'[');");
            EmitSetFlags(code, raw, "json.WriteCommaUnlessFirst(); json.WriteRaw(JsonName(i));");
            code.Line("if (rest != 0)");
            code.Line("{");
            code.Line("    json.WriteCommaUnlessFirst();");
            code.Line("    json.WriteNumber(rest);");
            code.Line("}");
            code.Line();
            code.Line("json.WriteRaw((byte)']');");
        }
    }
}
