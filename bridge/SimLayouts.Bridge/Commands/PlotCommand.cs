using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using SimLayouts.Bridge.Bridging;
using SimLayouts.Bridge.Exporting;
using SimLayouts.Bridge.Plotting;
using SimLayouts.Bridge.Roles;
using SimLayouts.Reading;

namespace SimLayouts.Bridge.Commands;

/// <summary>
/// <c>simlayouts plot REC --lap N [--vs M] --out lap.png</c>: speed, throttle and brake against lap distance for one lap
/// of a recording, or two overlaid, from the layout's roles (layouts/&lt;game&gt;.roles.yaml).
/// </summary>
internal static class PlotCommand
{
    /// <summary>The exit code for bad arguments, a recording that cannot be read, or a lap it does not hold.</summary>
    public const int UsageExitCode = 2;

    /// <summary>The exit code when the image cannot be written.</summary>
    public const int OutputExitCode = 1;

    /// <summary>Builds the <c>plot</c> command.</summary>
    public static Command Create()
    {
        var recordingArgument = new Argument<string>("recording") { Description = "The recording (made by simlayouts record).", HelpName = "REC" };
        var lapOption = new Option<long>("--lap") { Description = "The lap to draw, as the game counts it.", HelpName = "N", Required = true };
        var versusOption = new Option<long?>("--vs") { Description = "A second lap to overlay.", HelpName = "M" };
        var outOption = new Option<string>("--out") { Description = "The PNG to write (replaced if it exists).", HelpName = "FILE", Required = true };
        var command = new Command("plot", "Draw speed, throttle and brake against lap distance for a lap of a recording (two overlaid with --vs), as a PNG.")
        {
            recordingArgument,
            lapOption,
            versusOption,
            outOption,
        };

        command.SetAction(parseResult =>
        {
            var status = new StatusWriter(parseResult.InvocationConfiguration.Error);
            var path = parseResult.GetValue(recordingArgument)!;
            long[] wanted = parseResult.GetValue(versusOption) is { } versus ? [parseResult.GetValue(lapOption), versus] : [parseResult.GetValue(lapOption)];
            var output = parseResult.GetValue(outOption)!;
            if (!RecordingFrames.TryOpen(path, out var frames, out var openError))
            {
                status.Line(openError);
                return UsageExitCode;
            }

            using (frames)
            {
                if (!LayoutRoles.TryLoad(frames.Layout, out var roles, out var rolesError))
                {
                    status.Line(rolesError);
                    return UsageExitCode;
                }

                var missing = LapTrace.NeededRoles.Where(role => roles.Find(role) is null).ToArray();
                if (missing.Length > 0)
                {
                    status.Line($"{frames.Layout.Name} declares no {string.Join(", ", missing)} role (layouts/{frames.Layout.Name}.roles.yaml); plot needs {string.Join(", ", LapTrace.NeededRoles)}.");
                    return UsageExitCode;
                }

                var laps = Collect(frames, roles, wanted, out var seen);
                if (laps.FirstOrDefault(lap => lap.Distance.Count == 0) is { } empty)
                {
                    status.Line(string.Create(CultureInfo.InvariantCulture, $"lap {empty.Lap} is not in {path}; it holds laps {Ranges(seen)}."));
                    return UsageExitCode;
                }

                var speed = roles.Find("speed")!;
                try
                {
                    LapChart.Save(output, $"{frames.Layout.Title}: {Path.GetFileName(path)}", laps, roles.Find("lapDistance")!.Unit, RoleDisplay.For(speed.Name, speed.Unit).Unit);
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
                {
                    status.Line($"cannot write {output}: {exception.Message}");
                    return OutputExitCode;
                }

                status.Line(string.Create(CultureInfo.InvariantCulture, $"drew {string.Join(" and ", laps.Select(lap => $"lap {lap.Lap} ({lap.Distance.Count} frames)"))} to {output}."));
                return 0;
            }
        });

        return command;
    }

    private static List<LapTrace> Collect(RecordingFrames frames, LayoutRoles roles, long[] wanted, out SortedSet<long> seen)
    {
        var laps = wanted.Select(lap => new LapTrace(lap)).ToList();
        var lapRole = roles.Find("lap")!;
        seen = [];
        var reader = frames.Reader;
        while (reader.Poll(out var frame) != PollResult.Ended)
        {
            if (frame is null)
            {
                continue;
            }

            using (frame)
            {
                ReadOnlySpan<byte> Page(int index) => frame[index].Bytes;
                if (!lapRole.TryRead(Page, out var lapValue))
                {
                    continue;
                }

                var lap = (long)lapValue;
                seen.Add(lap);
                foreach (var trace in laps.Where(trace => trace.Lap == lap))
                {
                    trace.Add(roles, Page);
                }
            }
        }

        return laps;
    }

    private static string Ranges(SortedSet<long> laps) => laps.Count == 0 ? "none" : laps.Min == laps.Max ? laps.Min.ToString(CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{laps.Min} to {laps.Max}");
}
