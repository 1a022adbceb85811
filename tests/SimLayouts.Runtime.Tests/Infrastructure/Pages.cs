using System;
using SimLayouts.Pcars2;

namespace SimLayouts.Runtime.Tests.Infrastructure;

/// <summary>Page bytes for tests, written through the generated writable views.</summary>
internal static class Pages
{
    public static byte[] Pcars2(uint version = 14, GameState state = GameState.IngamePlaying, float speed = 0f, int size = 20700)
    {
        var page = new byte[Math.Max(size, SharedMemoryView.Size)];
        var writer = new SharedMemoryWritableView(page);
        writer.Version = version;
        writer.GameState = state;
        writer.Speed = speed;
        return size < page.Length ? page[..size] : page;
    }
}
