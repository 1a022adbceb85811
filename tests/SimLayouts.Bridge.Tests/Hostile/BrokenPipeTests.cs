using System;
using System.IO;
using System.Text.Json;
using System.Threading.Tasks;
using NUnit.Framework;
using SimLayouts.Bridge.Tests.Infrastructure;

namespace SimLayouts.Bridge.Tests.Hostile;

/// <summary>
/// <c>simlayouts ... | head -n 1</c>: when the reader of stdout goes away, the program stops quietly with exit code 0,
/// as Unix tools do, instead of printing into the closed pipe forever (.NET's console drops such writes silently).
/// </summary>
[Category("Hostile")]
[NonParallelizable]
public sealed class BrokenPipeTests
{
    private TemporaryDirectory _temporary = null!;

    [SetUp]
    public void SetUp()
    {
        Assume.That(OperatingSystem.IsWindows(), Is.False, "pipes closed under a Unix writer; Windows consoles are checked by the Windows tests");
        _temporary = new TemporaryDirectory("pipe");
    }

    [TearDown]
    public void TearDown() => _temporary?.Dispose();

    [Test]
    public async Task Bridge_print_stops_with_exit_code_0_when_its_reader_has_read_one_line()
    {
        using var bridge = CliProcess.Start(["bridge", "--source", "sim", "--print", "--interval", "0.01"], pumpOutput: false);

        await ReadOneFrameAndClose(bridge);

        var result = bridge.WaitForExit();
        NoCrash.Check(result, 0);
        Assert.That(result.Error, Does.Not.Contain("stopped:"), "quietly: no summary of a run the reader cut short");
    }

    [Test]
    public async Task A_replay_as_fast_as_possible_into_a_closed_pipe_stops_too()
    {
        var recording = Path.Combine(_temporary.Path, "session.slrec");
        Recordings.WritePcars2(recording, frames: 2000, apart: TimeSpan.FromMilliseconds(50));
        using var bridge = CliProcess.Start(["bridge", "--source", "replay:" + recording, "--speed", "max", "--print"], pumpOutput: false);

        await ReadOneFrameAndClose(bridge);

        NoCrash.Check(bridge.WaitForExit(), 0);
    }

    [TestCase("layout", "pcars2")]
    [TestCase("dump", "pcars2", "--source", "sim", "--indented")]
    public void One_shot_commands_whose_output_is_closed_end_quietly(params string[] args)
    {
        using var command = CliProcess.Start(args, pumpOutput: false);
        command.Process.StandardOutput.Close();

        NoCrash.Check(command.WaitForExit(), 0);
    }

    private static async Task ReadOneFrameAndClose(CliProcess process)
    {
        var line = await process.Process.StandardOutput.ReadLineAsync().WaitAsync(CliProcess.Bound);
        Assert.That(line, Is.Not.Null, "a first frame; stderr:\n" + process.Error);
        using (JsonDocument.Parse(line!))
        {
        }

        process.Process.StandardOutput.Close();
    }
}
