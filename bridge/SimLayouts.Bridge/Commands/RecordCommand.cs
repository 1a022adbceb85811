using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using SimLayouts.Reading;
using SimLayouts.Recording;
using SimLayouts.Sources;

namespace SimLayouts.Bridge.Commands;

/// <summary>
/// <c>simlayouts record GAME --out FILE [--source ...] [--shm-dir DIR] [--duration S | --frames N]</c>:
/// follows the game and writes every changed frame to a recording; status goes to stderr.
/// </summary>
internal static class RecordCommand
{
    /// <summary>The exit code for bad arguments (unknown layout, bad source, conflicting limits).</summary>
    public const int UsageExitCode = 2;

    /// <summary>The exit code when the recording cannot be written.</summary>
    public const int OutputExitCode = 1;

    /// <summary>Builds the <c>record</c> command.</summary>
    public static Command Create()
    {
        var layoutArgument = GameArgument.Create("layout", "The layout to record", "layout");
        var outOption = new Option<string>("--out")
        {
            Description = "The recording file to write (replaced if it exists).",
            HelpName = "FILE",
            Required = true,
        };
        var durationOption = new Option<double?>("--duration")
        {
            Description = "Stop after this many seconds.",
            HelpName = "S",
        };
        var framesOption = new Option<long?>("--frames")
        {
            Description = "Stop after this many frames.",
            HelpName = "N",
        };
        var intervalOption = new Option<double>("--interval-ms")
        {
            Description = "Milliseconds between polls of the game.",
            DefaultValueFactory = _ => LayoutPoller.DefaultInterval.TotalMilliseconds,
            HelpName = "MS",
        };

        var command = new Command("record", "Record a game's pages to a file that replays with --source replay:FILE.")
        {
            layoutArgument,
            outOption,
            durationOption,
            framesOption,
            intervalOption,
        };
        var sourceOptions = SourceOptions.AddTo(command);

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var error = parseResult.InvocationConfiguration.Error;
            var name = parseResult.GetValue(layoutArgument);
            if (!BuiltInLayouts.TryGet(name, out var layout))
            {
                return StatusLine.Fail(error, GameArgument.Unknown("layout", name), UsageExitCode);
            }

            var duration = parseResult.GetValue(durationOption);
            var frames = parseResult.GetValue(framesOption);
            var interval = parseResult.GetValue(intervalOption);
            if (duration is not null && frames is not null)
            {
                return StatusLine.Fail(error, "give --duration or --frames, not both.", UsageExitCode);
            }

            if (duration is <= 0 || frames is <= 0 || interval < 0 || double.IsNaN(interval))
            {
                return StatusLine.Fail(error, "--duration, --frames and --interval-ms must be positive.", UsageExitCode);
            }

            if (!sourceOptions.TryResolve(parseResult, layout, out var source, out var sourceError))
            {
                return StatusLine.Fail(error, sourceError, UsageExitCode);
            }

            var path = parseResult.GetValue(outOption)!;
            RecordingWriter writer;
            try
            {
                writer = RecordingWriter.Create(path, layout, DateTimeOffset.UtcNow);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                source.Dispose();
                return StatusLine.Fail(error, $"cannot write {path}: {exception.Message}", OutputExitCode);
            }

            using (writer)
            using (var reader = new LayoutReader(layout, source))
            using (var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                reader.StateChanged += (_, change) => StatusLine.Write(error, change.Message);
                reader.Warning += (_, warning) => StatusLine.Write(error, "warning: " + warning.Message);
                if (duration is { } seconds)
                {
                    stop.CancelAfter(TimeSpan.FromSeconds(seconds));
                }

                StatusLine.Write(error, $"recording {layout.Name} from {source.Description} to {path}{Limit(duration, frames)}.");
                var poller = new LayoutPoller(reader, TimeSpan.FromMilliseconds(interval));
                long seen = 0;
                await poller.RunAsync(
                    frame =>
                    {
                        writer.WriteFrame(frame);
                        if (++seen == frames)
                        {
                            stop.Cancel();
                        }
                    },
                    stop.Token).ConfigureAwait(false);

                if (source is ReplaySource { Recording.StopReason: { } reason })
                {
                    StatusLine.Write(error, "warning: " + reason);
                }

                StatusLine.Write(error, string.Create(CultureInfo.InvariantCulture, $"recorded {writer.FramesWritten} frames, {writer.BytesWritten} bytes, to {path}."));
            }

            return 0;
        });

        return command;
    }

    private static string Limit(double? duration, long? frames) =>
        duration is { } seconds ? string.Create(CultureInfo.InvariantCulture, $" for {seconds} s")
        : frames is { } count ? string.Create(CultureInfo.InvariantCulture, $" for {count} frames")
        : " until interrupted (Ctrl+C)";

}
