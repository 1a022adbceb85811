using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace SimLayouts;

/// <summary>
/// One member of a page or struct as the layout describes it, available at run time without the YAML.
/// Rows follow the conventions of the reference tables: <c>parent[].child</c> rows of an array of structs
/// have offsets relative to one element; <c>parent.child</c> rows of an embedded struct have offsets from
/// the start of the page.
/// </summary>
/// <param name="Path">The row name: the native name, with <c>parent.</c> or <c>parent[].</c> for nested members.</param>
/// <param name="NativeName">The member name as the game's header writes it (<c>mSpeed</c>).</param>
/// <param name="CSharpName">The generated property name (<c>Speed</c>).</param>
/// <param name="JsonName">The JSON property name (<c>speed</c>).</param>
/// <param name="Type">The layout type: <c>u32</c>, <c>f32</c>, <c>bool</c>, <c>string</c> or a struct name.</param>
/// <param name="Offset">Byte offset (see the remarks on nesting).</param>
/// <param name="Dims">Array dimensions, with a string's byte length as the last one; empty for a single value.</param>
/// <param name="ElementSize">Bytes of one scalar (1 for string characters, the struct size for structs).</param>
/// <param name="Size">Bytes of the whole member.</param>
/// <param name="Enum">The enum the values belong to, by native name, if any.</param>
/// <param name="Unit">The unit the layout states, if any.</param>
/// <param name="Doc">The layout's description, if any.</param>
/// <param name="RequiredLength">How many bytes of the page must be present to read this member (for a nested member, its top-level parent's end).</param>
/// <param name="Since">The page revision that added this member, or null when every revision has it.</param>
/// <param name="IsReserved">Reserved bytes (<c>reserved: true</c>): kept in the layout and the views, left out of JSON.</param>
/// <param name="IsInJson">Whether generated JSON writers write the member (not reserved, not <c>json: false</c>).</param>
/// <param name="CountField">For an array with a declared active count (<c>count:</c>), the native name of the field holding it, or the dotted path of native names to a member of a nested struct (<c>mScoringInfo.mNumVehicles</c>), as the reference tables name that row.</param>
public sealed record LayoutField(
    string Path,
    string NativeName,
    string CSharpName,
    string JsonName,
    string Type,
    int Offset,
    IReadOnlyList<int> Dims,
    int ElementSize,
    int Size,
    string? Enum,
    string? Unit,
    string? Doc,
    int RequiredLength,
    string? Since,
    bool IsReserved,
    bool IsInJson,
    string? CountField)
{
    /// <summary>The dimensions as the reference tables write them: <c>-</c>, <c>64</c> or <c>64x3</c>.</summary>
    public string DimsText => Dims.Count == 0 ? "-" : string.Join("x", Dims.Select(d => d.ToString(CultureInfo.InvariantCulture)));

    /// <summary>Whether the offset is relative to an element of an enclosing array of structs.</summary>
    public bool IsRelativeToElement => Path.Contains("[].", System.StringComparison.Ordinal);
}
