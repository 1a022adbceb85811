using System.Collections.Generic;
using System.IO;
using System.Linq;
using SimLayouts.R3e;
using SimLayouts.Reading;
using SimLayouts.Runtime.Tests.Infrastructure;
using SimLayouts.Runtime.Tests.Json;
using SimLayouts.Sources;

namespace SimLayouts.Runtime.Tests.Reading;

/// <summary>
/// RaceRoom's version gate: the layout reads major 3 only (other majors moved almost every offset), minors 3.4 and
/// 3.5 (3.5 named reserved slots of 3.4), and says in one sentence why it reads nothing else.
/// </summary>
public sealed class VersionGateTests
{
    private TemporaryDirectory _shm = null!;
    private List<SourceStateChangedEventArgs> _transitions = null!;
    private List<string> _warnings = null!;

    [SetUp]
    public void SetUp()
    {
        _shm = new TemporaryDirectory();
        _transitions = [];
        _warnings = [];
    }

    [TearDown]
    public void TearDown() => _shm.Dispose();

    [Test]
    public void A_raceroom_2_x_page_is_refused_with_one_clear_message_and_no_frames()
    {
        // A 2.x game maps 39,320 bytes, shorter than any 3.x page: the version says why, not the size.
        var page = new byte[39_320];
        var writer = new SharedWritableView(page);
        writer.VersionMajor = 2;
        writer.VersionMinor = 16;
        Write(page);

        using var reader = Observe(new LayoutReader(R3eLayout.Description, new DirectorySegmentSource(_shm.Path)));
        for (var poll = 0; poll < 3; poll++)
        {
            Assert.That(reader.Poll(out var frame), Is.EqualTo(PollResult.Waiting));
            Assert.That(frame, Is.Null);
        }

        Assert.That(_transitions, Has.Count.EqualTo(1), "said once");
        Assert.That(_transitions[0].Reason, Is.EqualTo(WaitReason.Version));
        Assert.That(_transitions[0].Message, Is.EqualTo("r3e: version_major is 2, but this layout reads only version 3 of RaceRoom Racing Experience (its offsets differ); no frames are read from r3e_shared."));
    }

    [Test]
    public void A_whole_sized_page_of_another_major_is_refused_too()
    {
        var page = Page(major: 4, minor: 0);
        Write(page);
        using var reader = Observe(new LayoutReader(R3eLayout.Description, new DirectorySegmentSource(_shm.Path)));

        Assert.That(reader.Poll(out var frame), Is.EqualTo(PollResult.Waiting));
        Assert.That(frame, Is.Null);
        Assert.That(_transitions.Single().Message, Does.StartWith("r3e: version_major is 4, but this layout reads only version 3"));
    }

    [Test]
    public void A_minor_older_than_3_4_is_refused_since_its_offsets_moved()
    {
        Write(Page(major: 3, minor: 3));
        using var reader = Observe(new LayoutReader(R3eLayout.Description, new DirectorySegmentSource(_shm.Path)));

        Assert.That(reader.Poll(out _), Is.EqualTo(PollResult.Waiting));
        Assert.That(_transitions.Single().Reason, Is.EqualTo(WaitReason.Version));
        Assert.That(_transitions.Single().Message, Does.Contain("version_minor is 3, older than revision 3.4"));
    }

    [Test]
    public void A_3_4_page_is_read_with_the_fields_3_5_named_unavailable()
    {
        var page = Page(major: 3, minor: 4);
        new SharedWritableView(page).GamePlayerInGarage = 1;   // a reserved slot in 3.4
        Write(page);
        using var reader = Observe(new LayoutReader(R3eLayout.Description, new DirectorySegmentSource(_shm.Path)));

        Assert.That(reader.PollFirstFrame(out var frame), Is.EqualTo(PollResult.Frame));
        using (frame)
        {
            var view = frame!.View<SharedView>();
            var inGarage = SharedView.Page.Fields.Single(field => field.NativeName == "game_player_in_garage");
            var numCars = SharedView.Page.Fields.Single(field => field.NativeName == "num_cars");
            var availability = (view.Revision, view.HasGamePlayerInGarage, view.HasDischargeRate, view.HasSteerWheelMaxRotation, view.Has(inGarage), view.Has(numCars));
            Assert.That(availability, Is.EqualTo(("3.4", false, false, false, false, true)));

            var bytes = frame.View<SharedView>().Bytes.ToArray();
            using var json = PageJson.Parse(writer => new SharedView(bytes).WriteJson(writer));
            Assert.That(json.RootElement.TryGetProperty("gamePlayerInGarage", out _), Is.False, "left out of JSON");
            Assert.That(json.RootElement.TryGetProperty("brakeRegen", out _), Is.False);
            Assert.That(json.RootElement.GetProperty("versionMinor").GetInt32(), Is.EqualTo(4));
        }

        Assert.That(_warnings, Is.Empty, "3.4 is a revision the layout knows");
    }

    [Test]
    public void A_3_5_page_has_them_and_a_newer_minor_is_read_as_3_5_with_one_warning()
    {
        var page = Page(major: 3, minor: 5);
        Write(page);
        using (var reader = new LayoutReader(R3eLayout.Description, new DirectorySegmentSource(_shm.Path)))
        {
            Assert.That(reader.PollFirstFrame(out var frame), Is.EqualTo(PollResult.Frame));
            using (frame)
            {
                var view = frame!.View<SharedView>();
                Assert.That((view.Revision, view.HasGamePlayerInGarage), Is.EqualTo(("3.5", true)));
            }
        }

        new SharedWritableView(page).VersionMinor = 6;
        Write(page);
        using var newer = Observe(new LayoutReader(R3eLayout.Description, new DirectorySegmentSource(_shm.Path)));
        Assert.That(newer.PollFirstFrame(out var six), Is.EqualTo(PollResult.Frame));
        six!.Dispose();
        Assert.That(_warnings, Is.EqualTo(new[] { "r3e: version_minor is 6, newer than revision 3.5 (the newest this layout knows); reading it as 3.5, fields added since are not read." }));
    }

    private static byte[] Page(int major, int minor)
    {
        var page = new byte[SharedLayout.Size];
        var writer = new SharedWritableView(page);
        writer.VersionMajor = major;
        writer.VersionMinor = minor;
        writer.NumCars = 1;
        return page;
    }

    private void Write(byte[] page) =>
        File.WriteAllBytes(Path.Combine(_shm.Path, SharedLayout.SegmentName), page);

    private LayoutReader Observe(LayoutReader reader)
    {
        reader.StateChanged += (_, change) => _transitions.Add(change);
        reader.Warning += (_, warning) => _warnings.Add(warning.Message);
        return reader;
    }
}
