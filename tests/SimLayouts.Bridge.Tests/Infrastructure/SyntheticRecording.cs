using System;
using SimLayouts.Bridge.Simulation;
using SimLayouts.Reading;
using SimLayouts.Recording;

namespace SimLayouts.Bridge.Tests.Infrastructure;

/// <summary>
/// Writes a recording of a simulated session as <c>simlayouts record --source sim</c> would, but on a manual clock:
/// a 30-minute session takes seconds, and every frame is a real page of the game's simulator.
/// </summary>
internal static class SyntheticRecording
{
    /// <summary>Records <paramref name="duration"/> of <paramref name="layout"/>'s simulator at <paramref name="rate"/> frames a second; returns the frames written.</summary>
    public static long Write(string path, LayoutDescription layout, TimeSpan duration, double rate = 60)
    {
        var clock = new ManualClock();
        if (!SimulatorSource.TryCreate(layout, out var source, time: clock))
        {
            throw new ArgumentException($"{layout.Name} has no simulator.", nameof(layout));
        }

        using var reader = new LayoutReader(layout, source, new LayoutReaderOptions { Time = clock });
        using var writer = RecordingWriter.Create(path, layout, clock.GetUtcNow());
        var step = TimeSpan.FromSeconds(1 / rate);
        for (var elapsed = TimeSpan.Zero; elapsed < duration; elapsed += step)
        {
            clock.Advance(step);
            if (reader.Poll(out var frame) == PollResult.Frame)
            {
                using (frame)
                {
                    writer.WriteFrame(frame!);
                }
            }
        }

        return writer.FramesWritten;
    }
}
