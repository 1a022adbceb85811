using System.Collections.Generic;

namespace SimLayouts.Generator.Parsing;

/// <summary>
/// The keys each mapping of the layout language accepts: the one list the parser reads every mapping against (any
/// other key is SL0002), and the one a test holds <c>layouts/layout.schema.json</c> and the key tables of
/// <c>layouts/README.md</c> to.
/// </summary>
internal static class LayoutKeys
{
    public static readonly MappingKeys Layout = new("the layout", "layout", "namespace", "csharp", "title", "doc", "bridge", "version", "constants", "enums", "structs", "pages");

    public static readonly MappingKeys Bridge = new("bridge", "ingest", "frame");

    public static readonly MappingKeys Version = new("version", "page", "field", "current", "known", "exact", "minor");

    public static readonly MappingKeys Constant = new("a constant", "name", "value", "csharp", "doc");

    public static readonly MappingKeys Enum = new("an enum", "name", "type", "flags", "prefix", "csharp", "doc", "values");

    public static readonly MappingKeys EnumValue = new("an enum value", "name", "value", "csharp", "doc");

    public static readonly MappingKeys Struct = new("a struct", "name", "size", "csharp", "doc", "fields", "helpers");

    public static readonly MappingKeys Page = new("a page", "name", "segment", "size", "csharp", "doc", "consistency", "presence", "revisions", "fields", "helpers");

    public static readonly MappingKeys Revision = new("a revision", "name", "size", "minor", "doc");

    public static readonly MappingKeys Helper = new("a helper", "name", "kind", "fields", "names", "field", "op", "value", "doc");

    public static readonly MappingKeys Consistency = new("consistency", "protocol", "counter", "end", "hint", "hintFrom");

    public static readonly MappingKeys Presence = new("presence", "field", "absent");

    public static readonly MappingKeys Field = new("a field", "name", "offset", "type", "length", "encoding", "dims", "stride", "enum", "csharp", "json", "doc", "unit", "boolean", "since", "reserved", "count");

    /// <summary>Every mapping of the language.</summary>
    public static IReadOnlyList<MappingKeys> All { get; } = [Layout, Bridge, Version, Constant, Enum, EnumValue, Struct, Page, Revision, Helper, Consistency, Presence, Field];
}

/// <summary>One kind of mapping: what messages call it (<c>a field</c>) and the keys it accepts, in documentation order.</summary>
internal sealed class MappingKeys(string what, params string[] keys)
{
    public string What { get; } = what;

    public IReadOnlyList<string> Keys { get; } = keys;

    public bool Accepts(string key) => System.Array.IndexOf(keys, key) >= 0;
}
