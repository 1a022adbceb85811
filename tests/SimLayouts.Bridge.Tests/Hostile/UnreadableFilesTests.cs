using System;
using System.Diagnostics;
using System.IO;
using System.Runtime.Versioning;
using NUnit.Framework;
using SimLayouts.Bridge.Commands;
using SimLayouts.Bridge.Tests.Infrastructure;
using SimLayouts.Pcars2;

namespace SimLayouts.Bridge.Tests.Hostile;

/// <summary>
/// Segment and page files the program cannot read: another user's file of mode 0600 (run as the unprivileged user
/// <c>nobody</c> through <c>setpriv</c> when the tests run as root, or a mode 000 file otherwise), a FIFO and a
/// directory in a file's place. Every command says so in one line, never with a stack trace, never blocks on the
/// FIFO, and <c>record</c> leaves no file behind.
/// </summary>
[Category("Hostile")]
[NonParallelizable]
[SupportedOSPlatform("linux")]
public sealed class UnreadableFilesTests
{
    private const int Nobody = 65534;
    private TemporaryDirectory _temporary = null!;

    private string SegmentPath => Path.Combine(_temporary.Path, SharedMemoryLayout.SegmentName);

    [SetUp]
    public void SetUp()
    {
        Assume.That(OperatingSystem.IsLinux(), "file modes, FIFOs and setpriv: checked on Linux");
        _temporary = new TemporaryDirectory("unreadable");

        // Anyone may enter and write here (record's output); only the segment file is off limits.
        File.SetUnixFileMode(_temporary.Path, (UnixFileMode)0b111_111_111);
    }

    [TearDown]
    public void TearDown() => _temporary?.Dispose();

    [Test]
    public void Another_users_segment_is_one_line_for_every_command_and_record_writes_nothing()
    {
        File.WriteAllBytes(SegmentPath, new byte[SharedMemoryLayout.Size]);
        File.SetUnixFileMode(SegmentPath, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        int? user = Environment.UserName == "root" ? Nobody : null;
        if (user is null)
        {
            File.SetUnixFileMode(SegmentPath, UnixFileMode.None);
        }
        else
        {
            Assume.That(CanRunAs(Nobody), "setpriv runs simlayouts as nobody (the test binaries must be readable by others)");
        }

        var output = Path.Combine(_temporary.Path, "out.slrec");
        var dump = Run(user, "dump", "pcars2", "--shm-dir", _temporary.Path);
        var bench = Run(user, "bench", "pcars2", "--source", "file:" + SegmentPath);
        var bridge = Run(user, "bridge", "--shm-dir", _temporary.Path, "--no-wait", "--print");
        var record = Run(user, "record", "pcars2", "--shm-dir", _temporary.Path, "--duration", "0.5", "--out", output);

        NoCrash.Check(dump, 1);
        NoCrash.Check(bench, BenchCommand.UsageExitCode);
        NoCrash.Check(bridge, BridgeCommand.NoGameExitCode);
        NoCrash.Check(record, 0);
        foreach (var result in new[] { dump, bench, bridge, record })
        {
            Assert.That(result.Error, Does.Contain($"cannot read {SegmentPath}: permission denied"));
            Assert.That(result.Output, Is.Empty);
        }

        Assert.That(dump.Error.TrimEnd('\n').Split('\n'), Has.Length.EqualTo(1), dump.Error);
        Assert.That(record.Error, Does.Contain($"recorded 0 frames; {output} was not written."));
        Assert.That(File.Exists(output), Is.False, "no header-only recording");
    }

    [Test]
    public void A_fifo_as_page_file_is_one_line_and_never_blocks()
    {
        MakeFifo(SegmentPath);
        var output = Path.Combine(_temporary.Path, "out.slrec");

        var dump = CliProcess.Run("dump", "pcars2", "--source", "file:" + SegmentPath);
        var once = CliProcess.Run("bridge", "--source", "file:" + SegmentPath, "--once", "--print");
        var record = CliProcess.Run("record", "pcars2", "--source", "file:" + SegmentPath, "--out", output);
        var shm = CliProcess.Run("dump", "pcars2", "--shm-dir", _temporary.Path);

        foreach (var result in new[] { dump, once, record, shm })
        {
            NoCrash.Check(result, 1);
            Assert.That(result.Error, Does.Contain($"cannot read {SegmentPath}: it is a FIFO (named pipe), not a file."));
            Assert.That(result.Output, Is.Empty);
        }

        Assert.That(File.Exists(output), Is.False, "no header-only recording");
    }

    [Test]
    public void A_directory_in_place_of_a_segment_file_is_one_line()
    {
        Directory.CreateDirectory(SegmentPath);

        var dump = CliProcess.Run("dump", "pcars2", "--shm-dir", _temporary.Path);
        var bridge = CliProcess.Run("bridge", "--shm-dir", _temporary.Path, "--no-wait");

        NoCrash.Check(dump, 1);
        NoCrash.Check(bridge, BridgeCommand.NoGameExitCode);
        Assert.That(dump.Error, Is.EqualTo($"simlayouts: Waiting for pcars2: cannot read {SegmentPath}: it is a directory, not a file.\n"));
        Assert.That(bridge.Error, Does.Contain("it is a directory, not a file."));
    }

    private static CliResult Run(int? user, params string[] args)
    {
        using var process = CliProcess.Start(args, asUser: user);
        return process.WaitForExit();
    }

    private static bool CanRunAs(int user)
    {
        using var process = CliProcess.Start(["layout", "pcars2"], asUser: user);
        return process.WaitForExit().ExitCode == 0;
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.That(mkfifo.ExitCode, Is.Zero, "mkfifo");
    }
}
