using System;
using System.IO;
using BenchmarkDotNet.Attributes;
using SimLayouts.Pcars2;
using SimLayouts.Publishing;
using SimLayouts.Snapshots;
using SimLayouts.Sources;

namespace SimLayouts.Benchmarks;

/// <summary>
/// A torn-free seqlock snapshot of the 20,700-byte pcars2 page against a plain copy of the same bytes. In memory:
/// the page mapped as a Windows named mapping or a simulator's segment is read (here the publisher's mapping of a
/// shm file). From a file: how <c>/dev/shm</c> and <c>--shm-dir</c> segments and page files are read, with
/// positioned reads (so a writer that shrinks the file cannot fault the reader); a poll of a file also looks at
/// its size and identity. Snapshots include renting and returning their pooled buffer. Goal: in memory within 1.5×
/// of the plain copy.
/// </summary>
[MemoryDiagnoser]
public class SnapshotBenchmarks
{
    private string _directory = string.Empty;
    private PagePublisher? _publisher;
    private ISegment? _file;
    private ISegmentSource? _source;
    private SnapshotReader? _reader;
    private PageSnapshot? _latest;
    private byte[] _copy = [];

    /// <summary>Publishes one page into a temporary shm directory and opens it for reading.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _directory = Path.Combine(Path.GetTempPath(), "simlayouts-bench-" + Guid.NewGuid().ToString("N"));
        _publisher = PagePublisher.Create<SharedMemoryView>(_directory);
        var session = new SyntheticRaceSession();
        session.Advance();
        _publisher.Publish(session.Page);
        _source = new DirectorySegmentSource(_directory);
        _file = _source.TryOpen(SharedMemoryLayout.SegmentName) ?? throw new InvalidOperationException("segment not found");
        _reader = SnapshotReader.For<SharedMemoryView>();
        _reader.TryRead(Memory, null, out _latest);
        _copy = new byte[SharedMemoryLayout.Size];
    }

    private ReadOnlySpan<byte> Memory => _publisher!.Segment.Bytes;

    /// <summary>Closes and removes the segment.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _latest?.Dispose();
        _file?.Dispose();
        _source?.Dispose();
        _publisher?.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    /// <summary>memcpy of the page from memory: what a reader without the protocol does.</summary>
    [Benchmark(Baseline = true)]
    public int PlainCopy()
    {
        Memory[..SharedMemoryLayout.Size].CopyTo(_copy);
        return _copy[0];
    }

    /// <summary>Seqlock read from memory (even counter, copy, fence, counter again) into a pooled snapshot, then released.</summary>
    [Benchmark]
    public uint SeqlockSnapshot()
    {
        _reader!.TryRead(Memory, previous: null, out var snapshot);
        var counter = snapshot!.Counter;
        snapshot.Dispose();
        return counter;
    }

    /// <summary>A poll of memory that finds the counter unchanged: no copy at all.</summary>
    [Benchmark]
    public SnapshotStatus UnchangedPoll() => _reader!.TryRead(Memory, _latest, out _);

    /// <summary>Seqlock read from the file: a positioned read of the counter, of the page, of the counter again.</summary>
    [Benchmark]
    public uint FileSeqlockSnapshot()
    {
        _reader!.TryRead(_file!, previous: null, out var snapshot);
        var counter = snapshot!.Counter;
        snapshot.Dispose();
        return counter;
    }

    /// <summary>A poll of the file that finds the counter unchanged: its size and identity (two statx), then one read of the counter.</summary>
    [Benchmark]
    public SnapshotStatus FileUnchangedPoll()
    {
        _file!.Refresh();
        return _reader!.TryRead(_file, _latest, out _);
    }
}
