using System;
using System.Buffers.Binary;
using SimLayouts.Consistency;
using SimLayouts.Rf2;
using SimLayouts.Snapshots;

namespace SimLayouts.Runtime.Tests.Consistency;

/// <summary>
/// The version-block protocol of rFactor 2 (begin and end counters in front of every buffer) and its bytes-updated
/// hint: what the reader accepts and refuses, what a hinted copy holds, and hints a hostile writer could leave.
/// </summary>
public sealed class VersionBlockTests
{
    private static readonly PageDescription Telemetry = TelemetryView.Page;
    private static readonly int HintFrom = Telemetry.BytesUpdatedHint!.From;

    [Test]
    public void A_published_page_is_read_whole_under_its_begin_counter()
    {
        var live = new byte[TelemetryLayout.Size];
        var page = Filled(0x11);
        var protocol = ConsistencyProtocols.For(Telemetry);
        protocol.Publish(live, page);
        protocol.Publish(live, page);

        var view = new TelemetryView(live);
        Assert.That((view.VersionUpdateBegin, view.VersionUpdateEnd), Is.EqualTo((2u, 2u)), "begin bumped, end set to it");
        using var snapshot = Read(live);
        Assert.That(snapshot.Counter, Is.EqualTo(2u));
        Assert.That(snapshot.Bytes.SequenceEqual(live), Is.True);
    }

    [Test]
    public void A_page_whose_begin_and_end_differ_is_being_written_and_is_not_copied()
    {
        var live = new byte[TelemetryLayout.Size];
        ConsistencyProtocols.For(Telemetry).Publish(live, Filled(0x22));
        new TelemetryWritableView(live).VersionUpdateBegin = 2;   // the writer bumped begin and is writing

        var reader = SnapshotReader.Create(Telemetry, maximumAttempts: 5);
        Assert.That(reader.TryRead(live, previous: null, out var snapshot), Is.EqualTo(SnapshotStatus.Busy));
        Assert.That(snapshot, Is.Null);
        Assert.That(reader.Copies, Is.Zero, "nothing is copied while begin and end differ");
    }

    [Test]
    public void A_hint_of_twenty_cars_copies_only_those_bytes_and_the_rest_reads_as_zero()
    {
        var live = new byte[TelemetryLayout.Size];
        var page = Filled(0x33);
        var hinted = TelemetryLayout.Offsets.Vehicles + (20 * TelemInfoV01Layout.Size);
        var writer = new TelemetryWritableView(page);
        writer.NumVehicles = 20;
        writer.BytesUpdatedHint = hinted - HintFrom;
        ConsistencyProtocols.For(Telemetry).Publish(live, page);

        using var snapshot = Read(live);
        Assert.That(snapshot.Length, Is.EqualTo(TelemetryLayout.Size), "the snapshot is a whole page");
        Assert.That(snapshot.Bytes[..hinted].SequenceEqual(live.AsSpan(0, hinted)), Is.True, "the hinted prefix is copied");
        Assert.That(snapshot.Bytes[hinted..].IndexOfAnyExcept((byte)0), Is.EqualTo(-1), "the slots the writer did not update read as zero");
        Assert.That(snapshot.View<TelemetryView>().Vehicles[19].Id, Is.EqualTo(0x33333333));
    }

    [Test]
    public void A_pooled_buffer_that_held_a_whole_page_is_cleared_beyond_a_later_hint()
    {
        var live = new byte[TelemetryLayout.Size];
        var protocol = ConsistencyProtocols.For(Telemetry);
        var reader = SnapshotReader.Create(Telemetry);
        protocol.Publish(live, Filled(0x44));   // hint 0x44444444: beyond the page, so the whole page
        Assert.That(reader.TryRead(live, previous: null, out var whole), Is.EqualTo(SnapshotStatus.New));
        whole!.Dispose();

        var page = Filled(0x55);
        new TelemetryWritableView(page).BytesUpdatedHint = 1000;
        protocol.Publish(live, page);
        Assert.That(reader.TryRead(live, previous: null, out var hinted), Is.EqualTo(SnapshotStatus.New));
        using (hinted)
        {
            Assert.That(hinted!.Bytes[(HintFrom + 1000)..].IndexOfAnyExcept((byte)0), Is.EqualTo(-1), "nothing of the earlier page is left");
        }
    }

    [TestCase(0, TelemetryLayout.Size, TestName = "A hint of 0 copies the whole page")]
    [TestCase(-1, TelemetryLayout.Size, TestName = "A negative hint copies the whole page")]
    [TestCase(int.MinValue, TelemetryLayout.Size, TestName = "The most negative hint copies the whole page")]
    [TestCase(int.MaxValue, TelemetryLayout.Size, TestName = "A hint beyond the page copies the whole page")]
    [TestCase(TelemetryLayout.Size - 8 + 1, TelemetryLayout.Size, TestName = "A hint one byte beyond the page copies the whole page")]
    [TestCase(TelemetryLayout.Size - 8, TelemetryLayout.Size, TestName = "A hint of exactly the page copies the whole page")]
    [TestCase(1, 12, TestName = "A hint shorter than the block and the hint copies the block and the hint")]
    [TestCase(100, 108, TestName = "A hint of 100 bytes copies them after the block")]
    public void Hostile_hints_never_copy_more_than_the_page_nor_less_than_the_counters(int hint, int copied)
    {
        var live = new byte[TelemetryLayout.Size];
        var page = Filled(0x66);
        new TelemetryWritableView(page).BytesUpdatedHint = hint;
        ConsistencyProtocols.For(Telemetry).Publish(live, page);

        using var snapshot = Read(live);
        var afterHint = TelemetryLayout.Offsets.NumVehicles;
        Assert.That(snapshot.Length, Is.EqualTo(TelemetryLayout.Size));
        Assert.That(snapshot.Bytes[afterHint..copied].IndexOfAnyExcept((byte)0x66), Is.EqualTo(-1), "copied");
        Assert.That(snapshot.Bytes[copied..].IndexOfAnyExcept((byte)0), Is.EqualTo(-1), "not copied");
    }

    [Test]
    public void A_segment_shorter_than_the_page_is_not_read_whatever_its_hint_says()
    {
        var page = Filled(0x77);
        new TelemetryWritableView(page).BytesUpdatedHint = 1_000;
        var live = new byte[TelemetryLayout.Size];
        ConsistencyProtocols.For(Telemetry).Publish(live, page);

        var reader = SnapshotReader.Create(Telemetry);
        Assert.That(reader.TryRead(live.AsSpan(0, 30_000), previous: null, out var snapshot), Is.EqualTo(SnapshotStatus.Short));
        Assert.That(snapshot, Is.Null);
    }

    [Test]
    public void Pages_that_do_not_bump_their_block_are_read_by_comparing_the_copy()
    {
        // The plugin bumps the block of ForceFeedback and Graphics only when it clears the buffers.
        Assert.That(ForceFeedbackView.Page.Consistency, Is.EqualTo(ConsistencyProtocol.None));
        Assert.That(GraphicsView.Page.Consistency, Is.EqualTo(ConsistencyProtocol.None));
        Assert.That(ConsistencyProtocols.NameOf(TelemetryView.Page), Is.EqualTo("version-block"));
        Assert.That(ScoringView.Page.BytesUpdatedHint, Is.EqualTo(new BytesUpdatedHint("mBytesUpdatedHint", 8, 8)));
        Assert.That(ExtendedView.Page.BytesUpdatedHint, Is.Null);
    }

    private static PageSnapshot Read(byte[] live)
    {
        var reader = SnapshotReader.Create(Telemetry);
        Assert.That(reader.TryRead(live, previous: null, out var snapshot), Is.EqualTo(SnapshotStatus.New));
        return snapshot!;
    }

    private static byte[] Filled(byte value)
    {
        var page = new byte[TelemetryLayout.Size];
        page.AsSpan().Fill(value);
        BinaryPrimitives.WriteUInt64LittleEndian(page, 0);
        return page;
    }
}
