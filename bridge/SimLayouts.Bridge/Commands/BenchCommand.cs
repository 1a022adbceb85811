using System;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using SimLayouts.Bridge.Bridging;
using SimLayouts.Bridge.Frames;
using SimLayouts.Reading;

namespace SimLayouts.Bridge.Commands;

/// <summary>
/// <c>simlayouts bench GAME --source file:PATH [--frames N] [--format text|json]</c>: builds and serializes N
/// bridge frames from one page and reports microseconds and bytes allocated per frame.
/// </summary>
internal static class BenchCommand
{
    /// <summary>The exit code for bad arguments or a page that cannot be read.</summary>
    public const int UsageExitCode = Usage.ExitCode;

    /// <summary>The default number of frames.</summary>
    public const long DefaultFrames = 10_000;

    /// <summary>Builds the <c>bench</c> command.</summary>
    public static Command Create()
    {
        var layoutArgument = GameArgument.Create("game", "The game whose frames to build");
        var framesOption = NumberOptions.Count("--frames", "How many frames to build and serialize.", DefaultFrames);
        var formatOption = new Option<string>("--format")
        {
            Description = "text, or json: one object {\"frames\":N,\"usPerFrame\":X,\"allocatedBytesPerFrame\":Y,\"build\":\"Release\"}.",
            DefaultValueFactory = _ => "text",
            HelpName = "text|json",
        };
        formatOption.AcceptOnlyFromAmong("text", "json");
        var command = new Command("bench", "Time building and serializing the bridge's frame from one page.")
        {
            layoutArgument,
            framesOption,
            formatOption,
        };
        var sourceOptions = SourceOptions.AddTo(command);

        command.SetAction(parseResult =>
        {
            var errors = parseResult.InvocationConfiguration.Error;
            var status = new StatusWriter(errors);
            var name = parseResult.GetValue(layoutArgument);
            if (!BuiltInLayouts.TryGet(name, out var layout))
            {
                return Usage.Fail(parseResult, errors, GameArgument.Unknown("game", name));
            }

            if (!FrameFormats.TryCreate(layout, out var format, out var formatError))
            {
                // The layout's fault, not the command line's: no --help hint.
                return StatusLine.Fail(errors, formatError, UsageExitCode);
            }

            var frames = parseResult.GetValue(framesOption);
            var outputFormat = parseResult.GetValue(formatOption);
            if (!sourceOptions.TryResolve(parseResult, layout, out var source, out var sourceError))
            {
                return Usage.Fail(parseResult, errors, sourceError);
            }

            using var reader = new LayoutReader(layout, source);
            string? why = null;
            reader.StateChanged += (_, change) => why = change.Message;
            if (reader.Poll(out var frame) != PollResult.Frame)
            {
                status.Line($"no {layout.Name} page in {source.Description}{(why is null ? "." : ": " + why)}");
                return UsageExitCode;
            }

            // Figures from a Debug build (what `dotnet run` gives) are several times slower: never let them pass for ours.
            var build = BuildConfiguration.Of(typeof(BenchCommand).Assembly);
            if (build == BuildConfiguration.Debug)
            {
                status.Line("warning: this is a Debug build (dotnet run without -c Release); its figures are several times slower than a Release build's.");
            }

            using (frame)
            {
                var (microseconds, allocated, bytes) = Measure(format, frame!, frames);
                var output = parseResult.InvocationConfiguration.Output;
                output.Write(outputFormat == "json"
                    ? string.Create(CultureInfo.InvariantCulture, $"{{\"frames\":{frames},\"usPerFrame\":{microseconds:0.###},\"allocatedBytesPerFrame\":{allocated:0.###},\"build\":\"{build}\"}}\n")
                    : string.Create(CultureInfo.InvariantCulture, $"{frames} {layout.Name} frames of {bytes} bytes: {microseconds:0.###} us per frame, {allocated:0.###} bytes allocated per frame ({build} build).\n"));
                output.Flush();
            }

            return 0;
        });

        return command;
    }

    private static readonly TimeSpan WarmUpTime = TimeSpan.FromMilliseconds(500);

    private static (double Microseconds, double AllocatedBytes, int FrameBytes) Measure(FrameFormat format, LayoutFrame frame, long frames)
    {
        using var buffer = new JsonFrameBuffer();
        var length = 0;

        // Warm up for half a second, not a number of frames: the JIT promotes hot code to its optimized tier in the
        // background after about 100 ms of calls, and frames written before that are several times slower. Also
        // grows the buffer to the frame's size.
        var warmUp = Stopwatch.GetTimestamp();
        for (var sequence = 0L; Stopwatch.GetElapsedTime(warmUp) < WarmUpTime; sequence++)
        {
            length = Build(format, buffer, frame, sequence);
        }

        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var start = Stopwatch.GetTimestamp();
        for (var sequence = 0L; sequence < frames; sequence++)
        {
            length = Build(format, buffer, frame, sequence);
        }

        var elapsed = Stopwatch.GetElapsedTime(start);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        return (elapsed.TotalMicroseconds / frames, (double)allocated / frames, length);
    }

    private static int Build(FrameFormat format, JsonFrameBuffer buffer, LayoutFrame frame, long sequence)
    {
        format.Write(buffer.Begin(), frame, sequence, DateTimeOffset.UtcNow);
        return buffer.End().Length;
    }
}
