namespace SimLayouts.Reading;

/// <summary>How the version a page carries relates to the versions its layout knows.</summary>
internal enum VersionStatus
{
    /// <summary>The layout declares no version field, or the page is too short to hold it.</summary>
    NotDeclared,

    /// <summary>The version the layout describes completely.</summary>
    Current,

    /// <summary>An older version the layout knows: every field it has sits at the same offset; later fields are unavailable.</summary>
    Older,

    /// <summary>A version the layout does not know: read as the current one, which may be wrong.</summary>
    Unknown,
}
