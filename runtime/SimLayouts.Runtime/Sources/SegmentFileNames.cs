using System;
using System.IO;

namespace SimLayouts.Sources;

/// <summary>
/// Maps segment names to file names the way Proton/Wine bridges do: the Windows namespace prefix
/// (<c>Local\</c>, <c>Global\</c>) is dropped, so <c>Local\acevo_pmf_physics</c> is <c>/dev/shm/acevo_pmf_physics</c>.
/// </summary>
internal static class SegmentFileNames
{
    /// <summary>The file name for <paramref name="segmentName"/>.</summary>
    /// <exception cref="ArgumentException">The name is empty or would leave the directory.</exception>
    public static string FileName(string segmentName)
    {
        ArgumentException.ThrowIfNullOrEmpty(segmentName);
        var name = segmentName;
        foreach (var prefix in (ReadOnlySpan<string>)["Local\\", "Global\\"])
        {
            if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                name = name[prefix.Length..];
                break;
            }
        }

        if (name.Length == 0 || name is "." or ".." || name.AsSpan().IndexOfAny('/', '\\') >= 0 || name.AsSpan().IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
        {
            throw new ArgumentException($"Segment name '{segmentName}' cannot be used as a file name.", nameof(segmentName));
        }

        return name;
    }
}
