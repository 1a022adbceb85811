using System;
using System.Globalization;
using System.Linq;
using SimLayouts.Sources;

namespace SimLayouts.Reading;

/// <summary>
/// Checks the version field a layout declares (<c>version: { field, current, known, exact, minor }</c>). An older
/// known version is read with its fields only: if the page declares a revision named <c>v{version}</c>
/// (<c>v12</c>), bytes beyond that revision's size are treated as absent, so the generated <c>HasX</c> members
/// report the fields the older version lacks as unavailable. An <c>exact</c> version refuses every other value, and
/// a minor version older than the oldest revision that names one; revisions told by their minor make the generated
/// views report later fields unavailable by themselves (they read the minor from the bytes).
/// </summary>
internal sealed class VersionCheck
{
    private readonly LayoutField? _field;
    private readonly LayoutField? _minorField;
    private readonly PageRevision? _oldestMinor;
    private readonly PageRevision? _newestMinor;

    // The minor version last read, for the message about it.
    private long _lastMinor;

    /// <summary>Prepares the check for <paramref name="layout"/>.</summary>
    public VersionCheck(LayoutDescription layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        Layout = layout;
        Declared = layout.Version;
        if (Declared is not null)
        {
            Page = layout.Pages.FirstOrDefault(page => page.NativeName == Declared.Page || page.CSharpName == Declared.Page)
                ?? layout.Pages.FirstOrDefault(page => page.Fields.Any(field => field.NativeName == Declared.Field));
            _field = IntegerField(Declared.Field);
            _minorField = Declared.MinorField is { } minor ? IntegerField(minor) : null;
            _oldestMinor = Page?.Revisions.FirstOrDefault(revision => revision.Minor is not null);
            _newestMinor = Page?.Revisions.LastOrDefault(revision => revision.Minor is not null);
        }
    }

    /// <summary>The layout checked.</summary>
    public LayoutDescription Layout { get; }

    /// <summary>The declared version field and known versions, or null.</summary>
    public VersionDescription? Declared { get; }

    /// <summary>The page holding the version field, or null.</summary>
    public PageDescription? Page { get; }

    /// <summary>Reads and judges the version in <paramref name="page"/> (bytes of <see cref="Page"/>).</summary>
    /// <param name="page">The page bytes.</param>
    /// <param name="version">The version read, when the result is not <see cref="VersionStatus.NotDeclared"/>.</param>
    /// <param name="usableLength">How many of the bytes that version defines.</param>
    public VersionStatus Evaluate(ReadOnlySpan<byte> page, out long version, out int usableLength)
    {
        usableLength = page.Length;
        version = 0;
        if (Declared is null || Page is null || _field is null || !FieldValue.TryReadInteger(page, _field, out version))
        {
            return VersionStatus.NotDeclared;
        }

        if (Declared.Exact && version != Declared.Current)
        {
            return VersionStatus.Refused;
        }

        if (_minorField is not null && FieldValue.TryReadInteger(page, _minorField, out var minor))
        {
            _lastMinor = minor;
            if (_oldestMinor?.Minor is { } oldest && minor < oldest)
            {
                return VersionStatus.Refused;
            }

            if (_newestMinor?.Minor is { } newest && minor > newest)
            {
                return VersionStatus.Unknown;
            }
        }

        if (Declared.Current is { } current && version == current)
        {
            return VersionStatus.Current;
        }

        if (!Declared.Known.Contains(version))
        {
            return VersionStatus.Unknown;
        }

        var revisionName = "v" + version.ToString(CultureInfo.InvariantCulture);
        foreach (var revision in Page.Revisions)
        {
            if (string.Equals(revision.Name, revisionName, StringComparison.OrdinalIgnoreCase))
            {
                usableLength = Math.Min(usableLength, revision.Size);
                break;
            }
        }

        return Declared.Current is null ? VersionStatus.Current : VersionStatus.Older;
    }

    /// <summary>
    /// Whether the live bytes of <see cref="Page"/> carry a version the layout refuses, judged from the version
    /// fields alone: a segment too short to be a page of this layout (a RaceRoom 2.x mapping of 39,320 bytes) says
    /// why by its version instead of by its size.
    /// </summary>
    /// <param name="live">The segment's bytes.</param>
    /// <param name="message">The one sentence to show, when refused.</param>
    public bool IsRefused(in LiveBytes live, out string? message)
    {
        message = null;
        if (Declared is null || !TryReadLive(live, _field, out var version))
        {
            return false;
        }

        var refused = (Declared.Exact && version != Declared.Current)
            || (TryReadLive(live, _minorField, out var minor) && _oldestMinor?.Minor is { } oldest && (_lastMinor = minor) < oldest);
        message = refused ? Warning(VersionStatus.Refused, version, 0) : null;
        return refused;
    }

    /// <summary>The one warning to show for <paramref name="status"/>, or null when there is nothing to say.</summary>
    public string? Warning(VersionStatus status, long version, int usableLength)
    {
        if (Declared is null)
        {
            return null;
        }

        var current = Declared.Current?.ToString(CultureInfo.InvariantCulture) ?? "?";
        return status switch
        {
            VersionStatus.Older => $"{Layout.Name}: {Declared.Field} is {version}, older than {current}; reading its first {usableLength} bytes, later fields are unavailable.",
            VersionStatus.Unknown when Declared.Exact => $"{Layout.Name}: {Declared.MinorField} is {_lastMinor}, newer than revision {_newestMinor?.Name} (the newest this layout knows); reading it as {_newestMinor?.Name}, fields added since are not read.",
            VersionStatus.Unknown => $"{Layout.Name}: {Declared.Field} is {version}, a version this layout does not know (known: {string.Join(", ", Declared.Known)}); reading it as version {current}, values may be wrong.",
            VersionStatus.Refused when version != Declared.Current => $"{Layout.Name}: {Declared.Field} is {version}, but this layout reads only version {current} of {Layout.Title} (its offsets differ); no frames are read from {Page?.NativeName}.",
            VersionStatus.Refused => $"{Layout.Name}: {Declared.MinorField} is {_lastMinor}, older than revision {_oldestMinor?.Name}, the oldest this layout reads (earlier minors moved offsets); no frames are read from {Page?.NativeName}.",
            _ => null,
        };
    }

    // A 32-bit version field read from live bytes (the versions of the games that gate are 32-bit integers).
    private static bool TryReadLive(in LiveBytes live, LayoutField? field, out long value)
    {
        value = 0;
        if (field is not { Size: 4 } || !live.TryReadCounter(field.Offset, out var raw))
        {
            return false;
        }

        value = field.Type == "u32" ? raw : unchecked((int)raw);
        return true;
    }

    private LayoutField? IntegerField(string name)
    {
        var field = Page?.Fields.FirstOrDefault(field => field.NativeName == name && !field.IsRelativeToElement);
        return field is not null && FieldValue.IsInteger(field) ? field : null;
    }
}
