using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SimLayouts.Reading;
using SimLayouts.Sources;

namespace SimLayouts.Bridge.Detection;

/// <summary>What <see cref="GameDetector"/> found: the layout whose game publishes the segments, or null and why not.</summary>
/// <param name="Layout">The game, or null when the pages do not say.</param>
/// <param name="Reason">One sentence: how it was told, or why it cannot be.</param>
internal sealed record GameDetection(LayoutDescription? Layout, string Reason);

/// <summary>
/// Tells from the pages themselves which game publishes segments that several layouts share (Assetto Corsa and
/// Assetto Corsa Competizione both write <c>Local\acpmf_physics</c>, <c>_graphics</c> and <c>_static</c>). Generic
/// over layouts: it uses only what each layout declares (segment names, page sizes, presence), no game names.
/// </summary>
/// <remarks>
/// The rule: a game writes only inside its own pages, and the game mapping or file holds zeros past what it wrote.
/// <list type="number">
/// <item>The layouts are grouped by the segments they read; a group none of whose segments exists is not running.</item>
/// <item>In a group with one layout, that layout is the game.</item>
/// <item>Otherwise each present segment's written extent (the offset after its last non-zero byte) is measured, and
/// the layouts whose page for that segment is at least that long on every segment hold the pages.</item>
/// <item>One layout holds them: that is the game (ACC writes past AC1's 296-byte graphics page and 684-byte static page).</item>
/// <item>Several hold them: the one with the smallest pages is the game when its presence fields say the game is
/// there (a live game of the larger layout writes past the smaller pages: ACC's car list and clock). When the
/// game is not live, or nothing was written, the pages cannot tell.</item>
/// </list>
/// </remarks>
internal static class GameDetector
{
    /// <summary>Looks at the segments of <paramref name="layouts"/> in <paramref name="source"/> and names the game publishing them.</summary>
    public static GameDetection Detect(ISegmentSource source, IReadOnlyList<LayoutDescription> layouts)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(layouts);
        var found = new List<GameDetection>();
        foreach (var group in layouts.GroupBy(SegmentKey, StringComparer.Ordinal))
        {
            var pages = ReadSegments(source, group.First());
            if (pages.Count > 0)
            {
                found.Add(DetectAmong([.. group], pages));
            }
        }

        var detected = found.Where(detection => detection.Layout is not null).ToList();
        return detected.Count switch
        {
            1 => detected[0],
            > 1 => new GameDetection(null, $"several games publish their shared memory: {string.Join(", ", detected.Select(detection => detection.Layout!.Name))}; pass the one to read."),
            _ when found.Count > 0 => found[0],
            _ => new GameDetection(null, $"no game's shared memory is there ({source.Description})."),
        };
    }

    private static GameDetection DetectAmong(IReadOnlyList<LayoutDescription> candidates, IReadOnlyDictionary<string, byte[]> pages)
    {
        var segments = string.Join(", ", pages.Keys);
        if (candidates.Count == 1)
        {
            return new GameDetection(candidates[0], $"{candidates[0].Name} is the only game that publishes {segments}.");
        }

        var names = string.Join(" and ", candidates.Select(layout => layout.Name));
        var extents = pages.ToDictionary(page => page.Key, page => page.Value.AsSpan().LastIndexOfAnyExcept((byte)0) + 1, StringComparer.Ordinal);
        if (extents.Values.All(extent => extent == 0))
        {
            return new GameDetection(null, $"cannot tell which game publishes {segments} ({names} share them): the pages hold only zeros, so no game has written them yet.");
        }

        var holders = candidates
            .Where(layout => extents.All(extent => PageOf(layout, extent.Key) is { } page && extent.Value <= page.Size))
            .OrderBy(layout => layout.Pages.Sum(page => page.Size))
            .ToList();
        var written = string.Join(", ", extents.Select(extent => $"{extent.Key} up to byte {extent.Value.ToString(CultureInfo.InvariantCulture)}"));
        if (holders.Count == 0)
        {
            return new GameDetection(null, $"cannot tell which game publishes {segments}: bytes are written past the pages of {names} ({written}).");
        }

        if (holders.Count == 1)
        {
            return new GameDetection(holders[0], $"{holders[0].Name}: only its pages hold what is written ({written}).");
        }

        var smallest = holders[0];
        return IsLive(smallest, pages)
            ? new GameDetection(smallest, $"{smallest.Name}: the game is live and writes nothing past its pages ({written}), where {string.Join(" and ", holders.Skip(1).Select(layout => layout.Name))} would.")
            : new GameDetection(null, $"cannot tell which game publishes {segments}: what is written ({written}) fits {string.Join(" and ", holders.Select(layout => layout.Name))}, and the game is not live; try again in a session, or name the game.");
    }

    /// <summary>Whether every page of <paramref name="layout"/> with a presence declaration says the game is there.</summary>
    private static bool IsLive(LayoutDescription layout, IReadOnlyDictionary<string, byte[]> pages)
    {
        // The runtime's own presence rules, so detection and the reader agree on what "the game is there" means; a
        // page that is missing or too short to hold its presence field says nothing, so it is not live either.
        var rules = PresenceRule.FromLayout(layout);
        foreach (var rule in rules)
        {
            if (!pages.TryGetValue(rule.Page.SegmentName, out var bytes)
                || !FieldValue.TryReadInteger(bytes, rule.Presence.Field, out _)
                || rule.IsAbsent(bytes, out _))
            {
                return false;
            }
        }

        return rules.Count > 0;
    }

    /// <summary>The bytes of each segment of <paramref name="layout"/> that exists, keyed by segment name.</summary>
    private static Dictionary<string, byte[]> ReadSegments(ISegmentSource source, LayoutDescription layout)
    {
        var pages = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var page in layout.Pages)
        {
            using var segment = OpenOrNull(source, page.SegmentName);
            if (segment is null)
            {
                continue;
            }

            segment.Refresh();

            // Enough for the longest page any layout declares, so bytes written past the shorter ones show.
            var bytes = new byte[Math.Min(segment.Length, MaxPageSize)];
            var copied = segment.Live.CopyTo(bytes);
            pages[page.SegmentName] = bytes[..copied];
        }

        return pages;
    }

    private static int MaxPageSize => BuiltInLayouts.All.SelectMany(layout => layout.Pages).Max(page => page.Size);

    private static ISegment? OpenOrNull(ISegmentSource source, string segmentName)
    {
        try
        {
            return source.TryOpen(segmentName);
        }
        catch (System.IO.IOException)
        {
            // A segment that cannot be read tells nothing about which game wrote it.
            return null;
        }
    }

    private static PageDescription? PageOf(LayoutDescription layout, string segmentName) =>
        layout.Pages.FirstOrDefault(page => string.Equals(page.SegmentName, segmentName, StringComparison.Ordinal));

    private static string SegmentKey(LayoutDescription layout) =>
        string.Join("\n", layout.Pages.Select(page => page.SegmentName).Order(StringComparer.Ordinal));
}
