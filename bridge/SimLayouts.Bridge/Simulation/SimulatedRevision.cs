using System;
using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;

namespace SimLayouts.Bridge.Simulation;

/// <summary>
/// An older version of a game for <c>simulate --revision NAME</c>, taken from the layout's page revisions: every page
/// that declares the revision is published in a segment of that revision's size (an older game creates shorter
/// mappings), and when the layout declares a version field and the revision is named after a known version
/// (<c>v9</c>), the pages carry that version number, as the older game writes it; a revision told by its minor version
/// (RaceRoom's <c>3.4</c>) carries that minor in the layout's minor field.
/// </summary>
internal sealed class SimulatedRevision
{
    private readonly int?[] _segmentLengths;
    private readonly int _versionPageIndex;
    private readonly LayoutField? _versionField;
    private readonly long _version;

    private SimulatedRevision(string name, int?[] segmentLengths, int versionPageIndex, LayoutField? versionField, long version)
    {
        Name = name;
        _segmentLengths = segmentLengths;
        _versionPageIndex = versionPageIndex;
        _versionField = versionField;
        _version = version;
    }

    /// <summary>The revision's name as the layout declares it.</summary>
    public string Name { get; }

    /// <summary>Finds revision <paramref name="name"/> (ignoring case) among <paramref name="layout"/>'s pages, or explains why not.</summary>
    public static bool TryResolve(LayoutDescription layout, string name, [NotNullWhen(true)] out SimulatedRevision? revision, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(layout);
        revision = null;
        error = null;
        var known = layout.Pages.SelectMany(page => page.Revisions).Select(candidate => candidate.Name).Distinct(StringComparer.Ordinal).ToArray();
        var lengths = layout.Pages
            .Select(page => page.Revisions.FirstOrDefault(candidate => string.Equals(candidate.Name, name, StringComparison.OrdinalIgnoreCase))?.Size)
            .ToArray();
        if (Array.TrueForAll(lengths, length => length is null))
        {
            error = known.Length == 0
                ? $"{layout.Name} declares no page revisions to simulate."
                : $"{layout.Name} has no revision '{name}' (revisions: {string.Join(", ", known)}).";
            return false;
        }

        var canonical = layout.Pages.SelectMany(page => page.Revisions).First(candidate => string.Equals(candidate.Name, name, StringComparison.OrdinalIgnoreCase)).Name;
        var (pageIndex, field, version) = FindVersion(layout, canonical);
        revision = new SimulatedRevision(canonical, lengths, pageIndex, field, version);
        return true;
    }

    /// <summary>The segment length for the page at <paramref name="pageIndex"/>, or null for the page's full size.</summary>
    public int? SegmentLength(int pageIndex) => _segmentLengths[pageIndex];

    /// <summary>Writes the revision's version number into the page at <paramref name="pageIndex"/> if it holds the version field.</summary>
    public void Stamp(int pageIndex, Span<byte> page)
    {
        if (pageIndex != _versionPageIndex || _versionField is not { } field || field.Offset + field.Size > page.Length)
        {
            return;
        }

        // Little-endian: the field's bytes are the low bytes of the 64-bit value.
        Span<byte> value = stackalloc byte[sizeof(long)];
        BinaryPrimitives.WriteInt64LittleEndian(value, _version);
        value[..field.Size].CopyTo(page.Slice(field.Offset, field.Size));
    }

    // "v9" names version 9 when the layout declares a version field and knows that version; a revision with a minor
    // names that minor when the layout declares a minor field.
    private static (int PageIndex, LayoutField? Field, long Version) FindVersion(LayoutDescription layout, string revisionName)
    {
        if (layout.Version is { MinorField: { } minorName } gate)
        {
            for (var index = 0; index < layout.Pages.Count; index++)
            {
                var page = layout.Pages[index];
                var minor = page.Revisions.FirstOrDefault(candidate => candidate.Name == revisionName)?.Minor;
                var field = page.Fields.FirstOrDefault(candidate => candidate.NativeName == minorName && candidate.Offset == gate.MinorOffset && candidate.Size <= sizeof(long));
                if (minor is { } value && field is not null)
                {
                    return (index, field, value);
                }
            }
        }

        if (layout.Version is not { } declared
            || !revisionName.StartsWith('v')
            || !long.TryParse(revisionName.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            || !declared.Known.Contains(version))
        {
            return (-1, null, 0);
        }

        for (var index = 0; index < layout.Pages.Count; index++)
        {
            var page = layout.Pages[index];
            var field = page.Fields.FirstOrDefault(candidate => candidate.NativeName == declared.Field && candidate.Offset == declared.Offset && candidate.Size <= sizeof(long));
            if (field is not null && (page.NativeName == declared.Page || page.CSharpName == declared.Page))
            {
                return (index, field, version);
            }
        }

        return (-1, null, 0);
    }
}
