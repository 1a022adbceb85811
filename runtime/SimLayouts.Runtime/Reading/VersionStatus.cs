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

    /// <summary>
    /// A version the layout refuses: its <c>version</c> is <c>exact</c> and the page has another (RaceRoom 2.x under a
    /// 3.x layout), or its minor version is older than the oldest revision (whose offsets differ). No frames are read.
    /// </summary>
    Refused,
}
