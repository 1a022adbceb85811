namespace SimLayouts.Generator.Model;

// The validated, location-free description of one layout file: what the emitters turn into C#.
// Every type here is an equatable record so the incremental pipeline can tell "nothing changed".

internal sealed record LayoutModel(
    string Name,
    string CSharpName,
    string Namespace,
    string Title,
    string? Doc,
    BridgeModel Bridge,
    string FileName,
    string FilePath,
    VersionModel? Version,
    EquatableArray<ConstantModel> Constants,
    EquatableArray<EnumModel> Enums,
    EquatableArray<StructModel> Structs,
    EquatableArray<PageModel> Pages);

/// <summary>Where the bridge POSTs the game's frames and which frame format it writes, defaults applied.</summary>
internal sealed record BridgeModel(string IngestPath, string Frame);

internal sealed record VersionModel(
    string PageNativeName, string FieldNativeName, int FieldOffset, ScalarKind FieldType, decimal? Current, EquatableArray<decimal> Known);

internal sealed record ConstantModel(string NativeName, string CSharpName, decimal Value, string? Doc);

internal sealed record EnumModel(
    string NativeName, string CSharpName, string? Doc, ScalarKind Underlying, bool IsFlags, EquatableArray<EnumMemberModel> Members);

internal sealed record EnumMemberModel(string NativeName, string CSharpName, decimal Value, string? Doc);

/// <summary>A reusable struct type, or the body of a page.</summary>
internal sealed record StructModel(
    string NativeName, string CSharpName, string? Doc, int Size, EquatableArray<FieldModel> Fields, EquatableArray<HelperModel> Helpers);

internal enum HelperKind
{
    /// <summary>Several fields as one named tuple (<c>GForces</c>).</summary>
    Tuple,

    /// <summary>Two u64 fields, low and high, as one <c>UInt128</c> (<c>PlayerCarId</c>).</summary>
    UInt128,

    /// <summary>A comparison of one numeric field with a constant, as a bool (<c>IsThrottlePressed</c>).</summary>
    Test,

    /// <summary>One integer field plus a constant (<c>ActualGear</c> = gear - 1).</summary>
    Offset,
}

/// <summary>
/// A convenience member computed from fields. <see cref="Fields"/> are the fields used (C# names);
/// <see cref="Types"/> their property types; <see cref="RawTypes"/> the C# types of their bytes; <see cref="ElementNames"/> the tuple element names.
/// </summary>
internal sealed record HelperModel(
    string CSharpName,
    HelperKind Kind,
    string? Doc,
    EquatableArray<string> Fields,
    EquatableArray<string> Types,
    EquatableArray<string> ElementNames,
    EquatableArray<string> RawTypes,
    string Op,
    decimal Value);

internal sealed record PageModel(
    StructModel Body, string Segment, ConsistencyModel Consistency, PresenceModel? Presence, EquatableArray<RevisionModel> Revisions);

/// <summary>
/// The values of a top-level integer field that mean the game is not there (<c>presence:</c>); each value has a
/// name for messages (the enum member's native name, or the number as text).
/// </summary>
internal sealed record PresenceModel(string FieldNativeName, EquatableArray<decimal> AbsentValues, EquatableArray<string> AbsentNames);

/// <summary>A size the page had (or has) in a revision of the game, oldest first.</summary>
internal sealed record RevisionModel(string Name, int Size, string? Doc);

internal enum ConsistencyProtocol
{
    None,
    Seqlock,
    Counter,
}

internal sealed record ConsistencyModel(ConsistencyProtocol Protocol, string? CounterNativeName, int CounterOffset, ScalarKind CounterType);

internal enum FieldKind
{
    Scalar,
    String,
    Struct,
}

/// <summary>The sibling field that says how many leading entries of an array are active (<c>count:</c>).</summary>
internal sealed record ActiveCountModel(string NativeName, string CSharpName, ScalarKind Type);

/// <summary>
/// One member at a fixed offset. <see cref="UnitSize"/> is the size of one scalar, one string or one struct;
/// <see cref="Stride"/> separates elements of the outer dimension; <see cref="Size"/> is the whole member.
/// </summary>
internal sealed record FieldModel(
    string NativeName,
    string CSharpName,
    string JsonName,
    string? Doc,
    string? Unit,
    int Offset,
    FieldKind Kind,
    ScalarKind Scalar,
    string TypeName,
    string? EnumNativeName,
    string? EnumCSharpName,
    string? StructNativeName,
    string? StructCSharpName,
    EquatableArray<int> Dims,
    int UnitSize,
    int Stride,
    int Size,
    bool IsBoolean,
    string? Since,
    bool IsReserved,
    bool InJson,
    ActiveCountModel? Count)
{
    public bool IsArray => Dims.Count > 0;

    public int End => Offset + Size;

    /// <summary>Bytes of one element of the outer dimension, without any stride padding.</summary>
    public int InnerSize => Dims.Count == 2 ? UnitSize * Dims[1] : UnitSize;
}
