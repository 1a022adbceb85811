namespace SimLayouts.Generator.Model;

/// <summary>
/// A convenience member computed from single scalar fields of its struct or page (<c>helpers:</c>), one derived
/// record per kind.
/// </summary>
internal abstract record HelperModel
{
    private protected HelperModel()
    {
    }

    /// <summary>The member's name, as the layout writes it.</summary>
    public required string CSharpName { get; init; }

    public string? Doc { get; init; }
}

/// <summary>
/// A field a helper reads: its property, the property's type (an enum, <c>bool</c> or the number) and the C# type
/// of its bytes.
/// </summary>
internal sealed record HelperOperand(string Property, string PropertyType, string RawType)
{
    /// <summary>Whether the property is the number itself (not an enum or a boolean over it).</summary>
    public bool IsRaw => PropertyType == RawType;
}

/// <summary><c>tuple</c>: several fields as one named tuple (<c>GForces</c>), settable on the writable view.</summary>
internal sealed record TupleHelper : HelperModel
{
    public required EquatableArray<TupleElement> Elements { get; init; }
}

/// <summary>One element of a tuple helper: the field read and the element's name.</summary>
internal sealed record TupleElement(HelperOperand Field, string Name);

/// <summary><c>uint128</c>: two u64 fields, low and high, as one <c>UInt128</c> (<c>PlayerCarId</c>).</summary>
internal sealed record UInt128Helper : HelperModel
{
    /// <summary>The property of the low 64 bits.</summary>
    public required string Low { get; init; }

    /// <summary>The property of the high 64 bits.</summary>
    public required string High { get; init; }
}

/// <summary><c>test</c>: a comparison of one numeric field with a constant, as a bool (<c>IsThrottlePressed</c>).</summary>
internal sealed record TestHelper : HelperModel
{
    public required HelperOperand Field { get; init; }

    /// <summary><c>==</c>, <c>!=</c>, <c>&lt;</c>, <c>&lt;=</c>, <c>&gt;</c>, <c>&gt;=</c> or <c>near</c>.</summary>
    public required string Operator { get; init; }

    public required decimal Value { get; init; }
}

/// <summary><c>offset</c>: one integer field plus a constant (<c>ActualGear</c> = gear - 1).</summary>
internal sealed record OffsetHelper : HelperModel
{
    public required HelperOperand Field { get; init; }

    public required decimal Value { get; init; }
}
