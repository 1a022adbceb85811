using System;
using System.Linq;
using System.Runtime.CompilerServices;
using NUnit.Framework;
using SimLayouts.Bridge.Frames;
using SimLayouts.Bridge.Simulation;
using SimLayouts.Pcars2;
using SimLayouts.Reading;

namespace SimLayouts.Bridge.Tests.Frames;

/// <summary>Writing frames allocates nothing once the buffer has grown: the bridge's steady state.</summary>
/// <remarks>
/// Allocations are counted inside methods of their own (<see cref="MethodImplOptions.NoInlining"/>) that do nothing
/// but write frames between the two readings of <see cref="GC.GetAllocatedBytesForCurrentThread"/>. Measured in
/// the test method itself, a Release build keeps the difference on the IL stack and the JIT allocates the next
/// statement's boxed constant (<c>Is.GreaterThan(1_000)</c> takes an object) before the second reading: a
/// constant 24 bytes that no frame allocated.
/// </remarks>
[TestFixture]
public sealed class FrameAllocationTests
{
    private const int WarmUpFrames = 10;
    private const int MeasuredFrames = 2_000;

    [TestCase("plausible race")]
    [TestCase("invalid UTF-8 in every string")]
    [TestCase("huge values for every rounding")]
    [TestCase("mNumParticipants 1000")]
    public void Steady_state_pcars2_frames_allocate_zero_bytes(string pageName)
    {
        var page = GoldenPages.All().Single(candidate => candidate.Name == pageName).Bytes;
        using var buffer = new JsonFrameBuffer();
        var capturedAt = DateTimeOffset.UtcNow;
        WritePcars2Frames(buffer, page, capturedAt, 0, WarmUpFrames);

        var allocated = BytesAllocatedWritingPcars2Frames(buffer, page, capturedAt, WarmUpFrames, MeasuredFrames);

        Assert.That(buffer.End().Length, Is.GreaterThan(1_000), "a real frame was written");
        Assert.That(allocated, Is.Zero, $"bytes allocated over {MeasuredFrames} frames");
    }

    [TestCase("pcars2")]
    [TestCase("acevo")]
    public void Steady_state_frames_of_every_game_allocate_zero_bytes(string game)
    {
        // The bridge's own path: a polled LayoutFrame through the game's FrameFormat into a JsonFrameBuffer.
        Assert.That(BuiltInLayouts.TryGet(game, out var layout), Is.True);
        Assert.That(FrameFormats.TryCreate(layout!, out var format, out var error), Is.True, error);
        Assert.That(SimulatorSource.TryCreate(layout!, out var source), Is.True);
        using var reader = new LayoutReader(layout!, source!);
        Assert.That(reader.Poll(out var frame), Is.EqualTo(PollResult.Frame));
        using (frame)
        {
            using var buffer = new JsonFrameBuffer();
            var capturedAt = DateTimeOffset.UtcNow;
            WriteFrames(format!, buffer, frame!, capturedAt, 0, WarmUpFrames);

            var allocated = BytesAllocatedWritingFrames(format!, buffer, frame!, capturedAt, WarmUpFrames, MeasuredFrames);

            Assert.That(buffer.End().Length, Is.GreaterThan(1_000), "a real frame was written");
            Assert.That(allocated, Is.Zero, $"bytes allocated over {MeasuredFrames} frames");
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static long BytesAllocatedWritingPcars2Frames(JsonFrameBuffer buffer, byte[] page, DateTimeOffset capturedAt, long first, int count)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        WritePcars2Frames(buffer, page, capturedAt, first, count);
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static long BytesAllocatedWritingFrames(FrameFormat format, JsonFrameBuffer buffer, LayoutFrame frame, DateTimeOffset capturedAt, long first, int count)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        WriteFrames(format, buffer, frame, capturedAt, first, count);
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    private static void WritePcars2Frames(JsonFrameBuffer buffer, byte[] page, DateTimeOffset capturedAt, long first, int count)
    {
        for (var sequence = first; sequence < first + count; sequence++)
        {
            Pcars2FrameWriter.Write(buffer.Begin(), new SharedMemoryView(page), sequence, capturedAt.AddTicks(sequence * 10));
            buffer.End();
        }
    }

    private static void WriteFrames(FrameFormat format, JsonFrameBuffer buffer, LayoutFrame frame, DateTimeOffset capturedAt, long first, int count)
    {
        for (var sequence = first; sequence < first + count; sequence++)
        {
            format.Write(buffer.Begin(), frame, sequence, capturedAt.AddTicks(sequence * 10));
            buffer.End();
        }
    }
}
