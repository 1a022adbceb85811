using System;
using BenchmarkDotNet.Attributes;
using SimLayouts.AcEvo;
using SimLayouts.Bridge.Frames;
using SimLayouts.Bridge.Simulation;
using SimLayouts.Pcars2;
using SimLayouts.Reading;

namespace SimLayouts.Benchmarks;

/// <summary>
/// The bridge's hot path: one frame built from the game's pages and serialized to compact UTF-8 JSON. pcars2: the
/// seed-compatible frame of a simulated 24-car race page (the same page the Python oracle's --bench runs on, see
/// docs/benchmarks.md). AC EVO: its layout's frame format (the generic pages frame) over a polled frame of its three simulated pages.
/// </summary>
[MemoryDiagnoser]
public class FrameBenchmarks
{
    // How far into the simulated race the pages are taken: cars spread out, laps timed.
    private static readonly TimeSpan RaceTime = TimeSpan.FromSeconds(200);

    private readonly byte[] _page = CreatePage();
    private readonly JsonFrameBuffer _buffer = new();
    private long _sequence;
    private LayoutReader? _acEvoReader;
    private LayoutFrame? _acEvoFrame;
    private FrameFormat? _acEvoFormat;

    /// <summary>The pcars2 benchmark page: the default simulator 200 s into its race.</summary>
    public static byte[] CreatePage()
    {
        var simulator = new Pcars2Simulator();
        simulator.Advance(RaceTime);
        var page = new byte[SharedMemoryLayout.Size];
        simulator.WritePage(page);
        return page;
    }

    /// <summary>Takes one AC EVO frame from the built-in simulator, 200 s into its race, as the bridge polls it.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var layout = AcEvoLayout.Description;
        var clock = new SteppedClock();
        if (!SimulatorSource.TryCreate(layout, out var source, time: clock) || !FrameFormats.TryCreate(layout, out _acEvoFormat, out _))
        {
            throw new InvalidOperationException("The bridge cannot simulate or write AC EVO frames.");
        }

        source.Advance();
        for (var second = 0; second < RaceTime.TotalSeconds; second++)
        {
            clock.Step(TimeSpan.FromSeconds(1));
            source.Advance();
        }

        _acEvoReader = new LayoutReader(layout, source);
        if (_acEvoReader.Poll(out _acEvoFrame) != PollResult.Frame)
        {
            throw new InvalidOperationException("The AC EVO simulator gave no frame.");
        }
    }

    /// <summary>Build and serialize one pcars2 frame, reading the clock as the bridge does; returns the frame's length.</summary>
    [Benchmark]
    public int BuildAndSerializeFrame()
    {
        Pcars2FrameWriter.Write(_buffer.Begin(), new SharedMemoryView(_page), _sequence++, DateTimeOffset.UtcNow);
        return _buffer.End().Length;
    }

    /// <summary>Build and serialize one AC EVO frame through its frame format, as the bridge does; returns the frame's length.</summary>
    [Benchmark]
    public int BuildAndSerializeAcEvoFrame()
    {
        _acEvoFormat!.Write(_buffer.Begin(), _acEvoFrame!, _sequence++, DateTimeOffset.UtcNow);
        return _buffer.End().Length;
    }

    /// <summary>Releases the writer and the AC EVO frame.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _acEvoFrame?.Dispose();
        _acEvoReader?.Dispose();
        _buffer.Dispose();
    }

    /// <summary>A clock that moves only when told, so the simulator's race advances by exact steps.</summary>
    private sealed class SteppedClock : TimeProvider
    {
        private long _timestamp;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _timestamp;

        public void Step(TimeSpan elapsed) => _timestamp += elapsed.Ticks;
    }
}
