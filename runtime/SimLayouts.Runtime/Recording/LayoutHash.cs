using System;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SimLayouts.Recording;

/// <summary>
/// A SHA-256 fingerprint of what a recording's bytes mean: every page's name, segment, size and consistency
/// counter, and every field row (path, type, offset, dims, sizes). Editing a layout changes the hash, so a
/// recording is never replayed against offsets it was not made with.
/// </summary>
internal static class LayoutHash
{
    /// <summary>The length of the hash in bytes.</summary>
    public const int Length = 32;

    /// <summary>The fingerprint of <paramref name="layout"/>.</summary>
    public static byte[] Compute(LayoutDescription layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var text = new StringBuilder();
        text.Append("layout|").Append(layout.Name).Append('\n');
        foreach (var page in layout.Pages)
        {
            text.Append(CultureInfo.InvariantCulture, $"page|{page.NativeName}|{page.SegmentName}|{page.Size}|{page.Consistency}|{page.CounterOffset}\n");
            foreach (var field in page.Fields)
            {
                text.Append(CultureInfo.InvariantCulture, $"{field.Path}|{field.Type}|{field.Offset}|{field.DimsText}|{field.ElementSize}|{field.Size}\n");
            }
        }

        return SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
    }
}
