using SimLayouts.Generator.Model;
using SimLayouts.Generator.Naming;

namespace SimLayouts.Generator.Emit;

/// <summary>
/// Emits a C# enum per layout enum. A C# enum holds any value of its underlying type, so a value the
/// layout does not name still converts raw → enum → raw unchanged.
/// </summary>
internal static class EnumEmitter
{
    public static string Emit(LayoutModel layout, EnumModel model)
    {
        var code = new CodeWriter().FileHeader(layout.FileName, layout.Namespace);
        var underlying = model.Underlying.CSharpType();
        code.Doc(
            Text.Xml(model.Doc ?? $"The {model.NativeName} values of the {layout.Name} layout."),
            $"Layout enum {Text.Code(model.NativeName)} ({model.Underlying.YamlName()}{(model.IsFlags ? ", bit flags" : string.Empty)}). " +
            $"A value not named here still converts to and from <see cref=\"{underlying}\"/> unchanged.");
        if (model.IsFlags)
        {
            code.Line("[global::System.Flags]");
        }

        using (code.Block($"public enum {GeneratedNames.EnumTypeName.Of(model.CSharpName)} : {underlying}"))
        {
            for (var i = 0; i < model.Members.Count; i++)
            {
                var member = model.Members[i];
                if (i > 0)
                {
                    code.Line();
                }

                var summary = member.Doc is null ? Text.Code(member.NativeName) : Text.Xml(member.Doc) + " (" + Text.Code(member.NativeName) + ")";
                code.Doc(summary);
                code.Line($"{member.CSharpName} = {Text.Number(member.Value)},");
            }
        }

        return code.ToString();
    }
}
