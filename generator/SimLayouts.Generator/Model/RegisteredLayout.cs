namespace SimLayouts.Generator.Model;

/// <summary>
/// What the registry of compiled layouts needs of one valid layout: its name and where its <c>{Layout}Layout</c>
/// class is. Kept this small so that edits to anything else in a layout leave the registry step cached.
/// </summary>
internal sealed record RegisteredLayout(string Name, string Namespace, string CSharpName);
