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
