namespace SimLayouts;

/// <summary>
/// How a generated <c>WriteJson</c> writes a page. A plain value chosen per call: no reflection, no
/// allocation. Indentation is the writer's own option (<see cref="System.Text.Json.JsonWriterOptions.Indented"/>).
/// </summary>
/// <remarks><c>default</c> writes enum names and trims per-participant arrays to the active count.</remarks>
public readonly record struct PageJsonOptions
{
    /// <summary>Enum values as their names (the default) or as the raw numbers.</summary>
    public JsonEnumFormat Enums { get; init; }

    /// <summary>
    /// Arrays whose layout declares a <c>count</c> field (pcars2's participant arrays and <c>mNumParticipants</c>):
    /// only the active entries (the default) or every declared entry.
    /// </summary>
    public JsonArrayExtent Arrays { get; init; }
}

/// <summary>How enum values appear in JSON.</summary>
public enum JsonEnumFormat
{
    /// <summary>The C# name (<c>"IngamePlaying"</c>); a value the layout does not name is written as its number; flags as an array of names.</summary>
    Names,

    /// <summary>The raw number the page holds.</summary>
    Numbers,
}

/// <summary>How much of an array with a declared active count is written.</summary>
public enum JsonArrayExtent
{
    /// <summary>The first <c>count</c> entries, the count clamped to 0..the declared length.</summary>
    Active,

    /// <summary>Every declared entry, whatever the count field says.</summary>
    All,
}
