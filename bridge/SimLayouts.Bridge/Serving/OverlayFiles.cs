using System;
using System.Collections.Generic;
using System.IO;

namespace SimLayouts.Bridge.Serving;

/// <summary>
/// The overlay page's files, compiled into the program (Serving/Overlay: plain HTML, CSS and JavaScript, no build
/// step, nothing from a CDN), read once and served from memory.
/// </summary>
internal static class OverlayFiles
{
    private static readonly (string Name, string ContentType)[] Files =
    [
        ("index.html", "text/html; charset=utf-8"),
        ("overlay.css", "text/css; charset=utf-8"),
        ("overlay.js", "text/javascript; charset=utf-8"),
    ];

    /// <summary>Every file by its URL path (<c>/</c> for the page), with its content type.</summary>
    public static IReadOnlyDictionary<string, (byte[] Bytes, string ContentType)> Load()
    {
        var files = new Dictionary<string, (byte[], string)>(StringComparer.Ordinal);
        foreach (var (name, contentType) in Files)
        {
            using var stream = typeof(OverlayFiles).Assembly.GetManifestResourceStream("overlay/" + name)
                ?? throw new InvalidOperationException($"The overlay file {name} is not compiled into the program.");
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            files[name == "index.html" ? "/" : "/" + name] = (copy.ToArray(), contentType);
        }

        return files;
    }
}
