using System;
using System.IO;
using NUnit.Framework;
using SimLayouts.Bridge.Commands;
using SimLayouts.Bridge.Tests.Infrastructure;
using SimLayouts.Pcars2;
using SimLayouts.Publishing;
using SimLayouts.Recording;
using SimLayouts.Sources;

namespace SimLayouts.Bridge.Tests;

/// <summary><c>simlayouts record</c> and the shared <c>--source</c> / <c>--shm-dir</c> options, as a user runs them.</summary>
[NonParallelizable]
public sealed class RecordCommandTests
{
    private string _directory = null!;

    [SetUp]
    public void SetUp()
    {
        _directory = Path.Combine(Path.GetTempPath(), "simlayouts-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_directory, recursive: true);

    [Test]
    public void Records_a_running_game_from_a_shm_directory()
    {
        using var game = PagePublisher.Create<SharedMemoryView>(_directory);
        game.Publish(Pcars2Page(speed: 41.5f));
        var output = Path.Combine(_directory, "session.slrec");

        var result = CommandLine.Run("record", "pcars2", "--out", output, "--shm-dir", _directory, "--frames", "1");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        Assert.That(result.Error, Does.Contain("Attached to pcars2").And.Contain("recorded 1 frames"));
        using var reader = RecordingReader.Open(output, Pcars2.Pcars2Layout.Description);
        Assert.That(reader.TryReadFrame(), Is.True);
        Assert.That(new SharedMemoryView(reader.Page(0)).Speed, Is.EqualTo(41.5f));
        Assert.That(reader.TryReadFrame(), Is.False);
    }

    [Test]
    public void Records_a_page_dump_and_rerecords_its_replay()
    {
        var dump = Path.Combine(_directory, "pcars2.bin");
        File.WriteAllBytes(dump, Pcars2Page(speed: 7f));
        var first = Path.Combine(_directory, "first.slrec");
        var second = Path.Combine(_directory, "second.slrec");

        var fromFile = CommandLine.Run("record", "pcars2", "--out", first, "--source", "file:" + dump, "--frames", "1");
        var fromReplay = CommandLine.Run("record", "pcars2", "--out", second, "--source", "replay:" + first, "--speed", "max");

        Assert.That(fromFile.ExitCode, Is.EqualTo(0), fromFile.Error);
        Assert.That(fromReplay.ExitCode, Is.EqualTo(0), fromReplay.Error);
        Assert.That(fromReplay.Error, Does.Contain("has no more frames").And.Contain("recorded 1 frames"));
        using var reader = RecordingReader.Open(second, Pcars2.Pcars2Layout.Description);
        Assert.That(reader.TryReadFrame(), Is.True);
        Assert.That(reader.Page(0).SequenceEqual(File.ReadAllBytes(dump)), Is.True);
    }

    [Test]
    public void Stops_after_the_duration_even_without_a_game_and_leaves_no_file()
    {
        var output = Path.Combine(_directory, "none.slrec");

        var result = CommandLine.Run("record", "acevo", "--out", output, "--shm-dir", _directory, "--duration", "0.2");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        Assert.That(result.Error, Does.Contain("Waiting for acevo: segment Local\\acevo_pmf_physics, Local\\acevo_pmf_graphics, Local\\acevo_pmf_static not found").And.Contain($"recorded 0 frames; {output} was not written."));
        Assert.That(File.Exists(output), Is.False, "no header-only recording");
    }

    [Test]
    public void Recording_nothing_leaves_an_existing_file_as_it_was()
    {
        var output = Path.Combine(_directory, "kept.slrec");
        File.WriteAllText(output, "an earlier session");

        var result = CommandLine.Run("record", "pcars2", "--out", output, "--shm-dir", _directory, "--duration", "0.2");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        Assert.That(File.ReadAllText(output), Is.EqualTo("an earlier session"));
    }

    [Test]
    public void A_segment_that_cannot_be_read_is_reported_and_no_file_is_left()
    {
        Directory.CreateDirectory(Path.Combine(_directory, "$pcars2$"));
        var output = Path.Combine(_directory, "x.slrec");

        var result = CommandLine.Run("record", "pcars2", "--out", output, "--shm-dir", _directory, "--duration", "0.2");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        Assert.That(result.Error, Does.Contain("is a directory, not a file.").And.Not.Contain("Exception"));
        Assert.That(File.Exists(output), Is.False);
    }

    [Test]
    public void A_page_file_that_holds_no_page_ends_the_recording_at_once()
    {
        var dump = Path.Combine(_directory, "short.bin");
        File.WriteAllBytes(dump, new byte[100]);
        var output = Path.Combine(_directory, "x.slrec");

        var result = CommandLine.Run("record", "pcars2", "--out", output, "--source", "file:" + dump);

        Assert.That(result.ExitCode, Is.EqualTo(RecordCommand.OutputExitCode));
        Assert.That(result.Error, Does.Contain("holds 100 bytes").And.EndWith($"nothing to record: page file {dump} holds no pcars2 page that can be read (a file or recording is not waited for).\n"));
        Assert.That(File.Exists(output), Is.False);
    }

    [TestCase("tcp:localhost", "simlayouts: --source 'tcp:localhost' is not one of shm|sim|file:PATH|replay:PATH. See 'simlayouts record --help'.\n")]
    [TestCase("file:", "simlayouts: --source 'file:' is not one of shm|sim|file:PATH|replay:PATH. See 'simlayouts record --help'.\n")]
    public void A_bad_source_gets_one_clear_message(string source, string expected)
    {
        var result = CommandLine.Run("record", "pcars2", "--out", Path.Combine(_directory, "x.slrec"), "--source", source, "--frames", "1");

        Assert.That(result.ExitCode, Is.EqualTo(RecordCommand.UsageExitCode));
        Assert.That(result.Error, Is.EqualTo(expected));
    }

    [Test]
    public void A_missing_or_foreign_replay_gets_one_clear_message()
    {
        var foreign = Path.Combine(_directory, "notes.txt");
        File.WriteAllText(foreign, "not a recording");

        var missing = CommandLine.Run("record", "pcars2", "--out", Path.Combine(_directory, "x.slrec"), "--source", "replay:" + Path.Combine(_directory, "nope.slrec"));
        var notOurs = CommandLine.Run("record", "pcars2", "--out", Path.Combine(_directory, "y.slrec"), "--source", "replay:" + foreign);

        Assert.That(missing.ExitCode, Is.EqualTo(RecordCommand.UsageExitCode));
        Assert.That(missing.Error, Does.StartWith("simlayouts: Recording ").And.Contain("could not be opened"));
        Assert.That(notOurs.Error, Is.EqualTo($"simlayouts: {foreign} is not a SimLayouts recording (it does not start with the recording magic bytes). See 'simlayouts record --help'.\n"));
    }

    [Test]
    public void A_single_page_file_for_a_three_page_layout_is_refused()
    {
        var dump = Path.Combine(_directory, "physics.bin");
        File.WriteAllBytes(dump, new byte[800]);

        var result = CommandLine.Run("record", "acevo", "--out", Path.Combine(_directory, "x.slrec"), "--source", "file:" + dump);

        Assert.That(result.ExitCode, Is.EqualTo(RecordCommand.UsageExitCode));
        Assert.That(result.Error, Does.Contain("is one page, but acevo has 3 pages; give a directory of segment-named files instead."));
    }

    [Test]
    public void Conflicting_limits_unknown_layouts_and_missing_shm_directories_are_refused()
    {
        var output = Path.Combine(_directory, "x.slrec");
        var both = CommandLine.Run("record", "pcars2", "--out", output, "--duration", "1", "--frames", "1");
        var unknown = CommandLine.Run("record", "rfactor", "--out", output);
        var noDirectory = CommandLine.Run("record", "pcars2", "--out", output, "--shm-dir", Path.Combine(_directory, "absent"));

        Assert.That(both.Error, Is.EqualTo("simlayouts: give --duration or --frames, not both. See 'simlayouts record --help'.\n"));
        Assert.That(unknown.Error, Is.EqualTo($"simlayouts: unknown layout 'rfactor'. Known layouts: {string.Join(", ", BuiltInLayouts.Names)}. See 'simlayouts record --help'.\n"));
        Assert.That(noDirectory.Error, Does.Contain("does not exist"));
        Assert.That(new[] { both.ExitCode, unknown.ExitCode, noDirectory.ExitCode }, Is.All.EqualTo(RecordCommand.UsageExitCode));
        Assert.That(File.Exists(output), Is.False);
    }

    [Test]
    public void The_shm_directory_comes_from_the_environment_when_not_given()
    {
        var previous = Environment.GetEnvironmentVariable(SharedMemorySource.DirectoryVariable);
        try
        {
            Environment.SetEnvironmentVariable(SharedMemorySource.DirectoryVariable, _directory);
            Assert.That(SourceOptions.TryResolve("shm", null, null, Pcars2.Pcars2Layout.Description, out var source, out var error), Is.True, error);
            using (source)
            {
                Assert.That(source!.Description, Does.Contain(_directory));
            }

            Assert.That(SourceOptions.TryResolve("shm", "/elsewhere-that-does-not-exist", null, Pcars2.Pcars2Layout.Description, out _, out var explicitError), Is.False);
            Assert.That(explicitError, Does.Contain("/elsewhere-that-does-not-exist"), "--shm-dir wins over the environment");
        }
        finally
        {
            Environment.SetEnvironmentVariable(SharedMemorySource.DirectoryVariable, previous);
        }
    }

    [Test]
    public void Help_lists_the_source_forms()
    {
        var result = CommandLine.Run("record", "--help");
        Assert.That(result.Output, Does.Contain("--source").And.Contain(SourceOptions.SourceForms).And.Contain("--shm-dir").And.Contain("--frames"));
    }

    private static byte[] Pcars2Page(float speed)
    {
        var page = new byte[SharedMemoryView.Size];
        var writer = new SharedMemoryWritableView(page)
        {
            Version = 14,
            GameState = GameState.IngamePlaying,
            Speed = speed,
        };
        _ = writer;
        return page;
    }
}
