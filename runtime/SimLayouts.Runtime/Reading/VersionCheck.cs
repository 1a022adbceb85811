using System;
using System.Globalization;
using System.Linq;

namespace SimLayouts.Reading;

/// <summary>
/// Checks the version field a layout declares (<c>version: { field, current, known }</c>). An older known
/// version is read with its fields only: if the page declares a revision named <c>v{version}</c>
/// (<c>v12</c>), bytes beyond that revision's size are treated as absent, so the generated <c>HasX</c> members
/// report the fields the older version lacks as unavailable.
/// </summary>
internal sealed class VersionCheck
{
    private readonly LayoutField? _field;

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
            _field = Page?.Fields.FirstOrDefault(field => field.NativeName == Declared.Field && !field.IsRelativeToElement);
            if (_field is not null && !FieldValue.IsInteger(_field))
            {
                _field = null;
            }
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
            VersionStatus.Unknown => $"{Layout.Name}: {Declared.Field} is {version}, a version this layout does not know (known: {string.Join(", ", Declared.Known)}); reading it as version {current}, values may be wrong.",
            _ => null,
        };
    }
}
