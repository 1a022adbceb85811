using System;
using SimLayouts.Pcars2;

namespace SimLayouts.Runtime.Tests.Infrastructure;

/// <summary>Page bytes for tests, written through the generated writable views.</summary>
internal static class Pages
{
    /// <param name="sequence">The seqlock counter: 0 is a page no game has published (waited for on a live source).</param>
    public static byte[] Pcars2(uint version = 14, GameState state = GameState.IngamePlaying, float speed = 0f, int size = 20700, uint sequence = 0)
    {
        var page = new byte[Math.Max(size, SharedMemoryView.Size)];
        var writer = new SharedMemoryWritableView(page);
        writer.Version = version;
        writer.GameState = state;
        writer.Speed = speed;
        writer.SequenceNumber = sequence;
        return size < page.Length ? page[..size] : page;
    }
}
