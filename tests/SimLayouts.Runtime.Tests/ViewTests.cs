using System;
using System.Buffers.Binary;
using System.Text;
using SimLayouts.Pcars2;

namespace SimLayouts.Runtime.Tests;

/// <summary>How the generated views behave on the bytes a game (or a hostile file) can hold.</summary>
public sealed class ViewTests
{
    private byte[] _page = [];

    [SetUp]
    public void NewPage() => _page = new byte[SharedMemoryLayout.Size];

    [Test]
    public void Strings_stop_at_the_first_nul()
    {
        Encoding.ASCII.GetBytes("Formula\0junk").CopyTo(_page, SharedMemoryLayout.Offsets.CarName);

        Assert.That(new SharedMemoryView(_page).CarName, Is.EqualTo("Formula"));
    }

    [Test]
    public void A_string_without_nul_uses_the_whole_array()
    {
        _page.AsSpan(SharedMemoryLayout.Offsets.CarName, 64).Fill((byte)'x');

        Assert.That(new SharedMemoryView(_page).CarName, Is.EqualTo(new string('x', 64)));
    }

    [Test]
    public void Invalid_utf8_decodes_lossily_without_throwing()
    {
        new byte[] { (byte)'A', 0xFF, 0xC3, (byte)'B', 0 }.CopyTo(_page, SharedMemoryLayout.Offsets.TrackLocation);

        Assert.That(new SharedMemoryView(_page).TrackLocation, Is.EqualTo("A\uFFFD\uFFFDB"));
    }

    [Test]
    public void Empty_strings_are_empty_and_raw_bytes_are_the_whole_array()
    {
        var view = new SharedMemoryView(_page);

        Assert.That(view.CarName, Is.Empty);
        Assert.That(view.CarNameBytes.Length, Is.EqualTo(64));
        Assert.That(view.CarNames[63], Is.Empty);
        Assert.That(view.CarNames.GetBytes(63).Length, Is.EqualTo(64));
    }

    [Test]
    public void Writing_a_too_long_string_cuts_it_at_a_character_boundary_and_keeps_a_nul()
    {
        var writer = new SharedMemoryWritableView(_page);
        writer.TyreCompound.Set(0, new string('é', 30)); // 60 UTF-8 bytes into 40

        var raw = new SharedMemoryView(_page).TyreCompound.GetBytes(0);
        Assert.That(new SharedMemoryView(_page).TyreCompound[0], Is.EqualTo(new string('é', 19)));
        Assert.That(raw[38], Is.Zero);
        Assert.That(raw[39], Is.Zero);
    }

    [Test]
    public void Enum_values_the_layout_does_not_name_round_trip_unchanged()
    {
        BinaryPrimitives.WriteUInt32LittleEndian(_page.AsSpan(SharedMemoryLayout.Offsets.GameState), 42);
        var view = new SharedMemoryView(_page);

        Assert.That((uint)view.GameState, Is.EqualTo(42u));
        new SharedMemoryWritableView(_page).GameState = view.GameState;
        Assert.That(BinaryPrimitives.ReadUInt32LittleEndian(_page.AsSpan(SharedMemoryLayout.Offsets.GameState)), Is.EqualTo(42u));
        Assert.That((int)new SharedMemoryView(_page).YellowFlagState, Is.Zero);
    }

    [Test]
    public void Signed_enums_read_minus_one()
    {
        BinaryPrimitives.WriteInt32LittleEndian(_page.AsSpan(SharedMemoryLayout.Offsets.LaunchStage), -1);

        Assert.That(new SharedMemoryView(_page).LaunchStage, Is.EqualTo(LaunchStage.Invalid));
    }

    [Test]
    public void Any_non_zero_byte_is_a_true_bool()
    {
        _page[SharedMemoryLayout.Offsets.LapInvalidated] = 0x80;
        _page[SharedMemoryLayout.Offsets.LapsInvalidated + 5] = 2;
        var view = new SharedMemoryView(_page);

        Assert.That(view.LapInvalidated, Is.True);
        Assert.That(view.LapsInvalidated[5] == true, Is.True);
    }

    [Test]
    public void Array_indexers_are_bounds_checked()
    {
        var view = new SharedMemoryView(_page);
        var speeds = view.Speeds;
        var orientations = view.Orientations;
        var participants = view.ParticipantInfo;
        var names = view.CarNames;

        Assert.That(speeds.Length, Is.EqualTo(64));
        Assert.That(orientations.Length, Is.EqualTo(64));
        Assert.That(orientations.Columns, Is.EqualTo(3));
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new SharedMemoryView(_page).Speeds[64]);
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new SharedMemoryView(_page).Speeds[-1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new SharedMemoryView(_page).Orientations[0][3]);
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new SharedMemoryView(_page).ParticipantInfo[64]);
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new SharedMemoryView(_page).CarNames[64]);
        Assert.That(participants.Length + names.Length, Is.EqualTo(128));
    }

    [Test]
    public void An_array_view_that_would_reach_past_its_bytes_cannot_be_created()
    {
        var bytes = new byte[255];

        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new ValueArray<float>(bytes, 64, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new ValueArray<float>(bytes, 2, 2));
        Assert.That(new ValueArray<float>(bytes, 63, 4).Length, Is.EqualTo(63));
    }

    [Test]
    public void Foreach_visits_every_element_in_order()
    {
        var writer = new SharedMemoryWritableView(_page);
        for (var i = 0; i < 64; i++)
        {
            writer.Speeds[i] = i;
            var participant = writer.ParticipantInfo[i];
            participant.RacePosition = (uint)(i + 1);
        }

        var view = new SharedMemoryView(_page);
        var expected = 0f;
        foreach (var speed in view.Speeds)
        {
            Assert.That(speed, Is.EqualTo(expected++));
        }

        var position = 1u;
        foreach (var participant in view.ParticipantInfo)
        {
            Assert.That(participant.RacePosition, Is.EqualTo(position++));
        }

        Assert.That(expected, Is.EqualTo(64));
        Assert.That(position, Is.EqualTo(65));
    }

    [Test]
    public void A_view_over_a_shorter_page_throws_for_members_beyond_it_and_never_reads_past()
    {
        var pc2Page = new byte[20576]; // a Project CARS 2 (header v9) page ends at mSnowDensity
        BinaryPrimitives.WriteSingleLittleEndian(pc2Page.AsSpan(SharedMemoryLayout.Offsets.SnowDensity), 0.5f);

        Assert.That(new SharedMemoryView(pc2Page).SnowDensity, Is.EqualTo(0.5f));
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new SharedMemoryView(pc2Page).SessionDuration);
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new SharedMemoryView(pc2Page).TyreTempLeft);
    }

    [Test]
    public void Views_expose_the_page_metadata_through_their_static_interface()
    {
        Assert.That(Describe<SharedMemoryView>(), Is.EqualTo(("$pcars2$", 20700)));
        Assert.That(SizeOf<ParticipantInfoView>(), Is.EqualTo(100));
    }

    private static (string Segment, int Size) Describe<TPage>()
        where TPage : IPageView<TPage>, allows ref struct => (TPage.Page.SegmentName, TPage.Size);

    private static int SizeOf<TView>()
        where TView : IStructView<TView>, allows ref struct => TView.Size;
}
