using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;
using SimLayouts.Bridge.Bridging;
using SimLayouts.Bridge.Frames;
using SimLayouts.Bridge.Simulation;
using SimLayouts.Bridge.Tests.Infrastructure;
using SimLayouts.Pcars2;
using SimLayouts.Publishing;
using SimLayouts.Reading;
using SimLayouts.Sources;

namespace SimLayouts.Bridge.Tests.Bridging;

/// <summary>The bridge against a real HTTP server on 127.0.0.1 that accepts, is down, is slow or answers 500.</summary>
[NonParallelizable]
public sealed class BridgeHttpTests
{
    [Test]
    public void Posts_every_frame_as_json_to_the_server()
    {
        using var server = new IngestServer(IngestServer.FreePort());

        var result = CommandLine.Run("bridge", "--source", "sim", "--url", server.Url.ToString(), "--frames", "25", "--interval", "0.02");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        Assert.That(server.Problems, Is.Empty);
        var frames = server.Frames.ToArray();
        Assert.That(frames, Has.Length.EqualTo(25));
        for (var index = 0; index < frames.Length; index++)
        {
            FrameChecks.AssertPcars2Frame(frames[index].RootElement, index);
        }

        Assert.That(result.Error, Does.Contain("sent frame 0 with 24 participants").And.Contain("sent frame 20 with 24 participants"));

        // Frames are dropped while a POST runs, which a loaded machine makes happen: right, and not this test's business.
        Assert.That(result.Error, Does.Match(@"done: 25 frames sent, 0 failed, \d+ dropped, 0 copies retried\.\n$"));
    }

    [Test]
    public async Task A_server_that_is_down_is_reported_sparingly_and_used_once_it_is_up()
    {
        var port = IngestServer.FreePort();
        using var status = new StringWriter();
        using var bridge = CreateBridge(new Uri($"http://127.0.0.1:{port}{IngestServer.Path}"), status, frameLimit: 100);
        var run = bridge.RunAsync(CancellationToken.None);
        await Until(() => bridge.Counters.Failed > 3);
        Assert.That(bridge.Counters.Failed, Is.GreaterThan(3), "the bridge keeps going while nothing listens");

        using var server = new IngestServer(port);
        var outcome = await run.WaitAsync(TimeSpan.FromSeconds(20));

        Assert.That(outcome, Is.EqualTo(BridgeOutcome.FrameLimitReached));
        Assert.That(server.Frames, Is.Not.Empty);
        Assert.That(bridge.Counters.Sent, Is.EqualTo(server.Frames.Count));
        Assert.That(bridge.Counters.Sent + bridge.Counters.Failed, Is.EqualTo(100));
        var text = status.ToString();
        Assert.That(Regex.Matches(text, "POST failed").Count, Is.EqualTo(1), "one report per interval, not one per frame:\n" + text);
        Assert.That(text, Does.Contain("POST failed: cannot reach").And.Contain($"the server answers again, after {bridge.Counters.Failed} failed POSTs."));
        var sequences = server.Frames.Select(frame => frame.RootElement.GetProperty("sequence").GetInt64()).ToArray();
        Assert.That(sequences, Is.Ordered.Ascending.And.Unique);
    }

    [Test]
    public async Task A_server_answering_500_never_stops_the_bridge()
    {
        using var server = new IngestServer(IngestServer.FreePort(), IngestBehaviour.Fail);
        using var status = new StringWriter();
        using var bridge = CreateBridge(server.Url, status, frameLimit: 30);
        var run = bridge.RunAsync(CancellationToken.None);
        await Until(() => bridge.Counters.Failed > 0);
        server.Behaviour = IngestBehaviour.Accept;
        await run.WaitAsync(TimeSpan.FromSeconds(20));

        Assert.That(bridge.Counters.Failed, Is.GreaterThan(0));
        Assert.That(bridge.Counters.Sent, Is.GreaterThan(0).And.EqualTo(server.Frames.Count));
        Assert.That(status.ToString(), Does.Contain("answered 500 Internal Server Error."));
        Assert.That(server.Problems, Is.Empty);
    }

    [Test]
    public async Task A_slow_server_drops_frames_instead_of_piling_them_up_and_memory_stays_bounded()
    {
        using var server = new IngestServer(IngestServer.FreePort(), IngestBehaviour.Slow) { SlowDelay = TimeSpan.FromSeconds(2) };
        using var status = new StringWriter();
        var handler = new InFlightCountingHandler();
        using var stop = new CancellationTokenSource();
        using var bridge = CreateBridge(server.Url, status, frameLimit: null, timeout: TimeSpan.FromSeconds(0.15), handler: handler);
        var run = bridge.RunAsync(stop.Token);

        await Until(() => bridge.Counters.Failed > 0);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var memoryBefore = GC.GetTotalMemory(forceFullCollection: true);
        var droppedBefore = bridge.Counters.Dropped;
        var failedBefore = bridge.Counters.Failed;

        // However slowly a loaded machine polls: wait for the drops and timeouts, not for a time.
        await Until(() => bridge.Counters.Dropped > droppedBefore + 50 && bridge.Counters.Failed >= failedBefore + 5);
        var memoryAfter = GC.GetTotalMemory(forceFullCollection: true);

        Assert.That(bridge.Counters.Dropped, Is.GreaterThan(droppedBefore + 50), "frames made while a POST runs are dropped");
        Assert.That(bridge.Counters.Failed, Is.GreaterThanOrEqualTo(failedBefore + 5), "each POST times out");
        Assert.That(handler.MaxInFlight, Is.EqualTo(1), "never more than one request in flight");
        Assert.That(memoryAfter - memoryBefore, Is.LessThan(4 * 1024 * 1024), "nothing piles up");

        server.Behaviour = IngestBehaviour.Accept;
        await Until(() => bridge.Counters.Sent >= 5);

        await stop.CancelAsync();
        Assert.That(await run.WaitAsync(TimeSpan.FromSeconds(10)), Is.EqualTo(BridgeOutcome.Stopped));
        Assert.That(bridge.Counters.Sent, Is.GreaterThanOrEqualTo(5), "the bridge recovers when the server is quick again");
        Assert.That(status.ToString(), Does.Contain("did not answer within 0.15 s.").And.Contain("the server answers again"));
        Assert.That(status.ToString(), Does.Match(@"stopped: \d+ frames sent, \d+ failed, \d+ dropped, \d+ copies retried\.\n$"));
    }

    [Test]
    public async Task When_the_game_exits_the_server_gets_the_frame_that_shows_it_once_and_then_the_bridge_waits()
    {
        var directory = Path.Combine(Path.GetTempPath(), "simlayouts-exit-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            using var server = new IngestServer(IngestServer.FreePort());
            using var game = PagePublisher.Create<SharedMemoryView>(directory);
            var simulator = new Pcars2Simulator();
            var page = new byte[SharedMemoryLayout.Size];
            simulator.Advance(TimeSpan.FromSeconds(10));
            simulator.WritePage(page);
            game.Publish(page);
            using var status = new StringWriter();
            using var stop = new CancellationTokenSource();
            var settings = new BridgeSettings { Url = server.Url, Interval = TimeSpan.FromMilliseconds(10) };
            // No stall timeout: this game publishes only when the test says, however slowly a loaded machine runs it.
            var reader = new LayoutReader(Pcars2Layout.Description, new DirectorySegmentSource(directory), new LayoutReaderOptions { StallTimeout = null });
            using var bridge = new FrameBridge(reader, Pcars2FrameFormat.Create(), settings, TextWriter.Null, new StatusWriter(TextWriter.Synchronized(status)));
            var run = bridge.RunAsync(stop.Token);
            await Until(() => server.Frames.Count >= 3);

            new SharedMemoryWritableView(page).GameState = GameState.Exited;
            game.Publish(page);
            await Until(() => server.Frames.Any(IsExited));

            // The bridge has seen the exited page again (detached, then waiting) and still sent it only once.
            await Until(() => Regex.Matches(status.ToString(), "mGameState is GAME_EXITED").Count >= 2);
            var sentWhileExited = server.Frames.Count;
            Assert.That(server.Frames.Count(IsExited), Is.EqualTo(1), "one frame shows the exit");
            Assert.That(IsExited(server.Frames.Last()), Is.True, "the server's last frame says the game exited");

            new SharedMemoryWritableView(page).GameState = GameState.IngamePlaying;
            game.Publish(page);
            await Until(() => server.Frames.Count > sentWhileExited);
            await stop.CancelAsync();
            await run.WaitAsync(TimeSpan.FromSeconds(30));
            Assert.That(IsExited(server.Frames.Last()), Is.False, "frames flow again once the game is back");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Test]
    public async Task The_frame_that_shows_the_exit_reaches_a_slow_server_although_it_came_while_a_post_ran()
    {
        var directory = Path.Combine(Path.GetTempPath(), "simlayouts-exit-slow-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            // Each POST takes 300 ms and a frame is due every 10 ms: frames made meanwhile are dropped, and the exit
            // page (seen once before the reader detaches) almost surely comes while a POST runs.
            using var server = new IngestServer(IngestServer.FreePort(), IngestBehaviour.Slow) { SlowDelay = TimeSpan.FromMilliseconds(300) };
            using var game = PagePublisher.Create<SharedMemoryView>(directory);
            var simulator = new Pcars2Simulator();
            var page = new byte[SharedMemoryLayout.Size];
            simulator.Advance(TimeSpan.FromSeconds(10));
            simulator.WritePage(page);
            game.Publish(page);
            using var status = new StringWriter();
            using var stop = new CancellationTokenSource();
            var settings = new BridgeSettings { Url = server.Url, Interval = TimeSpan.FromMilliseconds(10), Timeout = TimeSpan.FromSeconds(30) };
            var reader = new LayoutReader(Pcars2Layout.Description, new DirectorySegmentSource(directory), new LayoutReaderOptions { StallTimeout = null });
            using var bridge = new FrameBridge(reader, Pcars2FrameFormat.Create(), settings, TextWriter.Null, new StatusWriter(TextWriter.Synchronized(status)));
            var run = bridge.RunAsync(stop.Token);
            await Until(() => server.Frames.Count >= 2);

            new SharedMemoryWritableView(page).GameState = GameState.Exited;
            game.Publish(page);
            await Until(() => server.Frames.Any(IsExited));
            await stop.CancelAsync();
            await run.WaitAsync(TimeSpan.FromSeconds(60));
            Assert.That(server.Frames.Count(IsExited), Is.EqualTo(1), "one frame shows the exit");
            Assert.That(IsExited(server.Frames.Last()), Is.True, "the server's last frame says the game exited");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static bool IsExited(JsonDocument frame) =>
        frame.RootElement.GetProperty("packets")[3].GetProperty("data").GetProperty("gameStateName").GetString() == "Exited";

    // Waits for a condition a loaded machine reaches late but surely; the bound only stops a hang.
    private static async Task Until(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!condition())
        {
            Assert.That(DateTime.UtcNow, Is.LessThan(deadline), "the condition did not come true within 60 s");
            await Task.Delay(10);
        }
    }

    private static FrameBridge CreateBridge(Uri url, TextWriter status, long? frameLimit, TimeSpan? timeout = null, HttpMessageHandler? handler = null)
    {
        SimulatorSource.TryCreate(Pcars2.Pcars2Layout.Description, out var source);
        var settings = new BridgeSettings
        {
            Url = url,
            Interval = TimeSpan.FromMilliseconds(10),
            Timeout = timeout ?? TimeSpan.FromSeconds(1),
            FrameLimit = frameLimit,
        };
        return new FrameBridge(new LayoutReader(Pcars2.Pcars2Layout.Description, source!), Pcars2FrameFormat.Create(), settings, TextWriter.Null, new StatusWriter(TextWriter.Synchronized(status)), handler);
    }

    /// <summary>Counts requests in flight on the client side: what "at most one POST at a time" is about.</summary>
    private sealed class InFlightCountingHandler() : DelegatingHandler(new SocketsHttpHandler())
    {
        private int _inFlight;
        private int _maxInFlight;

        public int MaxInFlight => Volatile.Read(ref _maxInFlight);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var now = Interlocked.Increment(ref _inFlight);
            if (now > _maxInFlight)
            {
                Volatile.Write(ref _maxInFlight, now);
            }

            try
            {
                return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                Interlocked.Decrement(ref _inFlight);
            }
        }
    }
}
