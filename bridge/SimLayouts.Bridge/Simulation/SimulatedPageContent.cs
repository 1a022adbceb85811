using System;
using System.Globalization;

namespace SimLayouts.Bridge.Simulation;

/// <summary>
/// What the Assetto Corsa family's simulators (AC1, ACC, AC EVO) write alike: a page cleared but for its counter, lap
/// times as milliseconds and as the display text the games put beside them, and a driver's name split as their
/// static pages hold it.
/// </summary>
internal static class SimulatedPageContent
{
    /// <summary>Clears the first <paramref name="size"/> bytes of <paramref name="page"/> but the 4-byte counter at <paramref name="counterOffset"/>.</summary>
    /// <exception cref="ArgumentException">The page is shorter than <paramref name="size"/>.</exception>
    public static void ClearKeepingCounter(Span<byte> page, int size, int counterOffset)
    {
        if (page.Length < size)
        {
            throw new ArgumentException($"The page holds {size} bytes.", nameof(page));
        }

        var counter = page.Slice(counterOffset, sizeof(int));
        Span<byte> kept = stackalloc byte[sizeof(int)];
        counter.CopyTo(kept);
        page[..size].Clear();
        kept.CopyTo(counter);
    }

    /// <summary>Clears the first <paramref name="size"/> bytes of a page without a counter (a static page).</summary>
    /// <exception cref="ArgumentException">The page is shorter than <paramref name="size"/>.</exception>
    public static void Clear(Span<byte> page, int size)
    {
        if (page.Length < size)
        {
            throw new ArgumentException($"The page holds {size} bytes.", nameof(page));
        }

        page[..size].Clear();
    }

    /// <summary>Seconds as whole milliseconds.</summary>
    public static int Milliseconds(double seconds) => (int)Math.Round(seconds * 1000);

    /// <summary>A lap time as the games display it (<c>1:23.456</c>), <c>-:--.---</c> when there is none.</summary>
    public static string LapTimeText(int milliseconds) =>
        milliseconds <= 0 ? "-:--.---" : TimeSpan.FromMilliseconds(milliseconds).ToString(@"m\:ss\.fff", CultureInfo.InvariantCulture);

    /// <summary>The first word of a driver's name.</summary>
    public static string FirstName(string name) => name.Split(' ', 2)[0];

    /// <summary>The rest of a driver's name after its first word, or empty.</summary>
    public static string Surname(string name) => name.Contains(' ', StringComparison.Ordinal) ? name.Split(' ', 2)[1] : string.Empty;
}
