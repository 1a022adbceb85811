using System.Collections.Generic;

namespace SimLayouts;

/// <summary>A struct type or page: its names, size and every member (nested members flattened).</summary>
public class StructDescription
{
    /// <summary>Creates a description; generated code calls this.</summary>
    /// <param name="nativeName">The struct name as the header writes it.</param>
    /// <param name="csharpName">The generated C# name.</param>
    /// <param name="size">Size in bytes.</param>
    /// <param name="doc">The layout's description, if any.</param>
    /// <param name="fields">Every member, nested members after their parent.</param>
    /// <param name="jsonWriter">The generated view's JSON writer, so code that knows only the description can write the bytes.</param>
    public StructDescription(string nativeName, string csharpName, int size, string? doc, IReadOnlyList<LayoutField> fields, ViewJsonWriter? jsonWriter = null)
    {
        _jsonWriter = jsonWriter;
        NativeName = nativeName;
        CSharpName = csharpName;
        Size = size;
        Doc = doc;
        Fields = fields;
    }

    /// <summary>The struct name as the header writes it.</summary>
    public string NativeName { get; }

    /// <summary>The generated C# name (the view is <c>{CSharpName}View</c>).</summary>
    public string CSharpName { get; }

    /// <summary>The name a JSON document holding several structs or pages uses for this one: camelCase of <see cref="CSharpName"/> (<c>physics</c>).</summary>
    public string JsonName => (_jsonName ??= System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(CSharpName));

    /// <summary>
    /// <see cref="JsonName"/> as a quoted, escaped property name with its colon (<c>"physics":</c>), encoded once for
    /// <see cref="RawJsonWriter.WritePropertyName"/>.
    /// </summary>
    internal byte[] EncodedJsonNameAndColon =>
        _encodedJsonNameAndColon ??= [(byte)'"', .. System.Text.Json.JsonEncodedText.Encode(JsonName).EncodedUtf8Bytes, (byte)'"', (byte)':'];

    private string? _jsonName;
    private byte[]? _encodedJsonNameAndColon;

    /// <summary>Size in bytes.</summary>
    public int Size { get; }

    /// <summary>The layout's description, if any.</summary>
    public string? Doc { get; }

    /// <summary>Every member, nested members after their parent.</summary>
    public IReadOnlyList<LayoutField> Fields { get; }

    private readonly ViewJsonWriter? _jsonWriter;

    /// <summary>
    /// Writes <paramref name="bytes"/> as this struct's JSON object through its generated view, for code that
    /// handles pages generically (a frame of several pages, a dump, a recording).
    /// </summary>
    /// <param name="bytes">The struct's or page's bytes; a shorter page gets only the members it holds.</param>
    /// <param name="writer">The writer; its own options decide indentation and escaping.</param>
    /// <param name="options">Enum names or numbers, active or all array entries.</param>
    /// <exception cref="System.NotSupportedException">The description was built without a writer (not by the generator).</exception>
    public void WriteJson(System.ReadOnlySpan<byte> bytes, System.Text.Json.Utf8JsonWriter writer, PageJsonOptions options = default) =>
        RawJsonWriter.WriteBytes(writer, bytes, JsonWriter, options);

    /// <summary>Appends <paramref name="bytes"/> as this struct's JSON object to <paramref name="json"/>.</summary>
    /// <param name="bytes">The struct's or page's bytes; a shorter page gets only the members it holds.</param>
    /// <param name="json">The text to append to.</param>
    /// <param name="options">Enum names or numbers, active or all array entries.</param>
    /// <exception cref="System.NotSupportedException">The description was built without a writer (not by the generator).</exception>
    public void WriteJson(System.ReadOnlySpan<byte> bytes, RawJsonWriter json, PageJsonOptions options = default) =>
        JsonWriter(bytes, json, options);

    private ViewJsonWriter JsonWriter =>
        _jsonWriter ?? throw new System.NotSupportedException($"The description of '{NativeName}' has no JSON writer; only generated descriptions do.");
}

/// <summary>Writes the bytes of a struct or page as JSON through its generated view (see <see cref="StructDescription.WriteJson(System.ReadOnlySpan{byte}, RawJsonWriter, PageJsonOptions)"/>).</summary>
/// <param name="bytes">The bytes to view.</param>
/// <param name="json">The text to append to.</param>
/// <param name="options">Enum names or numbers, active or all array entries.</param>
public delegate void ViewJsonWriter(System.ReadOnlySpan<byte> bytes, RawJsonWriter json, PageJsonOptions options);

/// <summary>How a reader gets a copy of a page that the game did not change halfway.</summary>
public enum ConsistencyProtocol
{
    /// <summary>The page has no counter (e.g. written once per session).</summary>
    None,

    /// <summary>A counter the writer makes odd while writing and even when done; a copy is good when the counter was even and unchanged around it.</summary>
    Seqlock,

    /// <summary>A counter the writer bumps per update; a copy is good when the counter is unchanged around it.</summary>
    Counter,

    /// <summary>
    /// A begin counter the writer bumps before it writes and an end counter it sets after (rFactor 2's
    /// <c>mVersionUpdateBegin</c>/<c>mVersionUpdateEnd</c>); a copy is good when begin equals end before it and end
    /// still equals that begin after it. May come with a <see cref="BytesUpdatedHint"/>.
    /// </summary>
    VersionBlock,
}

/// <summary>A page: a struct mapped from a named shared-memory segment.</summary>
public sealed class PageDescription : StructDescription
{
    /// <summary>Creates a description; generated code calls this.</summary>
    /// <exception cref="System.ArgumentException"><paramref name="presence"/> reads a field that is not one of <paramref name="fields"/>.</exception>
    public PageDescription(
        string layoutName,
        string nativeName,
        string csharpName,
        string segmentName,
        int size,
        ConsistencyProtocol consistency,
        string? counterField,
        int counterOffset,
        string? doc,
        IReadOnlyList<PageRevision> revisions,
        IReadOnlyList<LayoutField> fields,
        ViewJsonWriter? jsonWriter = null,
        PresenceDescription? presence = null,
        string? endCounterField = null,
        int endCounterOffset = 0,
        BytesUpdatedHint? bytesUpdatedHint = null)
        : base(nativeName, csharpName, size, doc, fields, jsonWriter)
    {
        EndCounterField = endCounterField;
        EndCounterOffset = endCounterOffset;
        BytesUpdatedHint = bytesUpdatedHint;
        if (presence is not null && !System.Linq.Enumerable.Any(fields, field => ReferenceEquals(field, presence.Field)))
        {
            throw new System.ArgumentException($"The presence field {presence.Field.Path} is not a row of page {nativeName}.", nameof(presence));
        }

        Presence = presence;
        Revisions = revisions;
        LayoutName = layoutName;
        SegmentName = segmentName;
        Consistency = consistency;
        CounterField = counterField;
        CounterOffset = counterOffset;
    }

    /// <summary>The layout the page belongs to (<c>pcars2</c>).</summary>
    public string LayoutName { get; }

    /// <summary>The shared-memory segment name (<c>$pcars2$</c>, <c>Local\acevo_pmf_physics</c>).</summary>
    public string SegmentName { get; }

    /// <summary>The protocol that yields torn-free copies.</summary>
    public ConsistencyProtocol Consistency { get; }

    /// <summary>The native name of the counter field, or null for <see cref="ConsistencyProtocol.None"/>.</summary>
    public string? CounterField { get; }

    /// <summary>The byte offset of the 32-bit counter field (a version block's begin counter).</summary>
    public int CounterOffset { get; }

    /// <summary>The native name of a version block's end counter (<see cref="ConsistencyProtocol.VersionBlock"/>), else null.</summary>
    public string? EndCounterField { get; }

    /// <summary>The byte offset of a version block's 32-bit end counter.</summary>
    public int EndCounterOffset { get; }

    /// <summary>The field that says how many bytes the writer's last update wrote, if the page declares one (<c>hint:</c>).</summary>
    public BytesUpdatedHint? BytesUpdatedHint { get; }

    /// <summary>
    /// The field values that mean the game is not there although this page is (<c>presence:</c> in the layout), or
    /// null when the layout declares none.
    /// </summary>
    public PresenceDescription? Presence { get; }

    /// <summary>The sizes the page had in earlier revisions of the game and has now, oldest first (empty when the layout declares none).</summary>
    public IReadOnlyList<PageRevision> Revisions { get; }
}

/// <summary>A revision of a page: its name (a date or header version) and its size then.</summary>
/// <param name="Name">The revision's name (<c>2026-04-01</c>, <c>v14</c>).</param>
/// <param name="Size">The page size in bytes in that revision.</param>
/// <param name="Doc">What changed, if the layout says.</param>
/// <param name="Minor">The minor version that makes the revision, when its size alone does not tell it (RaceRoom 3.4 and 3.5), else null.</param>
public sealed record PageRevision(string Name, int Size, string? Doc, int? Minor = null);

/// <summary>
/// A "bytes updated" hint (rFactor 2's <c>mBytesUpdatedHint</c>): a 32-bit field holding how many bytes, counted
/// from <paramref name="From"/>, the writer's last update wrote; 0 or a value outside the page means the whole page.
/// </summary>
/// <param name="Field">The native name of the hint field.</param>
/// <param name="Offset">Its byte offset.</param>
/// <param name="From">The page offset the hint counts from (8 in rFactor 2: the buffer after the version block).</param>
public sealed record BytesUpdatedHint(string Field, int Offset, int From);
