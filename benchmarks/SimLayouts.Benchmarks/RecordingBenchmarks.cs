using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using BenchmarkDotNet.Attributes;
using SimLayouts.Pcars2;
using SimLayouts.Recording;

namespace SimLayouts.Benchmarks;

/// <summary>
/// Recording a 60 Hz pcars2 race (<see cref="SyntheticRaceSession"/>): CPU per frame for delta encoding,
/// Brotli and the CRC. The pages are generated up front so only recording is measured; the size a minute of
/// racing takes is measured once in setup and printed (bytes per second against the raw 1.24 MB/s).
/// </summary>
[MemoryDiagnoser]
public class RecordingBenchmarks
{
    private const int SessionFrames = 60 * SyntheticRaceSession.FramesPerSecond;
    private byte[][] _frames = [];
    private RecordingWriter? _writer;
    private int _next;
    private long _frameNumber;

    /// <summary>Generates one minute of racing and reports what recording it takes.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var session = new SyntheticRaceSession();
        _frames = new byte[SessionFrames][];
        for (var frame = 0; frame < SessionFrames; frame++)
        {
            session.Advance();
            _frames[frame] = session.Page.ToArray();
        }

        using (var sizing = new RecordingWriter(Stream.Null, Pcars2Layout.Description, DateTimeOffset.UnixEpoch))
        {
            var started = Stopwatch.GetTimestamp();
            for (var frame = 0; frame < SessionFrames; frame++)
            {
                Record(sizing, frame, frame);
            }

            var elapsed = Stopwatch.GetElapsedTime(started);
            var seconds = SessionFrames / (double)SyntheticRaceSession.FramesPerSecond;
            var perSecond = sizing.BytesWritten / seconds;
            var raw = SharedMemoryLayout.Size * (double)SyntheticRaceSession.FramesPerSecond;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"// RECORDING SIZE: {SessionFrames} frames, {sizing.BytesWritten} bytes = {perSecond / 1000:0.0} kB/s against raw {raw / 1e6:0.00} MB/s ({raw / perSecond:0}x smaller); {elapsed.TotalMicroseconds / SessionFrames:0.0} us/frame in setup"));
        }

        _writer = new RecordingWriter(Stream.Null, Pcars2Layout.Description, DateTimeOffset.UnixEpoch);
    }

    /// <summary>Closes the writer.</summary>
    [GlobalCleanup]
    public void Cleanup() => _writer?.Dispose();

    /// <summary>Records the next frame of the session (one 1/60 s step of 24 cars).</summary>
    [Benchmark]
    public bool RecordFrame()
    {
        var written = Record(_writer!, _next, _frameNumber++);
        _next = (_next + 1) % SessionFrames;
        return written;
    }

    private bool Record(RecordingWriter writer, int frame, long number)
    {
        writer.BeginFrame(TimeSpan.FromTicks(number * TimeSpan.TicksPerSecond / SyntheticRaceSession.FramesPerSecond));
        writer.AddPage(0, _frames[frame]);
        return writer.EndFrame();
    }
}
