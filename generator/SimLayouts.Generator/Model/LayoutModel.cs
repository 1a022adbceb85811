namespace SimLayouts.Generator.Model;

// The validated, location-free description of one layout file: what the emitters turn into C#. Every type here is
// an equatable record (collections are EquatableArray) holding no Roslyn symbol or location, so the incremental
// pipeline can tell "nothing changed" (the *Spec models of System.Text.Json's generator follow the same rule).

/// <summary>One layout file: its names, the game keys, and every constant, enum, struct and page it declares.</summary>
internal sealed record LayoutModel
{
    /// <summary>The layout name as written (<c>pcars2</c>).</summary>
    public required string Name { get; init; }

    /// <summary>The C# form of the name (<c>Pcars2</c>): <c>{Layout}Layout</c>, <c>{Layout}Constants</c>.</summary>
    public required string CSharpName { get; init; }

    /// <summary>The namespace of every generated type.</summary>
    public required string Namespace { get; init; }

    /// <summary>The game's name for people; the layout name when the file declares none.</summary>
    public required string Title { get; init; }

    public string? Doc { get; init; }

    public required BridgeModel Bridge { get; init; }

    /// <summary>The file name (no folder), named in generated headers so they read the same on every machine.</summary>
    public required string FileName { get; init; }

    /// <summary>The full path, for diagnostics reported while emitting.</summary>
    public required string FilePath { get; init; }

    public VersionModel? Version { get; init; }

    public required EquatableArray<ConstantModel> Constants { get; init; }

    public required EquatableArray<EnumModel> Enums { get; init; }

    public required EquatableArray<StructModel> Structs { get; init; }

    public required EquatableArray<PageModel> Pages { get; init; }
}

/// <summary>Where the bridge POSTs the game's frames and which frame format it writes, defaults applied.</summary>
internal sealed record BridgeModel(string IngestPath, string Frame);

/// <summary>The field that records the game's version, and the versions the layout knows (<c>version:</c>).</summary>
internal sealed record VersionModel
{
    public required string PageNativeName { get; init; }

    public required FieldReference Field { get; init; }

    public decimal? Current { get; init; }

    public required EquatableArray<decimal> Known { get; init; }

    /// <summary>Whether the field must equal <see cref="Current"/> (<c>exact: true</c>): any other value is refused.</summary>
    public bool Exact { get; init; }

    /// <summary>The minor version field on the same page (<c>minor:</c>), whose values the page's revisions name.</summary>
    public FieldReference? Minor { get; init; }
}

/// <summary>A top-level single field that something else reads by position: a counter, the version, a presence field.</summary>
internal sealed record FieldReference(string NativeName, int Offset, ScalarKind Type);

internal sealed record ConstantModel(string NativeName, string CSharpName, decimal Value, string? Doc);

/// <summary>An enum or flag enum of the layout, with its integer type and named members.</summary>
internal sealed record EnumModel
{
    public required string NativeName { get; init; }

    public required string CSharpName { get; init; }

    public string? Doc { get; init; }

    public required ScalarKind Underlying { get; init; }

    public required bool IsFlags { get; init; }

    public required EquatableArray<EnumMemberModel> Members { get; init; }
}

internal sealed record EnumMemberModel(string NativeName, string CSharpName, decimal Value, string? Doc);
