using System.Collections.Generic;

namespace SimLayouts;

/// <summary>Everything one layout file declares, available at run time.</summary>
public sealed class LayoutDescription
{
    /// <summary>Creates a description; generated code calls this.</summary>
    public LayoutDescription(
        string name,
        string? doc,
        VersionDescription? version,
        IReadOnlyList<PageDescription> pages,
        IReadOnlyList<StructDescription> structs,
        IReadOnlyList<EnumDescription> enums,
        IReadOnlyList<ConstantDescription> constants,
        string title,
        BridgeDescription bridge)
    {
        System.ArgumentNullException.ThrowIfNull(title);
        System.ArgumentNullException.ThrowIfNull(bridge);
        Title = title;
        Bridge = bridge;
        Constants = constants;
        Name = name;
        Doc = doc;
        Version = version;
        Pages = pages;
        Structs = structs;
        Enums = enums;
    }

    /// <summary>The layout name (<c>pcars2</c>).</summary>
    public string Name { get; }

    /// <summary>The game's name for people (<c>Automobilista 2 / Project CARS 2</c>); the layout name when the layout declares none.</summary>
    public string Title { get; }

    /// <summary>The layout's description, if any.</summary>
    public string? Doc { get; }

    /// <summary>Where and in which format the bridge sends this game's frames (the declared values, or the defaults).</summary>
    public BridgeDescription Bridge { get; }

    /// <summary>Where the page version is and which versions the layout knows, if declared.</summary>
    public VersionDescription? Version { get; }

    /// <summary>The pages, in declaration order.</summary>
    public IReadOnlyList<PageDescription> Pages { get; }

    /// <summary>The reusable struct types.</summary>
    public IReadOnlyList<StructDescription> Structs { get; }

    /// <summary>The enums and flag enums.</summary>
    public IReadOnlyList<EnumDescription> Enums { get; }

    /// <summary>The named constants (array lengths, the header version, ...).</summary>
    public IReadOnlyList<ConstantDescription> Constants { get; }
}

/// <summary>A named constant of a layout.</summary>
/// <param name="NativeName">The header's name (<c>STRING_LENGTH_MAX</c>).</param>
/// <param name="CSharpName">The generated constant's name (<c>StringLengthMax</c>).</param>
/// <param name="Value">The value.</param>
public sealed record ConstantDescription(string NativeName, string CSharpName, long Value);

/// <summary>The field that carries a page's version, and the versions a layout knows.</summary>
/// <param name="Page">The native name of the page holding the field.</param>
/// <param name="Field">The native name of the version field.</param>
/// <param name="Offset">The field's byte offset.</param>
/// <param name="Current">The version the layout describes completely, if declared.</param>
/// <param name="Known">Versions whose fields share these offsets.</param>
/// <param name="Exact">Whether the field must equal <paramref name="Current"/>: pages of any other version are refused (RaceRoom's <c>version_major</c>).</param>
/// <param name="MinorField">The native name of the minor version field on the same page, whose values the page's revisions name, or null.</param>
/// <param name="MinorOffset">Its byte offset.</param>
public sealed record VersionDescription(string Page, string Field, int Offset, long? Current, IReadOnlyList<long> Known, bool Exact = false, string? MinorField = null, int MinorOffset = 0);

/// <summary>An enum or flag enum of a layout.</summary>
/// <param name="NativeName">The name the layout gives it (often the header's type caption).</param>
/// <param name="CSharpName">The generated enum type's name.</param>
/// <param name="UnderlyingType">The layout type of its values (<c>u32</c>, <c>i32</c>, ...).</param>
/// <param name="IsFlags">Whether values are bit flags.</param>
/// <param name="Members">The named values.</param>
/// <param name="Doc">The layout's description, if any.</param>
public sealed record EnumDescription(string NativeName, string CSharpName, string UnderlyingType, bool IsFlags, IReadOnlyList<EnumMemberDescription> Members, string? Doc);

/// <summary>One named value of an enum.</summary>
/// <param name="NativeName">The header's name (<c>GAME_EXITED</c>).</param>
/// <param name="CSharpName">The generated member name (<c>Exited</c>).</param>
/// <param name="Value">The value (u64 values above <see cref="long.MaxValue"/> wrap).</param>
public sealed record EnumMemberDescription(string NativeName, string CSharpName, long Value);
