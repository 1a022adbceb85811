using System;
using System.Collections.Generic;
using System.Diagnostics;
using SimLayouts.Snapshots;
using SimLayouts.Sources;

namespace SimLayouts.Runtime.Tests.Infrastructure;

/// <summary>Whether a page the writer process wrote is whole (every word from one update), and which update.</summary>
internal delegate bool WholePage(ReadOnlySpan<byte> page, out uint update);

/// <summary>
/// Reads a page a <see cref="WriterProcess"/> keeps rewriting: through a protocol's snapshot reader (how many copies
/// it accepted, how many of them torn) and as plain copies (which must tear, else a test built on this proves
/// nothing). Loops are bounded in time: on a loaded machine the writer may get little CPU.
/// </summary>
internal static class TearingMeasurement
{
    /// <summary>
    /// Full snapshots (no previous one, so never a shortcut) until <paramref name="required"/> were accepted and the
    /// writer was seen at <paramref name="minimumUpdates"/> distinct updates, or <paramref name="bound"/> passed.
    /// </summary>
    public static (int Accepted, int Torn, int Updates) Snapshots(SnapshotReader reader, ISegment segment, WholePage isWhole, int required, int minimumUpdates, TimeSpan bound)
    {
        var accepted = 0;
        var torn = 0;
        var updates = new HashSet<uint>();
        var deadline = Stopwatch.StartNew();
        while ((accepted < required || updates.Count < minimumUpdates) && deadline.Elapsed < bound)
        {
            if (reader.TryRead(segment, previous: null, out var snapshot) != SnapshotStatus.New)
            {
                continue;
            }

            using (snapshot)
            {
                accepted++;
                torn += isWhole(snapshot!.Bytes, out var update) ? 0 : 1;
                updates.Add(update);
            }
        }

        return (accepted, torn, updates.Count);
    }

    /// <summary>
    /// Plain copies of the first <paramref name="copied"/> bytes, checked as a page of <paramref name="pageSize"/>
    /// bytes (zeros after the copy, as a hinted snapshot reads), until <paramref name="required"/> copies with at
    /// least one torn, 100 torn, or <paramref name="bound"/>.
    /// </summary>
    public static (int Copies, int Torn) PlainCopies(ISegment segment, int copied, int pageSize, WholePage isWhole, int required, TimeSpan bound)
    {
        var copies = 0;
        var torn = 0;
        var page = new byte[pageSize];
        var deadline = Stopwatch.StartNew();
        while ((copies < required || torn == 0) && torn < 100 && deadline.Elapsed < bound)
        {
            segment.Live.CopyTo(page.AsSpan(0, copied));
            copies++;
            torn += isWhole(page, out _) ? 0 : 1;
        }

        return (copies, torn);
    }
}
