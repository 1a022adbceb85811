using System;
using System.IO;
using System.Linq;
using NUnit.Framework;
using SimLayouts.Bridge.Tests.Exporting;
using SimLayouts.Bridge.Tests.Infrastructure;

namespace SimLayouts.Bridge.Tests.Plotting;

/// <summary><c>simlayouts plot</c>: laps of simulated recordings drawn from the layouts' roles.</summary>
[NonParallelizable]
public sealed class PlotTests
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private string _directory = null!;

    [SetUp]
    public void SetUp()
    {
        _directory = Path.Combine(Path.GetTempPath(), "simlayouts-plot-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_directory, recursive: true);

    [TestCaseSource(typeof(SimulatedGames), nameof(SimulatedGames.Names))]
    public void Two_laps_of_every_game_with_a_simulator_are_drawn_overlaid(string game)
    {
        var recording = Path.Combine(_directory, game + ".rec");
        SyntheticRecording.Write(recording, ExportTests.Layout(game), TimeSpan.FromMinutes(5), rate: 20);
        var laps = LapsIn(recording, game);
        Assert.That(laps.Length, Is.GreaterThanOrEqualTo(3), "five simulated minutes hold a few laps");
        var image = Path.Combine(_directory, game + ".png");

        var result = CommandLine.Run("plot", recording, "--lap", laps[1], "--vs", laps[2], "--out", image);

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        Assert.That(result.Error, Does.Contain($"drew lap {laps[1]}").And.Contain($"lap {laps[2]}"));
        var bytes = File.ReadAllBytes(image);
        Assert.That(bytes.AsSpan(0, 8).SequenceEqual(PngSignature), Is.True);
        Assert.That(bytes.Length, Is.GreaterThan(20_000), "a chart, not an empty image");
        var copy = Path.Combine(TestContext.CurrentContext.WorkDirectory, $"plot-{game}.png");
        File.Copy(image, copy, overwrite: true);
        TestContext.AddTestAttachment(copy, $"Laps {laps[1]} and {laps[2]} of a simulated {game} session.");
    }

    [Test]
    public void A_lap_the_recording_does_not_hold_is_one_line_that_says_which_it_holds()
    {
        var recording = Path.Combine(_directory, "pcars2.rec");
        SyntheticRecording.Write(recording, ExportTests.Layout("pcars2"), TimeSpan.FromSeconds(10), rate: 20);

        var result = CommandLine.Run("plot", recording, "--lap", "99", "--out", Path.Combine(_directory, "x.png"));

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Does.Contain("lap 99 is not in").And.Contain("it holds laps"));
        Assert.That(File.Exists(Path.Combine(_directory, "x.png")), Is.False);
    }

    // The laps the recording holds, as the plot command reports them for a lap it does not hold.
    private string[] LapsIn(string recording, string game)
    {
        var result = CommandLine.Run("plot", recording, "--lap", "-12345", "--out", Path.Combine(_directory, game + "-none.png"));
        var words = result.Error[(result.Error.IndexOf("it holds laps ", StringComparison.Ordinal) + "it holds laps ".Length)..].TrimEnd('.', '\n').Split(" to ");
        var first = long.Parse(words[0], System.Globalization.CultureInfo.InvariantCulture);
        var last = long.Parse(words[^1], System.Globalization.CultureInfo.InvariantCulture);
        return [.. Enumerable.Range(0, (int)(last - first + 1)).Select(offset => (first + offset).ToString(System.Globalization.CultureInfo.InvariantCulture))];
    }
}
