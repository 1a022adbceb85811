using System;
using SimLayouts.Pcars2;
using SimLayouts.Runtime.Tests.Infrastructure;
using SimLayouts.Snapshots;
using SimLayouts.Sources;

namespace SimLayouts.Runtime.Tests.Snapshots;

/// <summary>
/// Real shared memory between two processes: a writer process publishes the pcars2 page in a tight loop into a
/// shm-style file (every word carrying the same update number), while this process reads it. The seqlock reader
/// must never accept a torn copy; a plain copy of the same memory must tear, which proves the test can fail.
/// </summary>
[NonParallelizable]
public sealed class SeqlockAcrossProcessesTests
{
    // Enough to catch a torn copy (plain copies tear within a few hundred), few enough for a loaded machine, where
    // positioned reads of a file (how segment files are read) run a few thousand a second.
    private const int RequiredSnapshots = 10_000;
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);
    private const int MinimumUpdates = 20;

    [Test]
    public void Seqlock_snapshots_of_a_page_written_by_another_process_are_never_torn_while_plain_copies_are()
    {
        using var shm = new TemporaryDirectory();
        using var writer = WriterProcess.Start(shm.Path);
        using var source = new DirectorySegmentSource(shm.Path);
        using var segment = source.TryOpen(SharedMemoryLayout.SegmentName);
        Assert.That(segment, Is.Not.Null, "the writer's segment file");

        var reader = SnapshotReader.For<SharedMemoryView>();
        var (accepted, torn, updates) = TearingMeasurement.Snapshots(reader, segment!, SeqlockWriter.TestPage.IsWhole, RequiredSnapshots, MinimumUpdates, Bound);
        var (plainCopies, plainTorn) = TearingMeasurement.PlainCopies(segment!, SharedMemoryView.Size, SharedMemoryView.Size, SeqlockWriter.TestPage.IsWhole, RequiredSnapshots, Bound);

        TestContext.Out.WriteLine($"seqlock: {accepted} snapshots, {reader.Retries} retries, {reader.RejectedCopies} rejected copies, {updates} distinct updates; plain: {plainTorn} torn of {plainCopies}");
        Assert.Multiple(() =>
        {
            Assert.That(accepted, Is.GreaterThanOrEqualTo(RequiredSnapshots));
            Assert.That(torn, Is.Zero, "torn snapshots accepted by the seqlock reader");
            Assert.That(updates, Is.GreaterThanOrEqualTo(MinimumUpdates), "the writer must really be writing during the reads");
            Assert.That(plainTorn, Is.GreaterThan(0), "a plain copy of the same memory should tear, else this test proves nothing");
        });
    }
}
