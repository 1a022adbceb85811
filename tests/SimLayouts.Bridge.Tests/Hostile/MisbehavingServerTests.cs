using System;
using System.Text.RegularExpressions;
using System.Threading;
using NUnit.Framework;
using SimLayouts.Bridge.Commands;
using SimLayouts.Bridge.Tests.Infrastructure;

namespace SimLayouts.Bridge.Tests.Hostile;

/// <summary>
/// Servers that are down, die, answer 500, close the connection mid-answer, speak something else than HTTP or never
/// answer: the bridge never stops for them, says what happened in words that fit (only an unreachable server is
/// "cannot reach"), and a run with an end (<c>--once</c>, <c>--frames</c>) that lost a frame exits with 3.
/// </summary>
[Category("Hostile")]
[NonParallelizable]
public sealed class MisbehavingServerTests
{
    [Test]
    public void Once_to_a_server_that_is_down_exits_3_saying_it_cannot_be_reached()
    {
        var result = CliProcess.Run("bridge", "--source", "sim", "--once", "--url", $"http://127.0.0.1:{IngestServer.FreePort()}{IngestServer.Path}");

        NoCrash.Check(result, BridgeCommand.PostFailedExitCode);
        Assert.That(result.Error, Does.Contain("POST failed: cannot reach http://127.0.0.1:").And.Contain("done: 0 frames sent, 1 failed"));
    }

    [Test]
    public void Once_to_a_server_answering_500_exits_3()
    {
        using var server = new IngestServer(IngestServer.FreePort(), IngestBehaviour.Fail);

        var result = CliProcess.Run("bridge", "--source", "sim", "--once", "--url", server.Url.ToString());

        NoCrash.Check(result, BridgeCommand.PostFailedExitCode);
        Assert.That(result.Error, Does.Contain("answered 500 Internal Server Error."));
    }

    [TestCase(Misbehaviour.CloseWithoutAnswer, "closed the connection before its answer was complete.")]
    [TestCase(Misbehaviour.CloseMidResponse, "closed the connection before its answer was complete.")]
    [TestCase(Misbehaviour.Garbage, "answered with something that is not HTTP.")]
    public void Once_to_a_server_that_was_reached_but_failed_exits_3_without_saying_it_cannot_be_reached(Misbehaviour behaviour, string message)
    {
        using var server = new MisbehavingServer(behaviour);

        var result = CliProcess.Run("bridge", "--source", "sim", "--once", "--url", server.Url.ToString());

        NoCrash.Check(result, BridgeCommand.PostFailedExitCode);
        Assert.That(result.Error, Does.Contain(message).And.Not.Contain("cannot reach"));
    }

    [Test]
    public void Once_to_a_server_that_never_answers_exits_3_after_the_timeout()
    {
        using var server = new MisbehavingServer(Misbehaviour.Silent);

        var result = CliProcess.Run("bridge", "--source", "sim", "--once", "--timeout", "0.5", "--url", server.Url.ToString());

        NoCrash.Check(result, BridgeCommand.PostFailedExitCode);
        Assert.That(result.Error, Does.Contain("did not answer within 0.5 s."));
    }

    [Test]
    public void Once_to_a_server_that_accepts_exits_0()
    {
        using var server = new IngestServer(IngestServer.FreePort());

        var result = CliProcess.Run("bridge", "--source", "sim", "--once", "--url", server.Url.ToString());

        NoCrash.Check(result, 0);
        Assert.That(server.Frames, Has.Count.EqualTo(1));
    }

    [Test]
    public void A_server_that_dies_mid_run_never_stops_the_bridge_and_the_run_exits_3()
    {
        var server = new IngestServer(IngestServer.FreePort());
        using var bridge = CliProcess.Start(["bridge", "--source", "sim", "--frames", "40", "--interval", "0.05", "--url", server.Url.ToString()]);
        var deadline = DateTime.UtcNow + CliProcess.Bound;
        while (server.Frames.Count < 2 && DateTime.UtcNow < deadline && !bridge.Process.HasExited)
        {
            Thread.Sleep(20);
        }

        Assert.That(server.Frames, Has.Count.GreaterThanOrEqualTo(2), "the server got frames while it lived");
        server.Dispose();
        var result = bridge.WaitForExit();

        NoCrash.Check(result, BridgeCommand.PostFailedExitCode);
        var summary = Regex.Match(result.Error, @"done: (\d+) frames sent, (\d+) failed");
        Assert.That(summary.Success, Is.True, result.Error);
        Assert.That(int.Parse(summary.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + int.Parse(summary.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(40), "every frame was sent or counted as failed");
        Assert.That(result.Error, Does.Contain("POST failed"));
    }
}
