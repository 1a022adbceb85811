using System;
using BenchmarkDotNet.Attributes;
using SimLayouts.Bridge.Frames;
using SimLayouts.Bridge.Simulation;
using SimLayouts.Pcars2;

namespace SimLayouts.Benchmarks;

/// <summary>
/// The bridge's hot path: one seed-compatible pcars2 frame built from a page and serialized to compact UTF-8 JSON,
/// on a simulated 24-car race page (the same page the Python oracle's --bench runs on, see docs/benchmarks.md).
/// </summary>
[MemoryDiagnoser]
public class FrameBenchmarks
{
    private readonly byte[] _page = CreatePage();
    private readonly JsonFrameBuffer _buffer = new();
    private long _sequence;

    /// <summary>The benchmark page: the default simulator 200 s into its race (cars spread out, laps timed).</summary>
    public static byte[] CreatePage()
    {
        var simulator = new Pcars2Simulator();
        simulator.Advance(TimeSpan.FromSeconds(200));
        var page = new byte[SharedMemoryLayout.Size];
        simulator.WritePage(page);
        return page;
    }

    /// <summary>Build and serialize one frame, reading the clock as the bridge does; returns the frame's length.</summary>
    [Benchmark]
    public int BuildAndSerializeFrame()
    {
        Pcars2FrameWriter.Write(_buffer.Begin(), new SharedMemoryView(_page), _sequence++, DateTimeOffset.UtcNow);
        return _buffer.End().Length;
    }

    /// <summary>Releases the writer.</summary>
    [GlobalCleanup]
    public void Cleanup() => _buffer.Dispose();
}
