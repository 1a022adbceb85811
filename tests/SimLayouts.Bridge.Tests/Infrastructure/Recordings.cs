using System;
using SimLayouts.Bridge.Simulation;
using SimLayouts.Pcars2;
using SimLayouts.Recording;

namespace SimLayouts.Bridge.Tests.Infrastructure;

/// <summary>Recordings for tests, written with the runtime's writer from the simulator's pages.</summary>
internal static class Recordings
{
    /// <summary>A pcars2 recording of <paramref name="frames"/> frames, <paramref name="apart"/> apart in recorded time.</summary>
    public static void WritePcars2(string path, int frames, TimeSpan apart)
    {
        using var writer = RecordingWriter.Create(path, Pcars2Layout.Description, DateTimeOffset.UnixEpoch);
        var simulator = new Pcars2Simulator();
        var page = new byte[SharedMemoryLayout.Size];
        for (var frame = 0; frame < frames; frame++)
        {
            simulator.Advance(apart);
            simulator.WritePage(page);
            writer.BeginFrame(apart * frame);
            writer.AddPage(0, page);
            writer.EndFrame();
        }
    }
}
