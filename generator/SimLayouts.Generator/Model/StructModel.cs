namespace SimLayouts.Generator.Model;

/// <summary>A reusable struct type, or the body of a page: its names, size, fields and helpers.</summary>
internal sealed record StructModel
{
    public required string NativeName { get; init; }

    public required string CSharpName { get; init; }

    public string? Doc { get; init; }

    /// <summary>Size in bytes; the default stride of an array of this struct.</summary>
    public required int Size { get; init; }

    /// <summary>The fields in declaration order.</summary>
    public required EquatableArray<FieldModel> Fields { get; init; }

    public required EquatableArray<HelperModel> Helpers { get; init; }
}

/// <summary>A struct read from a named shared-memory segment.</summary>
internal sealed record PageModel
{
    public required StructModel Body { get; init; }

    /// <summary>The segment (named mapping) exactly as the game names it.</summary>
    public required string Segment { get; init; }

    public required ConsistencyModel Consistency { get; init; }

    public PresenceModel? Presence { get; init; }

    /// <summary>The sizes the page had, oldest first; empty when the layout declares none.</summary>
    public required EquatableArray<RevisionModel> Revisions { get; init; }

    /// <summary>
    /// The layout's minor version field when it is on this page (<c>version: { minor: ... }</c>): revisions that name
    /// a <c>minor</c> are then told by its value as well as by the page's length.
    /// </summary>
    public FieldReference? VersionMinor { get; init; }
}

/// <summary>
/// The values of a top-level integer field that mean the game is not there (<c>presence:</c>); each value has a
/// name for messages (the enum member's native name, or the number as text).
/// </summary>
internal sealed record PresenceModel(string FieldNativeName, EquatableArray<decimal> AbsentValues, EquatableArray<string> AbsentNames);

/// <summary>A size the page had (or has) in a revision of the game, oldest first.</summary>
internal sealed record RevisionModel(string Name, int Size, string? Doc)
{
    /// <summary>The minor version that makes the revision (<c>minor:</c>), when a size alone does not tell it.</summary>
    public int? Minor { get; init; }
}

internal enum ConsistencyProtocol
{
    None,
    Seqlock,
    Counter,
    VersionBlock,
}

/// <summary>
/// How a reader takes a torn-free copy of a page (<c>consistency:</c>), with the fields the protocol reads. A
/// protocol that reads other fields (a version block's begin and end counters) is one more derived record.
/// </summary>
internal abstract record ConsistencyModel(ConsistencyProtocol Protocol);

/// <summary><c>none</c>: the page is copied as it is.</summary>
internal sealed record NoConsistency() : ConsistencyModel(ConsistencyProtocol.None);

/// <summary><c>seqlock</c> and <c>counter</c>: one 32-bit counter read before and after the copy.</summary>
internal sealed record CounterConsistency(ConsistencyProtocol Protocol, FieldReference Counter) : ConsistencyModel(Protocol);

/// <summary>
/// <c>version-block</c> (rFactor 2): a begin counter bumped before the writer writes and an end counter set after it;
/// with an optional "bytes updated" hint that says how much of the page, counted from <see cref="HintFrom"/>, the
/// last update wrote.
/// </summary>
internal sealed record VersionBlockConsistency(FieldReference Begin, FieldReference End, FieldReference? Hint, int HintFrom)
    : ConsistencyModel(ConsistencyProtocol.VersionBlock);
