using System;
using System.IO;
using System.Linq;
using NUnit.Framework;
using SimLayouts.Bridge.Bridging;
using SimLayouts.Bridge.Commands;
using SimLayouts.Bridge.Frames;
using SimLayouts.Bridge.Simulation;
using SimLayouts.Bridge.Tests.Infrastructure;

namespace SimLayouts.Bridge.Tests;

/// <summary>Every command knows the games from the runtime's generated registry (<see cref="BuiltInLayouts"/>), nowhere else.</summary>
[TestFixture]
public sealed class GameRegistryTests
{
    private static readonly string[][] UnknownGameCommands =
    [
        ["bridge", "--game", "nope", "--print"],
        ["simulate", "nope"],
        ["record", "nope", "--out", Path.Combine(Path.GetTempPath(), "simlayouts-never-written.rec")],
        ["dump", "nope"],
        ["bench", "nope"],
        ["layout", "nope"],
    ];

    [TestCaseSource(nameof(UnknownGameCommands))]
    public void An_unknown_game_is_one_line_listing_the_compiled_ones(string[] args)
    {
        var result = CommandLine.Run(args);

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Output, Is.Empty);
        Assert.That(result.Error.TrimEnd('\n'), Does.Not.Contain("\n"), "one line");
        Assert.That(result.Error, Does.StartWith("simlayouts: unknown ").And.Contain("'nope'"));
        Assert.That(result.Error, Does.Contain(string.Join(", ", BuiltInLayouts.Names)));
    }

    [TestCase("dump ")]
    [TestCase("record ")]
    [TestCase("layout ")]
    [TestCase("bench ")]
    [TestCase("bridge --game ")]
    [TestCase("--game ")]
    public void Shells_complete_the_compiled_games(string line)
    {
        var completions = Program.CreateRootCommand().Parse(line).GetCompletions(line.Length).Select(item => item.Label);

        Assert.That(completions, Is.SupersetOf(BuiltInLayouts.Names));
    }

    [Test]
    public void Simulate_completes_the_games_with_a_simulator()
    {
        const string line = "simulate ";
        var completions = Program.CreateRootCommand().Parse(line).GetCompletions(line.Length).Select(item => item.Label).ToArray();

        Assert.That(completions, Is.SupersetOf(GameSimulators.Layouts.Select(layout => layout.Name)));
        Assert.That(completions.Intersect(BuiltInLayouts.Names), Is.EquivalentTo(GameSimulators.Layouts.Select(layout => layout.Name)));
    }

    [Test]
    public void Bridge_help_lists_the_games_and_each_default_url_from_its_layout()
    {
        var help = CommandLine.Run("bridge", "--help").Output;

        Assert.That(help, Does.Contain($"--game <{string.Join('|', BuiltInLayouts.Names)}>"));
        foreach (var layout in BuiltInLayouts.All)
        {
            Assert.That(help, Does.Contain($"{BridgeSettings.DefaultServer}{layout.Bridge.IngestPath} ({layout.Name})"));
        }
    }

    [Test]
    public void The_default_game_is_a_compiled_layout_with_a_frame_format()
    {
        Assert.That(BuiltInLayouts.TryGet(BridgeCommand.DefaultGame, out var layout), Is.True);
        Assert.That(FrameFormats.TryCreate(layout!, out _, out var error), Is.True, error);
    }

    [TestCase("games")]
    [TestCase("games", "--format", "json")]
    public void Games_lists_every_compiled_layout(params string[] args)
    {
        var result = CommandLine.Run(args);

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        foreach (var layout in BuiltInLayouts.All)
        {
            Assert.That(result.Output, Does.Contain(layout.Title));
        }
    }
}
