namespace SimLayouts;

/// <summary>
/// How the <c>simlayouts</c> bridge sends a game's frames to the user's Node server (<c>bridge:</c> in the layout),
/// with the defaults already applied by the generator.
/// </summary>
/// <param name="IngestPath">The path frames are POSTed to, starting with <c>/</c> (default <c>/api/ingest/{layout}-shared-memory</c>).</param>
/// <param name="Frame">The name of the frame format the bridge writes (default <c>pages</c>: the source, sequence, capture time and every page).</param>
public sealed record BridgeDescription(string IngestPath, string Frame);
