using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using SimLayouts.Pcars2;
using SimLayouts.Publishing;
using SimLayouts.Reading;
using SimLayouts.Recording;
using SimLayouts.Runtime.Tests.Infrastructure;
using SimLayouts.Sources;

namespace SimLayouts.Runtime.Tests.Reading;

/// <summary>The interval-driven loop: async enumeration and callbacks, ending on cancellation or at the end of a replay.</summary>
public sealed class LayoutPollerTests
{
    [Test]
    public async Task Enumerates_every_frame_of_a_replay_and_ends_with_it()
    {
        var speeds = new[] { 10f, 20f, 30f, 40f };
        using var reader = new LayoutReader(Pcars2Layout.Description, new ReplaySource(Recording(speeds), ReplaySpeed.AsFastAsPossible));
        var poller = new LayoutPoller(reader, TimeSpan.FromMilliseconds(1));

        var seen = new List<float>();
        await foreach (var frame in poller.ReadFramesAsync())
        {
            seen.Add(frame.View<SharedMemoryView>().Speed);
        }

        Assert.That(seen, Is.EqualTo(speeds));
        Assert.That(reader.State, Is.EqualTo(SourceState.Ended));
    }

    [Test]
    public async Task Calls_back_for_each_change_until_cancelled()
    {
        using var shm = new TemporaryDirectory();
        using var game = PagePublisher.Create<SharedMemoryView>(shm.Path);
        using var reader = new LayoutReader(Pcars2Layout.Description, new DirectorySegmentSource(shm.Path));
        var poller = new LayoutPoller(reader, TimeSpan.FromMilliseconds(2));
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var seen = new List<float>();
        game.Publish(Pages.Pcars2(speed: 1f));

        var delivered = await poller.RunAsync(
            frame =>
            {
                var speed = frame.View<SharedMemoryView>().Speed;
                seen.Add(speed);
                if (speed < 3f)
                {
                    game.Publish(Pages.Pcars2(speed: speed + 1f));
                }
                else
                {
                    stop.Cancel();
                }
            },
            stop.Token);

        Assert.That(seen, Is.EqualTo(new[] { 1f, 2f, 3f }));
        Assert.That(delivered, Is.EqualTo(3));
    }

    [Test]
    public void A_negative_interval_is_refused()
    {
        using var reader = new LayoutReader(Pcars2Layout.Description, new DirectorySegmentSource(Path.GetTempPath()));
        Assert.That(() => new LayoutPoller(reader, TimeSpan.FromMilliseconds(-1)), Throws.TypeOf<ArgumentOutOfRangeException>());
    }

    [TestCase(0.5)]
    [TestCase(1e12)]
    public async Task Any_interval_a_timer_cannot_keep_is_kept_as_closely_as_it_can(double milliseconds)
    {
        // Timers tick between 1 ms and about 49 days; intervals beyond either end are bounded, not an exception.
        using var shm = new TemporaryDirectory();
        using var game = PagePublisher.Create<SharedMemoryView>(shm.Path);
        using var reader = new LayoutReader(Pcars2Layout.Description, new DirectorySegmentSource(shm.Path));
        var poller = new LayoutPoller(reader, TimeSpan.FromMilliseconds(milliseconds));
        using var stop = new CancellationTokenSource();
        var seen = new List<float>();
        var slow = milliseconds > 1000;
        game.Publish(Pages.Pcars2(speed: 1f));

        var run = poller.RunAsync(
            frame =>
            {
                var speed = frame.View<SharedMemoryView>().Speed;
                seen.Add(speed);
                if (speed < 3f)
                {
                    game.Publish(Pages.Pcars2(speed: speed + 1f));
                }

                // The second poll of a 31-year interval is not waited for: cancelling ends the wait.
                if (speed >= 3f || slow)
                {
                    stop.Cancel();
                }
            },
            stop.Token);

        await run.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.That(seen, Is.EqualTo(slow ? new[] { 1f } : new[] { 1f, 2f, 3f }));
    }

    [TestCase(1e300)]
    [TestCase(1e-300)]
    public void A_replay_at_any_positive_speed_plays_without_overflowing(double factor)
    {
        var time = new ManualTime();
        using var reader = new LayoutReader(Pcars2Layout.Description, new ReplaySource(Recording([10f, 20f, 30f]), ReplaySpeed.Times(factor), time: time));
        var results = new List<PollResult>();
        for (var poll = 0; poll < 5; poll++)
        {
            results.Add(reader.Poll(out var frame));
            frame?.Dispose();
            Assert.That(reader.Source.DelayBeforeNextPoll, Is.InRange(TimeSpan.Zero, TimeSpan.FromMilliseconds(100)));
            time.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.That(results[0], Is.EqualTo(PollResult.Frame));
        Assert.That(results[^1], Is.EqualTo(factor > 1 ? PollResult.Ended : PollResult.Unchanged), "fast: played out; slow: still on the first frame");
    }

    private static RecordingReader Recording(float[] speeds)
    {
        var stream = new MemoryStream();
        using (var writer = new RecordingWriter(stream, Pcars2Layout.Description, DateTimeOffset.UnixEpoch, leaveOpen: true))
        {
            for (var index = 0; index < speeds.Length; index++)
            {
                writer.BeginFrame(TimeSpan.FromMilliseconds(16 * index));
                writer.AddPage(0, Pages.Pcars2(speed: speeds[index]));
                writer.EndFrame();
            }
        }

        stream.Position = 0;
        return new RecordingReader(stream, Pcars2Layout.Description);
    }
}
