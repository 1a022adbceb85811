using System;
using System.Buffers;
using System.CommandLine;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SimLayouts.Reading;

namespace SimLayouts.Bridge.Commands;

/// <summary>
/// <c>simlayouts dump GAME [--source ...] [--indented] [--enums names|numbers] [--arrays active|all]</c>:
/// one torn-free frame as one JSON document on stdout (for AC EVO one object with <c>physics</c>,
/// <c>graphics</c> and <c>static</c>), written by the generated JSON writers.
/// </summary>
internal static class DumpCommand
{
    /// <summary>The exit code for bad arguments (unknown layout, bad source).</summary>
    public const int UsageExitCode = Usage.ExitCode;

    /// <summary>The exit code when the source has no page to dump (no game running, an empty recording).</summary>
    public const int NoPageExitCode = 1;

    // A source that is there but busy (a writer mid-update on every try) gets this many polls.
    private const int MaximumPolls = 100;

    /// <summary>Builds the <c>dump</c> command.</summary>
    public static Command Create()
    {
        var layoutArgument = GameArgument.Create("layout", "The layout to dump", "layout");
        var indentedOption = new Option<bool>("--indented")
        {
            Description = "Indent the JSON for people (default: compact).",
        };
        var enumsOption = new Option<string>("--enums")
        {
            Description = "Enum values as names (a value without a name stays a number) or as numbers.",
            DefaultValueFactory = _ => "names",
            HelpName = "names|numbers",
        };
        enumsOption.AcceptOnlyFromAmong("names", "numbers");
        var arraysOption = new Option<string>("--arrays")
        {
            Description = "Arrays with a declared count (pcars2's participants): the active entries or all of them.",
            DefaultValueFactory = _ => "active",
            HelpName = "active|all",
        };
        arraysOption.AcceptOnlyFromAmong("active", "all");

        var command = new Command("dump", "Print one frame of a game's pages as a JSON document.")
        {
            layoutArgument,
            indentedOption,
            enumsOption,
            arraysOption,
        };
        var sourceOptions = SourceOptions.AddTo(command);

        command.SetAction(parseResult =>
        {
            var configuration = parseResult.InvocationConfiguration;
            var name = parseResult.GetValue(layoutArgument);
            if (!BuiltInLayouts.TryGet(name, out var layout))
            {
                return Usage.Fail(parseResult, configuration.Error, GameArgument.Unknown("layout", name));
            }

            if (!sourceOptions.TryResolve(parseResult, layout, out var source, out var sourceError))
            {
                return Usage.Fail(parseResult, configuration.Error, sourceError);
            }

            var options = new PageJsonOptions
            {
                Enums = parseResult.GetValue(enumsOption) == "numbers" ? JsonEnumFormat.Numbers : JsonEnumFormat.Names,
                Arrays = parseResult.GetValue(arraysOption) == "all" ? JsonArrayExtent.All : JsonArrayExtent.Active,
            };
            using var reader = new LayoutReader(layout, source);
            reader.Warning += (_, warning) => StatusLine.Write(configuration.Error, "warning: " + warning.Message);
            SourceStateChangedEventArgs? waiting = null;
            reader.StateChanged += (_, change) => waiting = change.State == SourceState.Waiting ? change : waiting;
            if (!TryReadFrame(reader, waiting: () => waiting, out var frame, out var problem))
            {
                return StatusLine.Fail(configuration.Error, problem, NoPageExitCode);
            }

            using (frame)
            {
                configuration.Output.Write(Serialize(frame, options, parseResult.GetValue(indentedOption)));
                configuration.Output.Write('\n');
                configuration.Output.Flush();
            }

            return 0;
        });

        return command;
    }

    private static bool TryReadFrame(LayoutReader reader, Func<SourceStateChangedEventArgs?> waiting, out LayoutFrame frame, out string problem)
    {
        var result = reader.PollFirstFrame(out var polled, MaximumPolls);
        frame = polled!;
        problem = result switch
        {
            PollResult.Frame => string.Empty,

            // Anything but a game that is not there says what it is: a short, unreadable or exited page.
            PollResult.Waiting when waiting() is { Reason: not WaitReason.Missing } reason => reason.Message,
            PollResult.Waiting => $"no {reader.Layout.Name} pages in {reader.Source.Description}: is the game running (and its shared memory enabled)?",
            PollResult.Ended => $"{reader.Source.Description} has no frame to dump.",
            _ => $"{reader.Source.Description} kept changing during every copy; no consistent frame after {MaximumPolls} tries.",
        };
        return result == PollResult.Frame;
    }

    private static string Serialize(LayoutFrame frame, PageJsonOptions options, bool indented)
    {
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        // People read dumps: keep non-ASCII names readable; quotes, backslashes and control characters are still escaped.
        var writerOptions = new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var writer = new Utf8JsonWriter(buffer, writerOptions))
        {
            frame.WriteJson(writer, options);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

}
