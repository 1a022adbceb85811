using System;
using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Threading;
using SimLayouts.Publishing;
using SimLayouts.R3e;

namespace SimLayouts.SeqlockWriter;

/// <summary>
/// Writes RaceRoom pages as the game does, with no protocol: the physics tick counter first (it sits near the start
/// of the page), then the rest, straight into the mapping, about once a millisecond (the game updates at its
/// physics rate and rests between updates). Every word but the versions carries the update number
/// (<see cref="UnprotectedPage.IsWhole"/>).
/// </summary>
internal static class UnprotectedWriter
{
    public static void Run(string shmDirectory, Action ready, CancellationToken stop)
    {
        using var segment = PublishedSegment.Create(SharedLayout.SegmentName, SharedLayout.Size, shmDirectory);
        uint update = 0;
        UnprotectedPage.Write(segment.Bytes, ++update);
        ready();
        while (!stop.IsCancellationRequested)
        {
            UnprotectedPage.Write(segment.Bytes, ++update);
            Thread.Sleep(1);
        }
    }
}

/// <summary>The RaceRoom pages of <see cref="UnprotectedWriter"/>.</summary>
public static class UnprotectedPage
{
    private static readonly int TicksWord = (SharedLayout.Offsets.Player + R3ePlayerdataLayout.Offsets.GameSimulationTicks) / sizeof(uint);

    /// <summary>The byte offset of the tick counter, which the writer bumps first.</summary>
    public static int TicksOffset => TicksWord * sizeof(uint);

    /// <summary>Writes update <paramref name="update"/> into the live page: versions, ticks, then every other word.</summary>
    public static void Write(Span<byte> live, uint update)
    {
        var view = new SharedWritableView(live);
        view.VersionMajor = R3eConstants.R3eVersionMajor;
        view.VersionMinor = R3eConstants.R3eVersionMinor;
        BinaryPrimitives.WriteUInt32LittleEndian(live[TicksOffset..], update);
        var words = MemoryMarshal.Cast<byte, uint>(live[..SharedLayout.Size]);
        for (var index = 2; index < words.Length; index++)
        {
            if (index != TicksWord)
            {
                Volatile.Write(ref words[index], update);
            }
        }
    }

    /// <summary>Whether <paramref name="page"/> holds one update: every word but the versions carries the same number.</summary>
    public static bool IsWhole(ReadOnlySpan<byte> page, out uint update)
    {
        var words = MemoryMarshal.Cast<byte, uint>(page);
        update = words.Length > TicksWord ? words[TicksWord] : 0;
        for (var index = 2; index < words.Length; index++)
        {
            if (words[index] != update)
            {
                return false;
            }
        }

        return true;
    }
}
