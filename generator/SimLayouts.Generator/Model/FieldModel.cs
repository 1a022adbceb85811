namespace SimLayouts.Generator.Model;

/// <summary>
/// One member at a fixed offset of a struct or page. What one element holds is <see cref="Type"/> (a scalar, an
/// enum, a string or a struct); <see cref="Dims"/> and <see cref="Stride"/> say how many elements there are and how
/// far apart. A struct element's own fields are in its <see cref="StructModel"/>, so arrays of structs nest.
/// </summary>
internal sealed record FieldModel
{
    /// <summary>The name as the game's header writes it (<c>mSpeed</c>).</summary>
    public required string NativeName { get; init; }

    /// <summary>The property name (<c>Speed</c>), also the <c>Offsets</c> constant.</summary>
    public required string CSharpName { get; init; }

    /// <summary>The JSON property name (<c>speed</c>).</summary>
    public required string JsonName { get; init; }

    public string? Doc { get; init; }

    public string? Unit { get; init; }

    /// <summary>Bytes from the start of the struct or page.</summary>
    public required int Offset { get; init; }

    /// <summary>What one element holds.</summary>
    public required FieldType Type { get; init; }

    /// <summary>Array dimensions, outer first; empty for a single value.</summary>
    public required EquatableArray<int> Dims { get; init; }

    /// <summary>Bytes from one element of the outer dimension to the next (the element itself unless declared).</summary>
    public required int Stride { get; init; }

    /// <summary>Bytes of the whole member, strides included.</summary>
    public required int Size { get; init; }

    /// <summary>The page revision that added the field (<c>since:</c>), or null.</summary>
    public string? Since { get; init; }

    /// <summary>Reserved bytes: in the views and the metadata, never in JSON.</summary>
    public bool IsReserved { get; init; }

    /// <summary>Whether JSON writers write the field (not reserved, not <c>json: false</c>).</summary>
    public required bool InJson { get; init; }

    /// <summary>For an array: the member of the same struct or page holding how many leading entries are active (<c>count:</c>).</summary>
    public ActiveCountModel? Count { get; init; }

    public bool IsArray => Dims.Count > 0;

    public int End => Offset + Size;

    /// <summary>Bytes of one element of the outer dimension, without any stride padding.</summary>
    public int InnerSize => Dims.Count == 2 ? Type.UnitSize * Dims[1] : Type.UnitSize;

    /// <summary>A single number, bool or enum value: what counters, versions, presence, counts and helpers read.</summary>
    public bool IsSingleScalar => !IsArray && Type.Scalar != ScalarKind.None;

    /// <summary>The field as another item refers to it.</summary>
    public FieldReference Reference => new(NativeName, Offset, Type.Scalar);
}

/// <summary>
/// The integer member that says how many leading entries of an array are active (<c>count:</c>): a field of the same
/// struct or page (<c>mNumVehicles</c>), or a member of one of its single struct fields, at any depth
/// (<c>mScoringInfo.mNumVehicles</c>).
/// </summary>
/// <param name="NativePath">The path as the layout writes it, native names joined by dots; also the metadata's <c>CountField</c>.</param>
/// <param name="CSharpPath">The same path in property names (<c>ScoringInfo.NumVehicles</c>), read from the view.</param>
/// <param name="Type">The member's integer type.</param>
/// <param name="RequiredLength">Bytes of the struct or page that must be present to read it: the end of the path's first field.</param>
internal sealed record ActiveCountModel(string NativePath, string CSharpPath, ScalarKind Type, int RequiredLength);
