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
    public const int UsageExitCode = Usage.ExitCode;

    /// <summary>The exit code when the recording cannot be written, or a file or recording source holds no page.</summary>
    public const int OutputExitCode = 1;

    /// <summary>The longest <c>--interval-ms</c>: a day.</summary>
    public const double LongestIntervalMilliseconds = 24 * 3600 * 1000;

    /// <summary>Builds the <c>record</c> command.</summary>
    public static Command Create()
    {
        var layoutArgument = GameArgument.Create("layout", "The layout to record", "layout");
        var outOption = new Option<string>("--out")
        {
            Description = "The recording file to write (replaced if it exists, once there is a frame to record).",
            HelpName = "FILE",
            Required = true,
        };
        var durationOption = NumberOptions.OptionalReal("--duration", "Stop after this many seconds.", "S", "seconds", 0.001, NumberOptions.LongestSeconds);
        var framesOption = NumberOptions.OptionalCount("--frames", "Stop after this many frames.");
        var intervalOption = NumberOptions.Real("--interval-ms", "Milliseconds between polls of the game (0: poll without pausing).", "MS", "milliseconds", 0, LongestIntervalMilliseconds, LayoutPoller.DefaultInterval.TotalMilliseconds);

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
                return Usage.Fail(parseResult, error, GameArgument.Unknown("layout", name));
            }

            var duration = parseResult.GetValue(durationOption);
            var frames = parseResult.GetValue(framesOption);
            if (duration is not null && frames is not null)
            {
                return Usage.Fail(parseResult, error, "give --duration or --frames, not both.");
            }

            if (!sourceOptions.TryResolve(parseResult, layout, out var source, out var sourceError))
            {
                return Usage.Fail(parseResult, error, sourceError);
            }

            var path = parseResult.GetValue(outOption)!;
            RecordingFile output;
            try
            {
                output = RecordingFile.Claim(path);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                source.Dispose();
                return StatusLine.Fail(error, $"cannot write {path}: {exception.Message}", OutputExitCode);
            }

            var startedAt = DateTimeOffset.UtcNow;
            var nothingToRead = false;
            using (output)
            using (var reader = new LayoutReader(layout, source))
            using (var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                reader.StateChanged += (_, change) =>
                {
                    StatusLine.Write(error, change.Message);

                    // A file or a recording is data: if it holds no page when recording starts, waiting would never end.
                    if (!source.IsLive && change.State == SourceState.Waiting && reader.FrameCount == 0)
                    {
                        nothingToRead = true;
                        stop.Cancel();
                    }
                };
                reader.Warning += (_, warning) => StatusLine.Write(error, "warning: " + warning.Message);
                if (duration is { } seconds)
                {
                    stop.CancelAfter(TimeSpan.FromSeconds(seconds));
                }

                StatusLine.Write(error, $"recording {layout.Name} from {source.Description} to {path}{Limit(duration, frames)}.");
                var poller = new LayoutPoller(reader, TimeSpan.FromMilliseconds(parseResult.GetValue(intervalOption)));
                long seen = 0;
                await poller.RunAsync(
                    frame =>
                    {
                        // The file is written from the first frame on: recording nothing leaves nothing behind.
                        (output.Writer ?? output.Start(layout, startedAt)).WriteFrame(frame);
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

                StatusLine.Write(error, output.Writer is { } writer
                    ? string.Create(CultureInfo.InvariantCulture, $"recorded {writer.FramesWritten} frames, {writer.BytesWritten} bytes, to {path}.")
                    : $"recorded 0 frames; {path} was not written.");
            }

            return nothingToRead ? StatusLine.Fail(error, $"nothing to record: {source.Description} holds no {layout.Name} page that can be read (a file or recording is not waited for).", OutputExitCode) : 0;
        });

        return command;
    }

    private static string Limit(double? duration, long? frames) =>
        duration is { } seconds ? string.Create(CultureInfo.InvariantCulture, $" for {seconds} s")
        : frames is { } count ? string.Create(CultureInfo.InvariantCulture, $" for {count} frames")
        : " until interrupted (Ctrl+C)";
}
