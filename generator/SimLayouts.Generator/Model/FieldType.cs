namespace SimLayouts.Generator.Model;

/// <summary>
/// What one element of a field holds: a closed set of kinds, and every emitter handles each of them. A new kind of
/// element (as the UTF-16 string was) is one more sealed record here and one more case where the emitters switch on it.
/// </summary>
internal abstract record FieldType
{
    private protected FieldType()
    {
    }

    /// <summary>Bytes of one element: one number, one whole string, one struct.</summary>
    public abstract int UnitSize { get; }

    /// <summary>The type as the YAML writes it and the metadata publishes it (<c>u32</c>, <c>string</c>, <c>ParticipantInfo</c>).</summary>
    public abstract string YamlName { get; }

    /// <summary>The number stored in a scalar or enum element; <see cref="ScalarKind.None"/> for other kinds.</summary>
    public virtual ScalarKind Scalar => ScalarKind.None;

    /// <summary>The element size the metadata publishes (<c>LayoutField.ElementSize</c>): one scalar, one character, one struct.</summary>
    public virtual int MetadataElementSize => UnitSize;

    /// <summary>
    /// A dimension the metadata adds after the field's own (<c>LayoutField.Dims</c>): a string's length, as the
    /// reference tables write <c>char[64]</c>; null for other kinds.
    /// </summary>
    public virtual int? MetadataCharacters => null;
}

/// <summary>A number or a <c>bool</c>; <paramref name="IsBoolean"/>: an integer that holds a yes/no (<c>boolean: true</c>).</summary>
internal sealed record ScalarType(ScalarKind Kind, bool IsBoolean) : FieldType
{
    public override int UnitSize => Kind.Size();

    public override string YamlName => Kind.YamlName();

    public override ScalarKind Scalar => Kind;
}

/// <summary>
/// An integer read as a layout enum. <paramref name="Storage"/> is the field's own type: the enum's, or for a single
/// value a narrower integer whose every value fits the enum's.
/// </summary>
internal sealed record EnumType(ScalarKind Storage, string EnumNativeName, string EnumCSharpName) : FieldType
{
    public override int UnitSize => Storage.Size();

    public override string YamlName => Storage.YamlName();

    public override ScalarKind Scalar => Storage;
}

/// <summary>A NUL-terminated UTF-8 string of <paramref name="Length"/> bytes (<c>char[Length]</c>).</summary>
internal sealed record StringType(int Length) : FieldType
{
    public override int UnitSize => Length;

    public override string YamlName => "string";

    public override int MetadataElementSize => 1;

    public override int? MetadataCharacters => Length;
}

/// <summary>
/// A NUL-terminated UTF-16LE string of <paramref name="Length"/> 16-bit units (<c>wchar_t[Length]</c> as Windows
/// compilers lay it out): the metadata counts it in characters with an element size of 2, as the reference tables do.
/// </summary>
internal sealed record Utf16StringType(int Length) : FieldType
{
    public override int UnitSize => Length * 2;

    public override string YamlName => "string";

    public override int MetadataElementSize => 2;

    public override int? MetadataCharacters => Length;
}

/// <summary>A struct of the same layout, viewed in place.</summary>
internal sealed record StructType(string NativeName, string CSharpName, int Size) : FieldType
{
    public override int UnitSize => Size;

    public override string YamlName => NativeName;
}
