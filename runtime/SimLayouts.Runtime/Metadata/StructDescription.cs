using System.Collections.Generic;

namespace SimLayouts;

/// <summary>A struct type or page: its names, size and every member (nested members flattened).</summary>
public class StructDescription
{
    /// <summary>Creates a description; generated code calls this.</summary>
    public StructDescription(string nativeName, string csharpName, int size, string? doc, IReadOnlyList<LayoutField> fields)
    {
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
    public string JsonName => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(CSharpName);

    /// <summary>Size in bytes.</summary>
    public int Size { get; }

    /// <summary>The layout's description, if any.</summary>
    public string? Doc { get; }

    /// <summary>Every member, nested members after their parent.</summary>
    public IReadOnlyList<LayoutField> Fields { get; }
}

/// <summary>How a reader gets a copy of a page that the game did not change halfway.</summary>
public enum ConsistencyProtocol
{
    /// <summary>The page has no counter (e.g. written once per session).</summary>
    None,

    /// <summary>A counter the writer makes odd while writing and even when done; a copy is good when the counter was even and unchanged around it.</summary>
    Seqlock,

    /// <summary>A counter the writer bumps per update; a copy is good when the counter is unchanged around it.</summary>
    Counter,
}

/// <summary>A page: a struct mapped from a named shared-memory segment.</summary>
public sealed class PageDescription : StructDescription
{
    /// <summary>Creates a description; generated code calls this.</summary>
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
        IReadOnlyList<LayoutField> fields)
        : base(nativeName, csharpName, size, doc, fields)
    {
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

    /// <summary>The byte offset of the 32-bit counter field.</summary>
    public int CounterOffset { get; }

    /// <summary>The sizes the page had in earlier revisions of the game and has now, oldest first (empty when the layout declares none).</summary>
    public IReadOnlyList<PageRevision> Revisions { get; }
}

/// <summary>A revision of a page: its name (a date or header version) and its size then.</summary>
/// <param name="Name">The revision's name (<c>2026-04-01</c>, <c>v14</c>).</param>
/// <param name="Size">The page size in bytes in that revision.</param>
/// <param name="Doc">What changed, if the layout says.</param>
public sealed record PageRevision(string Name, int Size, string? Doc);
