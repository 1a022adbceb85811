using System.Linq;
using SimLayouts.Generator.Model;
using static SimLayouts.Generator.Naming.GeneratedNames;

namespace SimLayouts.Generator.Emit;

/// <summary>
/// Emits <c>{Enum}Extensions</c>: the enum's tables (its values, their C# names and header names) handed once to
/// the runtime's <c>EnumText&lt;TEnum&gt;</c>, which formats, parses and writes JSON for every enum alike, and the
/// members that forward to it. Nothing is lost for values the layout does not name.
/// </summary>
internal static class EnumExtensionsEmitter
{
    public static string Emit(LayoutModel layout, EnumModel model)
    {
        var code = new CodeWriter().FileHeader(layout.FileName, layout.Namespace);
        var type = EnumTypeName.Of(model.CSharpName);
        var text = EnumText.Name;
        code.Doc($"The named values of <see cref=\"{type}\"/>, their names, and parsing; nothing is lost for values the layout does not name.");
        using (code.Block($"public static class {EnumExtensions.Of(model.CSharpName)}"))
        {
            code.Doc("The enum's tables; the runtime's <see cref=\"global::SimLayouts.EnumText{TEnum}\"/> does the formatting, parsing and JSON.");
            code.Line($"private static readonly global::SimLayouts.EnumText<{type}> {text} = new(");
            code.Line($"    values: new {type}[] {{ {string.Join(", ", model.Members.Select(m => $"{type}.{m.CSharpName}"))} }},");
            code.Line($"    names: new string[] {{ {string.Join(", ", model.Members.Select(m => Text.Literal(m.CSharpName)))} }},");
            code.Line($"    nativeNames: new string[] {{ {string.Join(", ", model.Members.Select(m => Text.Literal(m.NativeName)))} }},");
            code.Line($"    isFlags: {(model.IsFlags ? "true" : "false")});");
            code.Line();
            code.Doc("Every value the layout names, in declaration order.");
            code.Line($"public static global::System.Collections.Generic.IReadOnlyList<{type}> {EnumValues.Name} => {text}.Values;");
            code.Line();
            code.Doc($"The C# names of <see cref=\"{EnumValues.Name}\"/>, in the same order.");
            code.Line($"public static global::System.Collections.Generic.IReadOnlyList<string> {EnumNames.Name} => {text}.Names;");
            code.Line();
            code.Doc($"The header's names of <see cref=\"{EnumValues.Name}\"/>, in the same order.");
            code.Line($"public static global::System.Collections.Generic.IReadOnlyList<string> {EnumNativeNames.Name} => {text}.NativeNames;");
            code.Line();
            code.Doc("Whether the layout names <paramref name=\"value\"/>.");
            code.Line($"public static bool {EnumIsNamed.Name}(this {type} value) => {text}.IndexOf(value) >= 0;");
            code.Line();
            code.Doc(model.IsFlags
                ? "The names of the set flags joined by \" | \", with bits the layout does not name as <c>Unknown(n)</c>."
                : "The C# name of the value, or <c>Unknown(n)</c> for a value the layout does not name.");
            code.Line($"public static string {EnumToDisplayString.Name}(this {type} value) => {text}.ToDisplayString(value);");
            code.Line();
            code.Doc("The header's name of the value (<c>" + Text.Xml(model.Members.FirstOrDefault()?.NativeName ?? "NAME") + "</c>), or null for a value the layout does not name.");
            code.Line($"public static string? {EnumToNativeName.Name}(this {type} value) => {text}.ToNativeName(value);");
            code.Line();
            code.Doc(
                model.IsFlags
                    ? "Writes the value as JSON: an array of the names of its set flags (bits the layout does not name as one number at the end), or the raw number."
                    : "Writes the value as JSON: its name (a value the layout does not name as its number), or the raw number.",
                "Nothing is allocated.");
            code.Line("/// <param name=\"json\">The text to append to.</param>");
            code.Line("/// <param name=\"value\">The value, named or not.</param>");
            code.Line("/// <param name=\"format\">Names or numbers.</param>");
            code.Line($"public static void {EnumWriteJson.Name}(global::SimLayouts.RawJsonWriter json, {type} value, global::SimLayouts.JsonEnumFormat format) => {text}.WriteJson(json, value, format);");
            code.Line();
            code.Doc("Parses a C# name, a native name (either ignoring case), <c>Unknown(n)</c> or a plain number" + (model.IsFlags ? "; flags may be joined with <c>|</c>." : "."));
            code.Line($"public static bool {EnumTryParse.Name}(string? text, out {type} value) => {text}.TryParse(text, out value);");
        }

        return code.ToString();
    }
}
