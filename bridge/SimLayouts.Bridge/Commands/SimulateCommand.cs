using System;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SimLayouts.Bridge.Bridging;
using SimLayouts.Bridge.Simulation;
using SimLayouts.Publishing;

namespace SimLayouts.Bridge.Commands;

/// <summary>
/// <c>simlayouts simulate GAME [--rate HZ] [--duration S] [--shm-dir DIR] [--revision NAME]</c>: publishes a
/// simulated live session into the real shared-memory segments (files in <c>/dev/shm</c> or <c>--shm-dir</c>, named
/// mappings on Windows) with the game's consistency protocol, until the duration or Ctrl+C, then removes the segments.
/// <c>--revision</c> plays an older version of the game (shorter segments, its version number).
/// </summary>
internal static class SimulateCommand
{
    /// <summary>The exit code for bad arguments.</summary>
    public const int UsageExitCode = Usage.ExitCode;

    /// <summary>The exit code when the segments cannot be created (or another process publishes them).</summary>
    public const int SegmentExitCode = 1;

    /// <summary>The slowest <c>--rate</c>: one page every 100 s.</summary>
    public const double SlowestRate = 0.01;

    /// <summary>The fastest <c>--rate</c>.</summary>
    public const double FastestRate = 10_000;

    /// <summary>The default publishing rate, about what the games write at.</summary>
    public const double DefaultRate = 60;

    /// <summary>Seconds between progress lines.</summary>
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromSeconds(10);

    /// <summary>Builds the <c>simulate</c> command.</summary>
    public static Command Create()
    {
        var layoutArgument = GameArgument.Create("game", "The game to simulate", names: [.. GameSimulators.Layouts.Select(layout => layout.Name)]);
        var rateOption = NumberOptions.Real("--rate", "Pages published per second.", "HZ", "pages per second", SlowestRate, FastestRate, DefaultRate);
        var durationOption = NumberOptions.OptionalReal("--duration", "Stop after this many seconds (default: until Ctrl+C).", "S", "seconds", 0.001, NumberOptions.LongestSeconds);
        var shmOption = new Option<string?>("--shm-dir")
        {
            Description = $"Directory to create the segment files in (default: ${Sources.SharedMemorySource.DirectoryVariable}, else /dev/shm on Linux and named mappings on Windows).",
            HelpName = "DIR",
        };

        var revisionOption = new Option<string?>("--revision")
        {
            Description = "Play an older version of the game: the pages of one of its layout's revisions (simlayouts games lists them), in segments of that revision's size.",
            HelpName = "NAME",
        };

        var command = new Command("simulate", "Write a simulated live session into the game's shared-memory segments, for the bridge and other readers.")
        {
            layoutArgument,
            rateOption,
            durationOption,
            shmOption,
            revisionOption,
        };

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var errors = parseResult.InvocationConfiguration.Error;
            var status = new StatusWriter(errors);
            var name = parseResult.GetValue(layoutArgument);
            if (!BuiltInLayouts.TryGet(name, out var layout))
            {
                return Usage.Fail(parseResult, errors, GameArgument.Unknown("game", name));
            }

            if (!GameSimulators.TryCreate(layout, out var game))
            {
                return Usage.Fail(parseResult, errors, $"{layout.Name} has no simulator; games with one: {GameArgument.List(GameSimulators.Layouts.Select(simulated => simulated.Name))}.");
            }

            var rate = parseResult.GetValue(rateOption);
            var duration = parseResult.GetValue(durationOption);
            var shmDirectory = parseResult.GetValue(shmOption);
            if (shmDirectory is not null && !Directory.Exists(shmDirectory))
            {
                return Usage.Fail(parseResult, errors, $"shared-memory directory '{shmDirectory}' does not exist.");
            }

            SimulatedRevision? revision = null;
            if (parseResult.GetValue(revisionOption) is { } revisionName && !SimulatedRevision.TryResolve(layout, revisionName, out revision, out var revisionError))
            {
                return Usage.Fail(parseResult, errors, revisionError);
            }

            var publishers = new PagePublisher[layout.Pages.Count];
            try
            {
                for (var index = 0; index < publishers.Length; index++)
                {
                    publishers[index] = PagePublisher.Create(layout.Pages[index], shmDirectory, revision?.SegmentLength(index));
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or PlatformNotSupportedException)
            {
                Array.ForEach(publishers, publisher => publisher?.Dispose());
                status.Line($"cannot create the {layout.Name} segments: {exception.Message}");
                return SegmentExitCode;
            }

            try
            {
                var frames = await PublishAsync(game, revision, publishers, rate, duration, status, cancellationToken).ConfigureAwait(false);
                status.Line(string.Create(CultureInfo.InvariantCulture, $"published {frames} frames of {layout.Name}; removing the segments."));
            }
            finally
            {
                Array.ForEach(publishers, publisher => publisher.Dispose());
            }

            return 0;
        });

        return command;
    }

    private static async Task<long> PublishAsync(GameSimulator game, SimulatedRevision? revision, PagePublisher[] publishers, double rate, double? duration, StatusWriter status, CancellationToken cancellationToken)
    {
        var pages = Array.ConvertAll(publishers, publisher => new byte[publisher.Page.Size]);
        var locations = string.Join(", ", Array.ConvertAll(publishers, publisher => publisher.Segment.Location));
        var version = revision is null ? string.Empty : $" (revision {revision.Name})";
        status.Line(string.Create(CultureInfo.InvariantCulture, $"simulating {game.Layout.Name}{version} at {rate:0.##} Hz into {locations}{(duration is { } d ? $" for {d:0.###} s" : " until Ctrl+C")}."));

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (duration is { } seconds)
        {
            stop.CancelAfter(TimeSpan.FromSeconds(seconds));
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1 / rate));
        var clock = Stopwatch.StartNew();
        var last = TimeSpan.Zero;
        var lastProgress = TimeSpan.Zero;
        long frames = 0;
        try
        {
            do
            {
                var now = clock.Elapsed;
                game.Advance(now - last);
                last = now;
                for (var index = 0; index < publishers.Length; index++)
                {
                    game.WritePage(index, pages[index]);
                    revision?.Stamp(index, pages[index]);
                    publishers[index].Publish(pages[index]);
                }

                frames++;
                if (now - lastProgress >= ProgressInterval)
                {
                    lastProgress = now;
                    status.Line(Progress(game.Race, frames));
                }
            }
            while (await timer.WaitForNextTickAsync(stop.Token).ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The duration elapsed or Ctrl+C: both end the session normally.
        }

        return frames;
    }

    private static string Progress(SimulatedRace race, long frames)
    {
        var leader = race.Cars[0];
        foreach (var car in race.Cars)
        {
            if (race.PositionOf(car.Slot) == 1)
            {
                leader = car;
            }
        }

        return string.Create(CultureInfo.InvariantCulture, $"race time {race.RaceTime:0} s, leader {leader.Entrant.Name} on lap {Math.Min(leader.CurrentLap, race.LapsInEvent)}/{race.LapsInEvent}, {frames} frames published.");
    }
}
