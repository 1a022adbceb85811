using System.Collections.Generic;
using SimLayouts.Generator.Diagnostics;

namespace SimLayouts.Generator.Parsing;

// What a layout file says, as written, with the place of every value so validation can point at it.
// These objects live only inside one pipeline step and never reach the incremental cache.

internal sealed record Located<T>(T Value, SourceSpan Span);

internal sealed class LayoutSyntax
{
    public SourceSpan Span { get; set; }
    public Located<string>? Name { get; set; }
    public Located<string>? Namespace { get; set; }
    public Located<string>? CSharp { get; set; }
    public Located<string>? Title { get; set; }
    public string? Doc { get; set; }
    public BridgeSyntax? Bridge { get; set; }
    public VersionSyntax? Version { get; set; }
    public List<ConstantSyntax> Constants { get; } = [];
    public List<EnumSyntax> Enums { get; } = [];
    public List<StructSyntax> Structs { get; } = [];
    public List<StructSyntax> Pages { get; } = [];
}

/// <summary>How the bridge sends the game's frames (<c>bridge:</c>).</summary>
internal sealed class BridgeSyntax
{
    public SourceSpan Span { get; set; }
    public Located<string>? Ingest { get; set; }
    public Located<string>? Frame { get; set; }
}

internal sealed class VersionSyntax
{
    public SourceSpan Span { get; set; }
    public Located<string>? Page { get; set; }
    public Located<string>? Field { get; set; }
    public Located<decimal>? Current { get; set; }
    public List<Located<decimal>> Known { get; } = [];
    public bool Exact { get; set; }
    public Located<string>? Minor { get; set; }
}

internal sealed class ConstantSyntax
{
    public SourceSpan Span { get; set; }
    public Located<string>? Name { get; set; }
    public Located<decimal>? Value { get; set; }
    public Located<string>? CSharp { get; set; }
    public string? Doc { get; set; }
}

internal sealed class EnumSyntax
{
    public SourceSpan Span { get; set; }
    public Located<string>? Name { get; set; }
    public Located<string>? Type { get; set; }
    public Located<string>? CSharp { get; set; }
    public Located<string>? Prefix { get; set; }
    public bool IsFlags { get; set; }
    public string? Doc { get; set; }
    public List<EnumMemberSyntax> Members { get; } = [];
}

internal sealed class EnumMemberSyntax
{
    public SourceSpan Span { get; set; }
    public Located<string>? Name { get; set; }
    public Located<decimal>? Value { get; set; }
    public Located<string>? CSharp { get; set; }
    public string? Doc { get; set; }
}

/// <summary>A struct type, or a page (a struct with a segment and a consistency protocol).</summary>
internal sealed class StructSyntax
{
    public bool IsPage { get; set; }
    public SourceSpan Span { get; set; }
    public Located<string>? Name { get; set; }
    public Located<string>? CSharp { get; set; }
    public Located<int>? Size { get; set; }
    public string? Doc { get; set; }
    public Located<string>? Segment { get; set; }
    public ConsistencySyntax? Consistency { get; set; }
    public PresenceSyntax? Presence { get; set; }
    public List<FieldSyntax> Fields { get; } = [];
    public List<HelperSyntax> Helpers { get; } = [];
    public List<RevisionSyntax> Revisions { get; } = [];
}

/// <summary>An earlier or current size of a page (<c>revisions:</c>), oldest first.</summary>
internal sealed class RevisionSyntax
{
    public SourceSpan Span { get; set; }
    public Located<string>? Name { get; set; }
    public Located<int>? Size { get; set; }
    public Located<int>? Minor { get; set; }
    public string? Doc { get; set; }
}

/// <summary>A convenience member computed from fields (<c>helpers:</c>).</summary>
internal sealed class HelperSyntax
{
    public SourceSpan Span { get; set; }
    public Located<string>? Name { get; set; }
    public Located<string>? Kind { get; set; }
    public List<Located<string>> Fields { get; } = [];
    public List<Located<string>> Names { get; } = [];
    public Located<string>? Field { get; set; }
    public Located<string>? Op { get; set; }
    public Located<decimal>? Value { get; set; }
    public string? Doc { get; set; }
}

internal sealed class ConsistencySyntax
{
    public SourceSpan Span { get; set; }
    public Located<string>? Protocol { get; set; }
    public Located<string>? Counter { get; set; }
    public Located<string>? End { get; set; }
    public Located<string>? Hint { get; set; }
    public Located<int>? HintFrom { get; set; }
}

/// <summary>The field values that mean the game is not there although its page is (<c>presence:</c>).</summary>
internal sealed class PresenceSyntax
{
    public SourceSpan Span { get; set; }
    public Located<string>? Field { get; set; }

    /// <summary>The items as written (enum member names or numbers); null when the key is missing or is not a list.</summary>
    public Located<List<Located<string>>>? Absent { get; set; }
}

internal sealed class FieldSyntax
{
    public SourceSpan Span { get; set; }
    public Located<string>? Name { get; set; }
    public Located<int>? Offset { get; set; }
    public Located<string>? Type { get; set; }
    public Located<int>? Length { get; set; }

    /// <summary><c>encoding:</c> <c>utf8</c> (the default) or <c>utf16</c>, for strings.</summary>
    public Located<string>? Encoding { get; set; }
    public Located<List<int>>? Dims { get; set; }
    public Located<int>? Stride { get; set; }
    public Located<string>? Enum { get; set; }
    public Located<string>? CSharp { get; set; }
    public Located<string>? Json { get; set; }

    /// <summary><c>json: false</c>: the field stays in the views but is left out of JSON.</summary>
    public bool OmitFromJson { get; set; }

    /// <summary><c>count:</c> the sibling field holding how many leading entries of this array are active.</summary>
    public Located<string>? Count { get; set; }
    public string? Doc { get; set; }
    public string? Unit { get; set; }
    public Located<bool>? Boolean { get; set; }
    public Located<string>? Since { get; set; }
    public bool IsReserved { get; set; }
}
