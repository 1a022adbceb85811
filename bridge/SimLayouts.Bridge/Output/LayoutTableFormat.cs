namespace SimLayouts.Bridge.Output;

/// <summary>How <see cref="LayoutTableWriter"/> prints a layout table.</summary>
internal enum LayoutTableFormat
{
    /// <summary>Tab-separated values with a header row.</summary>
    Tsv,

    /// <summary>One indented JSON array of row objects.</summary>
    Json,
}
