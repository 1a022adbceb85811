using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using NUnit.Framework;
using SimLayouts.AcEvo;
using SimLayouts.Bridge.Commands;
using SimLayouts.Bridge.Tests.Infrastructure;
using SimLayouts.Pcars2;
using SimLayouts.Publishing;

namespace SimLayouts.Bridge.Tests;

/// <summary><c>simlayouts dump</c>: one frame as one JSON document on stdout, from every kind of source.</summary>
[NonParallelizable]
public sealed class DumpCommandTests
{
    private string _directory = null!;

    [SetUp]
    public void SetUp()
    {
        _directory = Path.Combine(Path.GetTempPath(), "simlayouts-dump-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_directory, recursive: true);

    [Test]
    public void Dumps_a_pcars2_page_file_as_one_compact_json_document()
    {
        var page = new byte[SharedMemoryView.Size];
        var writer = new SharedMemoryWritableView(page);
        writer.Version = 14;
        writer.GameState = GameState.IngamePlaying;
        writer.NumParticipants = 2;
        var first = writer.ParticipantInfo[0];
        first.Name = "Zoë Ørsted";
        var path = Path.Combine(_directory, "pcars2.bin");
        File.WriteAllBytes(path, page);

        var result = CommandLine.Run("dump", "pcars2", "--source", "file:" + path);

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        Assert.That(result.Output.TrimEnd('\n'), Does.Not.Contain("\n"), "compact: one line");
        using var json = JsonDocument.Parse(result.Output);
        Assert.That(json.RootElement.GetProperty("gameState").GetString(), Is.EqualTo("IngamePlaying"));
        Assert.That(json.RootElement.GetProperty("participantInfo").GetArrayLength(), Is.EqualTo(2));
        Assert.That(json.RootElement.GetProperty("participantInfo")[0].GetProperty("name").GetString(), Is.EqualTo("Zoë Ørsted"));
        Assert.That(result.Output, Does.Contain("Zoë Ørsted"), "names stay readable");
    }

    [Test]
    public void Options_choose_indentation_enum_numbers_and_all_entries()
    {
        var page = new byte[SharedMemoryView.Size];
        new SharedMemoryWritableView(page).GameState = GameState.IngamePaused;
        var path = Path.Combine(_directory, "pcars2.bin");
        File.WriteAllBytes(path, page);

        var result = CommandLine.Run("dump", "pcars2", "--source", "file:" + path, "--indented", "--enums", "numbers", "--arrays", "all");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        Assert.That(result.Output.Split('\n').Length, Is.GreaterThan(100));
        using var json = JsonDocument.Parse(result.Output);
        Assert.That(json.RootElement.GetProperty("gameState").GetUInt32(), Is.EqualTo((uint)GameState.IngamePaused));
        Assert.That(json.RootElement.GetProperty("participantInfo").GetArrayLength(), Is.EqualTo(64));
    }

    [Test]
    public void Dumps_ac_evo_from_a_directory_of_segment_files_as_physics_graphics_and_static()
    {
        var physics = new byte[PhysicsView.Size];
        new PhysicsWritableView(physics).Rpms = 7000;
        var graphics = new byte[GraphicsView.Size];
        new GraphicsWritableView(graphics).Status = AcEvoStatus.Live;
        var statics = new byte[StaticView.Size];
        new StaticWritableView(statics).Track = "Imola";
        File.WriteAllBytes(Path.Combine(_directory, "acevo_pmf_physics"), physics);
        File.WriteAllBytes(Path.Combine(_directory, "acevo_pmf_graphics"), graphics);
        File.WriteAllBytes(Path.Combine(_directory, "acevo_pmf_static"), statics);

        var result = CommandLine.Run("dump", "acevo", "--source", "file:" + _directory);

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        using var json = JsonDocument.Parse(result.Output);
        Assert.That(json.RootElement.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "physics", "graphics", "static" }));
        Assert.That(json.RootElement.GetProperty("physics").GetProperty("rpms").GetInt32(), Is.EqualTo(7000));
        Assert.That(json.RootElement.GetProperty("graphics").GetProperty("status").GetString(), Is.EqualTo("Live"));
        Assert.That(json.RootElement.GetProperty("static").GetProperty("track").GetString(), Is.EqualTo("Imola"));
    }

    [Test]
    public void Dumps_the_running_game_from_shared_memory_torn_free()
    {
        using var game = PagePublisher.Create<SharedMemoryView>(_directory);
        var page = new byte[SharedMemoryView.Size];
        var writer = new SharedMemoryWritableView(page);
        writer.GameState = GameState.IngamePlaying;
        writer.Speed = 55f;
        game.Publish(page);

        var result = CommandLine.Run("dump", "pcars2", "--shm-dir", _directory);

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        using var json = JsonDocument.Parse(result.Output);
        Assert.That(json.RootElement.GetProperty("speed").GetSingle(), Is.EqualTo(55f));
        Assert.That(json.RootElement.GetProperty("sequenceNumber").GetUInt32() % 2, Is.Zero, "a finished write, not one in progress");
    }

    [Test]
    public void No_game_is_one_clear_message_and_nothing_on_stdout()
    {
        var result = CommandLine.Run("dump", "acevo", "--shm-dir", _directory);

        Assert.That(result.ExitCode, Is.EqualTo(DumpCommand.NoPageExitCode));
        Assert.That(result.Output, Is.Empty);
        Assert.That(result.Error, Does.Contain("no acevo pages").And.Contain("is the game running"));
        Assert.That(result.Error.Trim().Split('\n'), Has.Length.EqualTo(1));
    }

    [Test]
    public void Dumps_a_page_file_saved_mid_write_with_a_warning()
    {
        var page = new byte[SharedMemoryView.Size];
        var writer = new SharedMemoryWritableView(page);
        writer.GameState = GameState.IngamePlaying;
        writer.SequenceNumber = 9;
        writer.Speed = 33f;
        var path = Path.Combine(_directory, "odd.bin");
        File.WriteAllBytes(path, page);

        var result = CommandLine.Run("dump", "pcars2", "--source", "file:" + path);

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        using var json = JsonDocument.Parse(result.Output);
        Assert.That(json.RootElement.GetProperty("speed").GetSingle(), Is.EqualTo(33f));
        Assert.That(result.Error, Does.Contain("mSequenceNumber is 9"));
    }

    [TestCase(0)]
    [TestCase(100)]
    public void A_page_file_too_short_to_be_a_page_is_one_line_saying_so(int length)
    {
        var path = Path.Combine(_directory, "short.bin");
        File.WriteAllBytes(path, new byte[length]);

        var result = CommandLine.Run("dump", "pcars2", "--source", "file:" + path);

        Assert.That(result.ExitCode, Is.EqualTo(DumpCommand.NoPageExitCode));
        Assert.That(result.Output, Is.Empty);
        Assert.That(result.Error, Is.EqualTo($"simlayouts: Waiting for pcars2: segment $pcars2$ in page file {path} holds {length} bytes, fewer than the 20576 of a whole page (revision v9).\n"));
    }

    [TestCase("file:/nonexistent/page.bin", "no such file")]
    [TestCase("tcp:1234", "is not one of")]
    public void A_bad_source_is_a_usage_error(string source, string message)
    {
        var result = CommandLine.Run("dump", "pcars2", "--source", source);

        Assert.That(result.ExitCode, Is.EqualTo(DumpCommand.UsageExitCode));
        Assert.That(result.Error, Does.Contain(message));
        Assert.That(result.Output, Is.Empty);
    }

    [Test]
    public void A_corrupt_recording_is_one_clear_message()
    {
        var path = Path.Combine(_directory, "bad.slrec");
        File.WriteAllBytes(path, new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9 });

        var result = CommandLine.Run("dump", "pcars2", "--source", "replay:" + path);

        Assert.That(result.ExitCode, Is.EqualTo(DumpCommand.UsageExitCode));
        Assert.That(result.Error.Trim().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(result.Output, Is.Empty);
    }
}
