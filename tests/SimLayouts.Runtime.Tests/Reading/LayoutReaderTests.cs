using System;
using System.Collections.Generic;
using System.IO;
using SimLayouts.AcEvo;
using SimLayouts.Pcars2;
using SimLayouts.Publishing;
using SimLayouts.Reading;
using SimLayouts.Runtime.Tests.Infrastructure;
using SimLayouts.Sources;

namespace SimLayouts.Runtime.Tests.Reading;

/// <summary>Following a game through a shm directory: waiting, attaching, noticing it leave, and coming back.</summary>
public sealed class LayoutReaderTests
{
    private TemporaryDirectory _shm = null!;
    private ManualTime _time = null!;
    private List<SourceStateChangedEventArgs> _transitions = null!;
    private List<string> _warnings = null!;

    [SetUp]
    public void SetUp()
    {
        _shm = new TemporaryDirectory();
        _time = new ManualTime();
        _transitions = [];
        _warnings = [];
    }

    [TearDown]
    public void TearDown() => _shm.Dispose();

    [Test]
    public void A_one_shot_read_gets_the_first_frame_or_says_the_game_is_absent()
    {
        using (var absent = new LayoutReader(Pcars2Layout.Description, new DirectorySegmentSource(_shm.Path)))
        {
            Assert.That(absent.PollFirstFrame(out var none), Is.EqualTo(PollResult.Waiting));
            Assert.That(none, Is.Null);
        }

        using var game = PagePublisher.Create<SharedMemoryView>(_shm.Path);
        game.Publish(Pages.Pcars2(speed: 12f));
        using var reader = new LayoutReader(Pcars2Layout.Description, new DirectorySegmentSource(_shm.Path));

        Assert.That(reader.PollFirstFrame(out var frame), Is.EqualTo(PollResult.Frame));
        using (frame)
        {
            Assert.That(frame!.View<SharedMemoryView>().Speed, Is.EqualTo(12f));
        }
    }

    [Test]
    public void Waits_for_the_game_then_attaches_and_delivers_a_frame_per_change_only()
    {
        using var reader = CreatePcars2Reader();

        Assert.That(reader.Poll(out _), Is.EqualTo(PollResult.Waiting));
        Assert.That(reader.State, Is.EqualTo(SourceState.Waiting));
        Assert.That(_transitions[^1].Message, Does.Contain("$pcars2$").And.Contain("not found"));

        using var game = PagePublisher.Create<SharedMemoryView>(_shm.Path);
        game.Publish(Pages.Pcars2(speed: 12.5f));
        Assert.That(reader.Poll(out var first), Is.EqualTo(PollResult.Frame));
        using (first)
        {
            Assert.That(reader.State, Is.EqualTo(SourceState.Attached));
            Assert.That(first!.View<SharedMemoryView>().Speed, Is.EqualTo(12.5f));
            Assert.That(first.Version, Is.EqualTo(14));
            Assert.That(first[0].Counter, Is.EqualTo(2), "one seqlock update: 0 -> 1 -> 2");
        }

        Assert.That(reader.Poll(out _), Is.EqualTo(PollResult.Unchanged));
        game.Publish(Pages.Pcars2(speed: 13f));
        Assert.That(reader.Poll(out var second), Is.EqualTo(PollResult.Frame));
        using (second)
        {
            Assert.That(second!.View<SharedMemoryView>().Speed, Is.EqualTo(13f));
            Assert.That(second.Sequence, Is.EqualTo(2));
        }

        Assert.That(_warnings, Is.Empty);
    }

    [Test]
    public void A_removed_and_recreated_segment_file_detaches_then_reattaches()
    {
        using var reader = CreatePcars2Reader();
        var game = PagePublisher.Create<SharedMemoryView>(_shm.Path);
        game.Publish(Pages.Pcars2(speed: 1f));
        Poll(reader, PollResult.Frame);

        game.Dispose();
        Assert.That(reader.Poll(out _), Is.EqualTo(PollResult.Waiting));
        Assert.That(reader.State, Is.EqualTo(SourceState.Detached));
        Assert.That(_transitions[^1].Message, Does.Contain("removed or replaced"));

        Assert.That(reader.Poll(out _), Is.EqualTo(PollResult.Waiting));
        Assert.That(reader.State, Is.EqualTo(SourceState.Waiting));

        using var again = PagePublisher.Create<SharedMemoryView>(_shm.Path);
        again.Publish(Pages.Pcars2(speed: 2f));
        using var frame = Poll(reader, PollResult.Frame);
        Assert.That(frame.View<SharedMemoryView>().Speed, Is.EqualTo(2f));
        Assert.That(States(), Is.EqualTo(new[] { SourceState.Attached, SourceState.Detached, SourceState.Waiting, SourceState.Attached }));
    }

    [Test]
    public void A_file_replaced_under_the_same_name_is_noticed()
    {
        using var reader = CreatePcars2Reader();
        using var game = PagePublisher.Create<SharedMemoryView>(_shm.Path);
        game.Publish(Pages.Pcars2(speed: 1f));
        Poll(reader, PollResult.Frame);

        // A bridge recreating the file: a new file renamed over the old one, as `mv` does.
        var replacement = _shm.File("replacement");
        File.WriteAllBytes(replacement, Pages.Pcars2(speed: 3f, sequence: 2));
        File.Move(replacement, _shm.File("$pcars2$"), overwrite: true);

        if (OperatingSystem.IsLinux())
        {
            Assert.That(reader.Poll(out _), Is.EqualTo(PollResult.Waiting));
            Assert.That(reader.State, Is.EqualTo(SourceState.Detached));
        }

        using var frame = PollUntilFrame(reader);
        Assert.That(frame.View<SharedMemoryView>().Speed, Is.EqualTo(3f));
    }

    [Test]
    public void A_counter_that_stops_detaches_and_a_counter_that_moves_again_reattaches()
    {
        using var reader = CreatePcars2Reader();
        using var game = PagePublisher.Create<SharedMemoryView>(_shm.Path);
        game.Publish(Pages.Pcars2(speed: 1f));
        Poll(reader, PollResult.Frame);

        _time.Advance(TimeSpan.FromSeconds(4));
        Assert.That(reader.Poll(out _), Is.EqualTo(PollResult.Unchanged));
        _time.Advance(TimeSpan.FromSeconds(2));
        Assert.That(reader.Poll(out _), Is.EqualTo(PollResult.Waiting));
        Assert.That(reader.State, Is.EqualTo(SourceState.Detached));
        Assert.That(_transitions[^1].Message, Does.Contain("No counter of pcars2 moved for 5 s"));

        _time.Advance(TimeSpan.FromSeconds(60));
        Assert.That(reader.Poll(out _), Is.EqualTo(PollResult.Waiting), "still stalled: stays detached, no flapping");

        game.Publish(Pages.Pcars2(speed: 5f));
        using var frame = Poll(reader, PollResult.Frame);
        Assert.That(reader.State, Is.EqualTo(SourceState.Attached));
        Assert.That(frame.View<SharedMemoryView>().Speed, Is.EqualTo(5f));
    }

    [Test]
    public void A_layout_without_counters_detaches_when_its_pages_stop_changing_and_reattaches_when_they_change()
    {
        // RaceRoom has no counter and no presence field, and on Windows its mapping outlives the game while the
        // reader holds it: pages that stand still are the only sign that the game left.
        using var reader = new LayoutReader(R3e.R3eLayout.Description, new DirectorySegmentSource(_shm.Path), new LayoutReaderOptions { Time = _time });
        reader.StateChanged += (_, change) => _transitions.Add(change);
        using var game = PagePublisher.Create<R3e.SharedView>(_shm.Path);
        var page = new byte[R3e.SharedView.Size];
        var writer = new R3e.SharedWritableView(page);
        writer.VersionMajor = 3;
        writer.VersionMinor = 5;
        var player = writer.Player;
        player.GameSimulationTicks = 400;
        game.Publish(page);
        Poll(reader, PollResult.Frame);

        _time.Advance(TimeSpan.FromSeconds(4));
        Assert.That(reader.Poll(out _), Is.EqualTo(PollResult.Unchanged));
        player.GameSimulationTicks = 800;
        game.Publish(page);
        Assert.That(reader.Poll(out var moved), Is.EqualTo(PollResult.Frame), "a changed page is progress");
        moved!.Dispose();

        _time.Advance(TimeSpan.FromSeconds(4));
        Assert.That(reader.Poll(out _), Is.EqualTo(PollResult.Unchanged), "4 s after the last change");
        _time.Advance(TimeSpan.FromSeconds(2));
        Assert.That(reader.Poll(out _), Is.EqualTo(PollResult.Waiting));
        Assert.That(reader.State, Is.EqualTo(SourceState.Detached));
        Assert.That(_transitions[^1].Reason, Is.EqualTo(WaitReason.Stalled));
        Assert.That(_transitions[^1].Message, Is.EqualTo("No page of r3e changed for 5 s (it has no counter): the game left, hangs or is paused."));

        _time.Advance(TimeSpan.FromSeconds(60));
        Assert.That(reader.Poll(out _), Is.EqualTo(PollResult.Waiting), "still the same bytes: stays detached");

        player.GameSimulationTicks = 1_200;
        game.Publish(page);
        using var frame = Poll(reader, PollResult.Frame);
        Assert.That(reader.State, Is.EqualTo(SourceState.Attached));
        Assert.That(frame.View<R3e.SharedView>().Player.GameSimulationTicks, Is.EqualTo(1_200));
    }

    [Test]
    public void Game_state_exited_detaches_after_one_frame_that_shows_the_exit_and_playing_again_reattaches()
    {
        using var reader = CreatePcars2Reader();
        using var game = PagePublisher.Create<SharedMemoryView>(_shm.Path);
        game.Publish(Pages.Pcars2(state: GameState.IngamePlaying));
        Poll(reader, PollResult.Frame);

        game.Publish(Pages.Pcars2(state: GameState.Exited));
        using (var exit = Poll(reader, PollResult.Frame))
        {
            Assert.That(exit.View<SharedMemoryView>().GameState, Is.EqualTo(GameState.Exited), "whoever follows the frames sees the game exit");
            Assert.That(reader.State, Is.EqualTo(SourceState.Detached));
            Assert.That(_transitions[^1].Message, Does.Contain("mGameState is GAME_EXITED"));
        }

        Assert.That(reader.Poll(out var none), Is.EqualTo(PollResult.Waiting), "one frame of the exit, then waiting");
        Assert.That(none, Is.Null);
        Assert.That(reader.State, Is.EqualTo(SourceState.Waiting));

        game.Publish(Pages.Pcars2(state: GameState.FrontEnd));
        using var frame = Poll(reader, PollResult.Frame);
        Assert.That(frame.View<SharedMemoryView>().GameState, Is.EqualTo(GameState.FrontEnd));
    }

    [Test]
    public void A_game_that_starts_exited_is_waited_for()
    {
        using var reader = CreatePcars2Reader();
        using var game = PagePublisher.Create<SharedMemoryView>(_shm.Path);
        game.Publish(Pages.Pcars2(state: GameState.Exited));
        Assert.That(reader.Poll(out _), Is.EqualTo(PollResult.Waiting));
        Assert.That(reader.State, Is.EqualTo(SourceState.Waiting));
    }

    [Test]
    public void An_older_known_version_warns_once_and_its_missing_fields_are_unavailable()
    {
        using var reader = CreatePcars2Reader();
        using var game = PagePublisher.Create<SharedMemoryView>(_shm.Path);
        game.Publish(Pages.Pcars2(version: 12));
        using (var frame = Poll(reader, PollResult.Frame))
        {
            var view = frame.View<SharedMemoryView>();
            Assert.That(frame[0].Length, Is.EqualTo(20688), "the v12 page size");
            Assert.That(view.HasClutchTemp, Is.True);
            Assert.That(view.HasYellowFlagState, Is.False);
            Assert.That(view.HasLaunchStage, Is.False);
        }

        game.Publish(Pages.Pcars2(version: 12, speed: 2f));
        Poll(reader, PollResult.Frame).Dispose();
        Assert.That(_warnings, Has.Count.EqualTo(1));
        Assert.That(_warnings[0], Does.Contain("mVersion is 12, older than 14").And.Contain("20688"));
    }

    [Test]
    public void An_unknown_version_gets_one_clear_warning()
    {
        using var reader = CreatePcars2Reader();
        using var game = PagePublisher.Create<SharedMemoryView>(_shm.Path);
        game.Publish(Pages.Pcars2(version: 99));
        Poll(reader, PollResult.Frame).Dispose();
        game.Publish(Pages.Pcars2(version: 99, speed: 1f));
        Poll(reader, PollResult.Frame).Dispose();

        Assert.That(_warnings, Is.EqualTo(new[] { "pcars2: mVersion is 99, a version this layout does not know (known: 9, 10, 11, 12, 13, 14); reading it as version 14, values may be wrong." }));
    }

    [Test]
    public void A_padded_mapping_is_read_to_the_page_size_and_a_short_one_gives_a_shorter_view()
    {
        using (var padded = PagePublisher.Create<SharedMemoryView>(_shm.Path, segmentLength: 20704))
        using (var reader = CreatePcars2Reader())
        {
            padded.Publish(Pages.Pcars2(speed: 7f));
            using var frame = Poll(reader, PollResult.Frame);
            Assert.That(frame[0].Length, Is.EqualTo(20700));
            Assert.That(frame.View<SharedMemoryView>().HasLaunchStage, Is.True);
        }

        using (var pc2 = PagePublisher.Create<SharedMemoryView>(_shm.Path, segmentLength: 20576))
        using (var reader = CreatePcars2Reader())
        {
            pc2.Publish(Pages.Pcars2(version: 9, speed: 8f));
            using var frame = Poll(reader, PollResult.Frame);
            var view = frame.View<SharedMemoryView>();
            Assert.That(frame[0].Length, Is.EqualTo(20576));
            Assert.That(view.Speed, Is.EqualTo(8f));
            Assert.That(view.HasSessionDuration, Is.False);
        }
    }

    [Test]
    public void The_three_acevo_pages_come_together_in_one_frame_with_the_static_page_reread_when_it_changes()
    {
        using var reader = new LayoutReader(AcEvoLayout.Description, new DirectorySegmentSource(_shm.Path), new LayoutReaderOptions { Time = _time });
        using var physics = PagePublisher.Create<PhysicsView>(_shm.Path);
        using var graphics = PagePublisher.Create<GraphicsView>(_shm.Path);
        Assert.That(reader.Poll(out _), Is.EqualTo(PollResult.Waiting));
        Assert.That(reader.State, Is.EqualTo(SourceState.Waiting));

        using var statics = PagePublisher.Create<StaticView>(_shm.Path);
        var staticPage = new byte[StaticView.Size];
        new StaticWritableView(staticPage).SmVersion = "0.2";
        statics.Publish(staticPage);
        var physicsPage = new byte[PhysicsView.Size];
        new PhysicsWritableView(physicsPage).Gas = 0.5f;
        physics.Publish(physicsPage);
        var graphicsPage = new byte[GraphicsView.Size];
        new GraphicsWritableView(graphicsPage).Status = AcEvoStatus.Live; // a zeroed page says AC_OFF: the game is not there
        graphics.Publish(graphicsPage);

        using (var frame = Poll(reader, PollResult.Frame))
        {
            Assert.That(frame.View<PhysicsView>().Gas, Is.EqualTo(0.5f));
            Assert.That(frame.View<PhysicsView>().PacketId, Is.EqualTo(1));
            Assert.That(frame.View<StaticView>().SmVersion, Is.EqualTo("0.2"));
            Assert.That(frame.View<GraphicsView>().HasCarIds, Is.True);
        }

        new PhysicsWritableView(physicsPage).Gas = 0.75f;
        physics.Publish(physicsPage);
        using (var frame = Poll(reader, PollResult.Frame))
        {
            Assert.That(frame.IsChanged(0), Is.True);
            Assert.That(frame.IsChanged(1) || frame.IsChanged(2), Is.False);
            Assert.That(frame.View<PhysicsView>().Gas, Is.EqualTo(0.75f));
        }

        new StaticWritableView(staticPage).SmVersion = "0.3";
        statics.Publish(staticPage);
        using (var frame = Poll(reader, PollResult.Frame))
        {
            Assert.That(frame.IsChanged(2), Is.True);
            Assert.That(frame.View<StaticView>().SmVersion, Is.EqualTo("0.3"));
        }
    }

    [Test]
    public void A_view_of_another_page_is_refused()
    {
        using var reader = CreatePcars2Reader();
        using var game = PagePublisher.Create<SharedMemoryView>(_shm.Path);
        game.Publish(Pages.Pcars2());
        using var frame = Poll(reader, PollResult.Frame);
        Assert.That(() => frame[0].View<PhysicsView>(), Throws.InvalidOperationException.With.Message.Contains("SPageFilePhysics"));
        Assert.That(() => frame.View<PhysicsView>(), Throws.ArgumentException);
    }

    [Test]
    public void Steady_state_polling_allocates_nothing()
    {
        using var reader = CreatePcars2Reader();
        using var game = PagePublisher.Create<SharedMemoryView>(_shm.Path);
        var page = Pages.Pcars2();
        for (var warmUp = 0; warmUp < 200; warmUp++)
        {
            game.Publish(page);
            PollAndDispose(reader);
            PollAndDispose(reader);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var frames = 0;
        for (var poll = 0; poll < 1000; poll++)
        {
            game.Publish(page);
            frames += PollAndDispose(reader);
            frames += PollAndDispose(reader);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.That(frames, Is.EqualTo(1000));
        Assert.That(allocated, Is.Zero);
    }

    private static int PollAndDispose(LayoutReader reader)
    {
        var result = reader.Poll(out var frame);
        frame?.Dispose();
        return result == PollResult.Frame ? 1 : 0;
    }

    private LayoutReader CreatePcars2Reader()
    {
        var reader = new LayoutReader(Pcars2Layout.Description, new DirectorySegmentSource(_shm.Path), new LayoutReaderOptions { Time = _time });
        reader.StateChanged += (_, change) => _transitions.Add(change);
        reader.Warning += (_, warning) => _warnings.Add(warning.Message);
        return reader;
    }

    private static LayoutFrame Poll(LayoutReader reader, PollResult expected)
    {
        var result = reader.Poll(out var frame);
        Assert.That(result, Is.EqualTo(expected));
        return frame ?? throw new AssertionException("no frame");
    }

    private static LayoutFrame PollUntilFrame(LayoutReader reader)
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            if (reader.Poll(out var frame) == PollResult.Frame)
            {
                return frame!;
            }
        }

        throw new AssertionException("no frame after 10 polls");
    }

    private List<SourceState> States() => _transitions.ConvertAll(change => change.State);
}
