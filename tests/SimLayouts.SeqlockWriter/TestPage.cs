using System;
using System.Runtime.InteropServices;
using SimLayouts.Pcars2;

namespace SimLayouts.SeqlockWriter;

/// <summary>
/// The pages the writer process publishes: every 32-bit word carries one update number, but for the version, the
/// game state (a v14 page of a game that is playing, so readers attach) and the seqlock counter. The tests that
/// read them use <see cref="IsWhole"/>.
/// </summary>
public static class TestPage
{
    private const int VersionWord = 0;
    private const int GameStateWord = 2;
    private const int CounterWord = 7320 / sizeof(uint);

    /// <summary>Fills <paramref name="page"/> with <paramref name="update"/>.</summary>
    public static void Fill(Span<byte> page, uint update)
    {
        MemoryMarshal.Cast<byte, uint>(page).Fill(update);
        var writer = new SharedMemoryWritableView(page);
        writer.Version = 14;
        writer.GameState = GameState.IngamePlaying;
    }

    /// <summary>
    /// Whether <paramref name="page"/> holds one update (all its words but the version, game state and counter
    /// equal): a copy that mixed two updates, or a whole page with the zeros of a cut-short file, does not.
    /// </summary>
    public static bool IsWhole(ReadOnlySpan<byte> page, out uint update)
    {
        var words = MemoryMarshal.Cast<byte, uint>(page);
        update = words.Length > 1 ? words[1] : 0;
        for (var index = 0; index < words.Length; index++)
        {
            if (index is not (VersionWord or GameStateWord or CounterWord) && words[index] != update)
            {
                return false;
            }
        }

        return true;
    }
}
