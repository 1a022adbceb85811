using System.Collections.Generic;
using System.Linq;
using SimLayouts.Generator.Model;

namespace SimLayouts.Generator.Emit;

/// <summary>
/// The <c>LayoutField</c> rows of a struct or page, in the conventions of the reference tables: a field's row, then
/// the rows of a struct field's members. An embedded struct's members have absolute offsets (<c>parent.child</c>);
/// an array of structs' members have offsets relative to one element (<c>parent[].child</c>), at any depth
/// (<c>mVehicles[].mWheels[].x</c> is relative to one wheel). A member without a unit of its own takes its struct
/// field's unit, as the reference tables do: one vector struct is a position in metres in one place and a velocity
/// in m/s in another (<c>player.velocity.x</c> is m/s).
/// </summary>
internal static class FieldRows
{
    /// <summary>One row: its path, whether it is a field of the struct itself, and the C# that creates it.</summary>
    public sealed record Row(string Path, bool IsTopLevel, string Code);

    public static List<Row> Of(StructModel model, IReadOnlyList<StructModel> structs) =>
        Rows(model, structs.ToDictionary(s => s.NativeName), pathPrefix: string.Empty, baseOffset: 0, topEnd: null, unit: null).ToList();

    private static IEnumerable<Row> Rows(StructModel model, Dictionary<string, StructModel> structs, string pathPrefix, int baseOffset, int? topEnd, string? unit)
    {
        foreach (var field in model.Fields)
        {
            var path = pathPrefix + field.NativeName;
            var offset = baseOffset + field.Offset;
            var requiredLength = topEnd ?? field.End;
            var fieldUnit = field.Unit ?? unit;
            yield return new Row(path, pathPrefix.Length == 0, Code(field, path, offset, requiredLength, fieldUnit));
            if (field.Type is StructType element && structs.TryGetValue(element.NativeName, out var inner))
            {
                var nested = field.IsArray
                    ? Rows(inner, structs, path + "[].", 0, requiredLength, fieldUnit)
                    : Rows(inner, structs, path + ".", offset, requiredLength, fieldUnit);
                foreach (var row in nested)
                {
                    yield return row;
                }
            }
        }
    }

    /// <summary>
    /// <c>new(Path: ..., NativeName: ..., ...)</c> with every argument named, on four lines: the names; where the
    /// member is and its shape; what it holds and how JSON treats it; its description.
    /// </summary>
    private static string Code(FieldModel field, string path, int offset, int requiredLength, string? unit)
    {
        // A string adds its length as the last dimension, and its element is one character.
        var dims = field.Dims.Select(Text.Number).ToList();
        if (field.Type.MetadataCharacters is { } characters)
        {
            dims.Add(Text.Number(characters));
        }

        var elementSize = field.Type.MetadataElementSize;
        return $"new(Path: {Text.Literal(path)}, NativeName: {Text.Literal(field.NativeName)}, CSharpName: {Text.Literal(field.CSharpName)}, JsonName: {Text.Literal(field.JsonName)},\n" +
               $"    Type: {Text.Literal(field.Type.YamlName)}, Offset: {offset}, Dims: {Text.ArrayInline("int", dims)}, ElementSize: {elementSize}, Size: {field.Size}, RequiredLength: {requiredLength},\n" +
               $"    Enum: {Text.Literal((field.Type as EnumType)?.EnumNativeName)}, Unit: {Text.Literal(unit)}, Since: {Text.Literal(field.Since)}, IsReserved: {Text.Bool(field.IsReserved)}, IsInJson: {Text.Bool(field.InJson)}, CountField: {Text.Literal(field.Count?.NativePath)},\n" +
               $"    Doc: {Text.Literal(field.Doc)})";
    }
}
