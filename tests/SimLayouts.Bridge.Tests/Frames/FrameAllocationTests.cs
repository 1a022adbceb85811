using System;
using System.Linq;
using NUnit.Framework;
using SimLayouts.Bridge.Frames;
using SimLayouts.Pcars2;

namespace SimLayouts.Bridge.Tests.Frames;

/// <summary>Writing frames allocates nothing once the buffer has grown: the bridge's steady state.</summary>
[TestFixture]
public sealed class FrameAllocationTests
{
    [TestCase("plausible race")]
    [TestCase("invalid UTF-8 in every string")]
    [TestCase("huge values for every rounding")]
    [TestCase("mNumParticipants 1000")]
    public void Steady_state_frames_allocate_zero_bytes(string pageName)
    {
        var page = GoldenPages.All().Single(candidate => candidate.Name == pageName).Bytes;
        using var buffer = new JsonFrameBuffer();
        var capturedAt = DateTimeOffset.UtcNow;
        var length = WriteFrames(buffer, page, capturedAt, 0, 10);

        var before = GC.GetAllocatedBytesForCurrentThread();
        WriteFrames(buffer, page, capturedAt, 10, 2_000);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.That(length, Is.GreaterThan(1_000), "a real frame was written");
        Assert.That(allocated, Is.Zero, "bytes allocated over 2,000 frames");
    }

    private static int WriteFrames(JsonFrameBuffer buffer, byte[] page, DateTimeOffset capturedAt, long first, int count)
    {
        var length = 0;
        for (var sequence = first; sequence < first + count; sequence++)
        {
            var writer = buffer.Begin();
            Pcars2FrameWriter.Write(writer, new SharedMemoryView(page), sequence, capturedAt.AddTicks(sequence * 10));
            length = buffer.End().Length;
        }

        return length;
    }
}
