using System;
using System.IO;
using BenchmarkDotNet.Attributes;
using SimLayouts.Pcars2;
using SimLayouts.Publishing;
using SimLayouts.Snapshots;
using SimLayouts.Sources;

namespace SimLayouts.Benchmarks;

/// <summary>
/// A torn-free seqlock snapshot of the 20,700-byte pcars2 page against a plain copy of the same bytes, both from
/// a real memory-mapped segment file (as <c>/dev/shm</c> would be). The snapshot includes renting and returning
/// its pooled buffer. Goal: within 1.5× of the plain copy.
/// </summary>
[MemoryDiagnoser]
public class SnapshotBenchmarks
{
    private string _directory = string.Empty;
    private PagePublisher? _publisher;
    private ISegment? _segment;
    private ISegmentSource? _source;
    private SnapshotReader? _reader;
    private PageSnapshot? _latest;
    private byte[] _copy = [];

    /// <summary>Publishes one page into a temporary shm directory and maps it for reading.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _directory = Path.Combine(Path.GetTempPath(), "simlayouts-bench-" + Guid.NewGuid().ToString("N"));
        _publisher = PagePublisher.Create<SharedMemoryView>(_directory);
        var session = new SyntheticRaceSession();
        session.Advance();
        _publisher.Publish(session.Page);
        _source = new DirectorySegmentSource(_directory);
        _segment = _source.TryOpen(SharedMemoryLayout.SegmentName) ?? throw new InvalidOperationException("segment not found");
        _reader = SnapshotReader.For<SharedMemoryView>();
        _reader.TryRead(_segment.Bytes, null, out _latest);
        _copy = new byte[SharedMemoryLayout.Size];
    }

    /// <summary>Unmaps and removes the segment.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _latest?.Dispose();
        _segment?.Dispose();
        _source?.Dispose();
        _publisher?.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    /// <summary>memcpy of the page: what a reader without the protocol does.</summary>
    [Benchmark(Baseline = true)]
    public int PlainCopy()
    {
        _segment!.Bytes[..SharedMemoryLayout.Size].CopyTo(_copy);
        return _copy[0];
    }

    /// <summary>Seqlock read (even counter, copy, fence, counter again) into a pooled snapshot, then released.</summary>
    [Benchmark]
    public uint SeqlockSnapshot()
    {
        _reader!.TryRead(_segment!.Bytes, previous: null, out var snapshot);
        var counter = snapshot!.Counter;
        snapshot.Dispose();
        return counter;
    }

    /// <summary>A poll that finds the counter unchanged: no copy at all.</summary>
    [Benchmark]
    public SnapshotStatus UnchangedPoll() => _reader!.TryRead(_segment!.Bytes, _latest, out _);
}
