using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;

namespace SimLayouts.Bridge.Frames;

/// <summary>
/// The frame formats the bridge writes, by the name a layout gives in <c>bridge: { frame: … }</c>
/// (<see cref="BridgeDescription.Frame"/>; <c>pages</c> when it gives none). A game is data: its layout picks one of
/// these names; only a new kind of frame is code (a <see cref="FrameFormat"/> and its line here).
/// </summary>
public static class FrameFormats
{
    private static readonly (string Name, Factory Create)[] Known =
    [
        (PagesFrameFormat.Name, PagesFrameFormat.TryCreate),
        (Pcars2FrameFormat.Name, Pcars2FrameFormat.TryCreate),
    ];

    private delegate bool Factory(LayoutDescription layout, [NotNullWhen(true)] out FrameFormat? format, [NotNullWhen(false)] out string? error);

    /// <summary>The names of the formats the bridge knows.</summary>
    public static IReadOnlyList<string> Names { get; } = Array.AsReadOnly(Known.Select(known => known.Name).ToArray());

    /// <summary>
    /// Creates the format <paramref name="layout"/> names (a new instance each call: a format may hold scratch space),
    /// or explains in one sentence why there is none.
    /// </summary>
    public static bool TryCreate(LayoutDescription layout, [NotNullWhen(true)] out FrameFormat? format, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(layout);
        foreach (var (name, create) in Known)
        {
            if (string.Equals(name, layout.Bridge.Frame, StringComparison.Ordinal))
            {
                return create(layout, out format, out error);
            }
        }

        format = null;
        error = $"{layout.Name} names the frame format '{layout.Bridge.Frame}' (bridge.frame), which this bridge does not know; it writes {string.Join(", ", Names)}.";
        return false;
    }
}
