using System;
using System.IO;
using NUnit.Framework;
using SimLayouts.Bridge.Tests.Infrastructure;

namespace SimLayouts.Bridge.Tests.Hostile;

/// <summary>
/// Absurd numbers and unknown options, given to the real program: one line on stderr saying what is wrong and
/// where to read more, exit code 2, nothing on stdout; never an exception, a stack trace or a .NET type name.
/// </summary>
[Category("Hostile")]
[NonParallelizable]
public sealed class ExtremeOptionsTests
{
    private TemporaryDirectory _temporary = null!;

    [SetUp]
    public void SetUp()
    {
        _temporary = new TemporaryDirectory("extreme");
    }

    [TearDown]
    public void TearDown() => _temporary?.Dispose();

    [TestCase("bridge --bogus", "Unrecognized command or argument '--bogus'")]
    [TestCase("--bogus", "Unrecognized command or argument '--bogus'")]
    [TestCase("bridge --interval abc", "--interval must be a number of seconds")]
    [TestCase("bridge --source sim --print --interval 1e-7", "--interval must be a number of seconds from 0.001 to 86400, not '1e-7'")]
    [TestCase("bridge --source sim --print --interval 1e-9", "--interval")]
    [TestCase("bridge --source sim --print --interval 1e300", "--interval")]
    [TestCase("bridge --source sim --timeout 1e300", "--timeout must be a number of seconds")]
    [TestCase("bridge --source sim --timeout 1e-9", "--timeout must be a number of seconds")]
    [TestCase("bridge --source sim --print --frames 99999999999999999999", "--frames must be a whole number from 1 to 9223372036854775807, not '99999999999999999999'")]
    [TestCase("bridge --source sim --print --frames -3", "--frames must be a whole number")]
    [TestCase("record pcars2 --out OUT --source sim --duration NaN", "--duration must be a number of seconds")]
    [TestCase("record pcars2 --out OUT --source sim --duration 1e300", "--duration must be a number of seconds")]
    [TestCase("record pcars2 --out OUT --source sim --interval-ms 1e12", "--interval-ms must be a number of milliseconds from 0 to 86400000")]
    [TestCase("record pcars2 --out OUT --source sim --frames 99999999999999999999", "--frames must be a whole number")]
    [TestCase("simulate pcars2 --shm-dir DIR --duration 1e300", "--duration must be a number of seconds")]
    [TestCase("simulate pcars2 --shm-dir DIR --rate 1e-9", "--rate must be a number of pages per second from 0.01 to 10000")]
    [TestCase("bench pcars2 --source sim --frames 99999999999999999999", "--frames must be a whole number")]
    [TestCase("bench pcars2 --source sim --frames 0", "--frames must be a whole number")]
    [TestCase("dump pcars2 --enums sometimes", "sometimes")]
    [TestCase("bridge --source sim --speed fast", "--speed 'fast' is not a positive number or max")]
    [TestCase("serve --port 1e300", "--port '1e300' is not a whole number in its range.")]
    [TestCase("plot REC --lap 99999999999999999999 --out OUT", "--lap '99999999999999999999' is not a whole number in its range.")]
    public void Is_one_line_on_stderr_with_exit_code_2_and_nothing_on_stdout(string commandLine, string message)
    {
        var args = commandLine.Replace("OUT", Path.Combine(_temporary.Path, "out.slrec"), StringComparison.Ordinal).Replace("DIR", _temporary.Path, StringComparison.Ordinal).Replace("REC", Path.Combine(_temporary.Path, "in.slrec"), StringComparison.Ordinal).Split(' ');

        var result = CliProcess.Run(args);

        NoCrash.Check(result, 2);
        Assert.That(result.Output, Is.Empty, "stdout is for data");
        Assert.That(result.Error, Does.Contain(message));
        Assert.That(result.Error.TrimEnd('\n').Split('\n'), Has.Length.EqualTo(1), "one line:\n" + result.Error);
        Assert.That(result.Error, Does.Match(@"See 'simlayouts( [a-z]+)? --help'\.\n$"));
        Assert.That(Directory.GetFiles(_temporary.Path), Is.Empty, "nothing written, nothing published");
    }
}
