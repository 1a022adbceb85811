using System;
using System.IO;
using System.Linq;
using NUnit.Framework;
using SimLayouts.Bridge.Detection;
using SimLayouts.Bridge.Simulation;
using SimLayouts.Bridge.Tests.Infrastructure;
using SimLayouts.Sources;

namespace SimLayouts.Bridge.Tests.Detection;

/// <summary>
/// Which game publishes <c>Local\acpmf_*</c>: told from the pages of each game, and refused in one line when the
/// pages cannot tell (nothing written, a game not live whose pages fit both, bytes past every layout).
/// </summary>
public sealed class GameDetectorTests
{
    private TemporaryDirectory _shm = null!;

    [SetUp]
    public void SetUp() => _shm = new TemporaryDirectory("detect");

    [TearDown]
    public void TearDown() => _shm.Dispose();

    [Test]
    public void Live_acc_pages_are_acc()
    {
        Publish(Simulated("acc"));

        Assert.That(Detect().Layout?.Name, Is.EqualTo("acc"), Detect().Reason);
    }

    [Test]
    public void Live_ac1_pages_are_ac1_and_so_are_an_older_acs_shorter_pages()
    {
        var pages = Simulated("ac1");
        Publish(pages);
        Assert.That(Detect().Layout?.Name, Is.EqualTo("ac1"), Detect().Reason);

        var ac1 = Layout("ac1");
        Publish(pages.Select((page, index) => page[..ac1.Pages[index].Revisions[0].Size]).ToArray());
        Assert.That(Detect().Layout?.Name, Is.EqualTo("ac1"), Detect().Reason);
    }

    [Test]
    public void Acc_pages_of_a_game_in_its_menus_are_still_acc_when_it_wrote_past_ac1s_pages()
    {
        var pages = Simulated("acc");
        SetStatusOff(Layout("acc"), pages);
        Publish(pages);

        Assert.That(Detect().Layout?.Name, Is.EqualTo("acc"));
    }

    [Test]
    public void Pages_that_fit_both_games_while_no_game_is_live_cannot_tell()
    {
        var pages = Simulated("ac1");
        SetStatusOff(Layout("ac1"), pages);
        Publish(pages);

        var detection = Detect();
        Assert.That(detection.Layout, Is.Null);
        Assert.That(detection.Reason, Does.StartWith("cannot tell which game publishes").And.Contain("ac1 and acc").And.Contain("not live"));
        Assert.That(detection.Reason, Does.Not.Contain("\n"));
    }

    [Test]
    public void Pages_of_zeros_cannot_tell()
    {
        Publish(Layout("acc").Pages.Select(page => new byte[page.Size]).ToArray());

        var detection = Detect();
        Assert.That(detection.Layout, Is.Null);
        Assert.That(detection.Reason, Does.Contain("only zeros"));
    }

    [Test]
    public void Bytes_past_every_layouts_pages_cannot_tell()
    {
        var pages = Simulated("acc");
        var graphics = new byte[4096];
        pages[1].CopyTo(graphics, 0);
        graphics[^1] = 1;
        pages[1] = graphics;
        Publish(pages);

        var detection = Detect();
        Assert.That(detection.Layout, Is.Null);
        Assert.That(detection.Reason, Does.Contain("past the pages of"));
    }

    [Test]
    public void No_segments_mean_no_game_and_a_game_alone_on_its_segments_is_that_game()
    {
        Assert.That(Detect().Layout, Is.Null);
        Assert.That(Detect().Reason, Does.StartWith("no game's shared memory is there"));

        Publish(Simulated("acevo"), Layout("acevo"));
        Assert.That(Detect().Layout?.Name, Is.EqualTo("acevo"));
    }

    [Test]
    public void The_detect_command_prints_the_game_or_one_line_and_exit_code_1()
    {
        var empty = CommandLine.Run("detect", "--shm-dir", _shm.Path);
        Assert.That((empty.ExitCode, empty.Output), Is.EqualTo((1, string.Empty)));
        Assert.That(empty.Error.TrimEnd('\n').Split('\n'), Has.Length.EqualTo(1));

        Publish(Simulated("acc"));
        var acc = CommandLine.Run("detect", "--source", "file:" + _shm.Path);
        Assert.That((acc.ExitCode, acc.Output), Is.EqualTo((0, "acc\n")), acc.Error);
        Assert.That(acc.Error, Does.StartWith("simlayouts: acc: only its pages hold what is written"));
    }

    private static LayoutDescription Layout(string name)
    {
        Assert.That(BuiltInLayouts.TryGet(name, out var layout), Is.True);
        return layout!;
    }

    /// <summary>The pages of <paramref name="game"/>'s simulator after a minute of racing.</summary>
    private static byte[][] Simulated(string game)
    {
        var layout = Layout(game);
        Assert.That(GameSimulators.TryCreate(layout, out var simulator), Is.True);
        simulator!.Advance(TimeSpan.FromSeconds(60));
        return [.. layout.Pages.Select((page, index) =>
        {
            var bytes = new byte[page.Size];
            simulator.WritePage(index, bytes);
            if (page.CounterField is not null)
            {
                bytes[page.CounterOffset] = 7;
            }

            return bytes;
        })];
    }

    private static void SetStatusOff(LayoutDescription layout, byte[][] pages)
    {
        for (var index = 0; index < layout.Pages.Count; index++)
        {
            if (layout.Pages[index].Presence is { } presence)
            {
                pages[index].AsSpan(presence.Field.Offset, presence.Field.Size).Clear();
            }
        }
    }

    private void Publish(byte[][] pages, LayoutDescription? layout = null)
    {
        layout ??= Layout("acc");
        for (var index = 0; index < pages.Length; index++)
        {
            File.WriteAllBytes(Path.Combine(_shm.Path, SegmentFileNames.FileName(layout.Pages[index].SegmentName)), pages[index]);
        }
    }

    private GameDetection Detect()
    {
        using var source = new DirectorySegmentSource(_shm.Path, isLive: false);
        return GameDetector.Detect(source, BuiltInLayouts.All);
    }
}
