using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using SimLayouts.Consistency;
using SimLayouts.R3e;
using SimLayouts.Rf2;
using SimLayouts.Runtime.Tests.Infrastructure;
using SimLayouts.SeqlockWriter;
using SimLayouts.Snapshots;
using SimLayouts.Sources;

namespace SimLayouts.Runtime.Tests.Snapshots;

/// <summary>
/// Real shared memory between two processes, as <see cref="SeqlockAcrossProcessesTests"/> does for the seqlock: a
/// writer process publishes rFactor 2 telemetry (241,680 bytes) with the version block and a 20-car hint in a tight
/// loop, and this process must never accept a torn copy, nor one with bytes past the hint. And RaceRoom, which has
/// no protocol: what copy-and-compare and a tick counter accept from a writer that tears pages.
/// </summary>
[NonParallelizable]
public sealed class VersionBlockAcrossProcessesTests
{
    private const int RequiredSnapshots = 2_500;
    private const int MinimumUpdates = 20;
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(90);

    [Test]
    public void Version_block_snapshots_of_telemetry_written_by_another_process_are_never_torn_while_plain_copies_are()
    {
        using var shm = new TemporaryDirectory();
        using var writer = WriterProcess.Start(shm.Path, "rf2-telemetry");
        using var source = new DirectorySegmentSource(shm.Path);
        using var segment = source.TryOpen(TelemetryLayout.SegmentName);
        Assert.That(segment, Is.Not.Null, "the writer's segment file");

        var reader = SnapshotReader.For<TelemetryView>();
        var (accepted, torn, updates) = TearingMeasurement.Snapshots(reader, segment!, VersionBlockPage.IsWhole, RequiredSnapshots, MinimumUpdates, Bound);
        var (plainCopies, plainTorn) = TearingMeasurement.PlainCopies(segment!, VersionBlockPage.HintedLength, TelemetryLayout.Size, VersionBlockPage.IsWhole, RequiredSnapshots, Bound);

        TestContext.Out.WriteLine($"version block: {accepted} snapshots, {reader.Retries} retries, {reader.RejectedCopies} rejected copies, {updates} distinct updates; plain: {plainTorn} torn of {plainCopies}");
        Assert.Multiple(() =>
        {
            Assert.That(accepted, Is.GreaterThanOrEqualTo(RequiredSnapshots));
            Assert.That(torn, Is.Zero, "torn snapshots accepted by the version-block reader");
            Assert.That(updates, Is.GreaterThanOrEqualTo(MinimumUpdates), "the writer must really be writing during the reads");
            Assert.That(plainTorn, Is.GreaterThan(0), "a plain copy of the same memory should tear, else this test proves nothing");
        });
    }

    /// <summary>
    /// Why RaceRoom is read with copy-and-compare (<c>none</c>) and not with its tick counter: the game writes the
    /// ticks as data, early in the page, so a copy that starts after the ticks moved and ends before the rest is
    /// written sees the same ticks around it. Measured against a writer that writes ticks first, then the rest. A
    /// writer stopped in the middle of a write (preempted on a loaded machine) leaves a torn page that no
    /// protocol-less reader can tell from a whole one, so this records the figures rather than demanding zero.
    /// </summary>
    [Test]
    [Explicit("A measurement (docs/benchmarks.md): its figures depend on the machine's load.")]
    [Category("Measurement")]
    public void Raceroom_copy_and_compare_against_a_tick_counter_with_a_writer_that_tears_pages()
    {
        using var shm = new TemporaryDirectory();
        using var writer = WriterProcess.Start(shm.Path, "r3e");
        using var source = new DirectorySegmentSource(shm.Path);
        using var segment = source.TryOpen(SharedLayout.SegmentName);
        Assert.That(segment, Is.Not.Null, "the writer's segment file");

        var compare = Measure(SnapshotReader.Create(SharedView.Page), segment!);
        var ticksPage = new PageDescription("r3e", "r3e_shared", "Shared", SharedLayout.SegmentName, SharedLayout.Size, ConsistencyProtocol.Counter, "game_simulation_ticks", UnprotectedPage.TicksOffset, null, [], SharedView.Page.Fields);
        var ticks = Measure(SnapshotReader.Create(ticksPage), segment!);
        var plain = 0;
        var copy = new byte[SharedLayout.Size];
        for (var i = 0; i < RequiredSnapshots; i++)
        {
            segment!.Live.CopyTo(copy);
            plain += UnprotectedPage.IsWhole(copy, out _) ? 0 : 1;
        }

        TestContext.Out.WriteLine($"r3e: copy-and-compare {compare.Torn} torn of {compare.Accepted}; tick counter {ticks.Torn} torn of {ticks.Accepted}; plain {plain} torn of {RequiredSnapshots}");
        Assert.That(compare.Accepted, Is.GreaterThan(0));
    }

    // Each distinct state accepted once (the previous snapshot is passed on), as a poller sees them.
    private static (int Accepted, int Torn) Measure(SnapshotReader reader, ISegment segment)
    {
        var accepted = 0;
        var torn = 0;
        PageSnapshot? previous = null;
        var deadline = Stopwatch.StartNew();
        while (accepted < RequiredSnapshots && deadline.Elapsed < Bound)
        {
            if (reader.TryRead(segment, previous, out var snapshot) != SnapshotStatus.New)
            {
                continue;
            }

            accepted++;
            torn += UnprotectedPage.IsWhole(snapshot!.Bytes, out _) ? 0 : 1;
            previous?.Dispose();
            previous = snapshot;
        }

        previous?.Dispose();
        return (accepted, torn);
    }
}
