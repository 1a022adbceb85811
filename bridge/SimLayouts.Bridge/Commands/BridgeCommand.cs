using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using SimLayouts.Bridge.Bridging;
using SimLayouts.Bridge.Frames;
using SimLayouts.Reading;

namespace SimLayouts.Bridge.Commands;

/// <summary>
/// <c>simlayouts bridge [--game GAME] [--url URL] [--interval S] [--timeout S] [--once] [--print [--indented]]
/// [--frames N] [--no-wait] [--source ...] [--shm-dir DIR]</c>: the seed bridge's job, also run when no command is named.
/// </summary>
internal sealed class BridgeCommand
{
    /// <summary>The exit code for bad arguments.</summary>
    public const int UsageExitCode = Usage.ExitCode;

    /// <summary>
    /// The exit code when there is nothing to send: the game is not running and <c>--no-wait</c> was given (the seed
    /// exits with 1), or a file or recording holds no page that can be read.
    /// </summary>
    public const int NoGameExitCode = 1;

    /// <summary>
    /// The exit code of a run with an end (<c>--once</c>, <c>--frames</c>, the end of a recording) in which the
    /// server did not accept every frame: refused, timed out, closed the connection or answered non-2xx.
    /// </summary>
    public const int PostFailedExitCode = 3;

    /// <summary>The shortest <c>--interval</c> and <c>--timeout</c>: one millisecond, what the timers resolve.</summary>
    public const double ShortestSeconds = 0.001;

    /// <summary>The longest <c>--interval</c> and <c>--timeout</c>: a day.</summary>
    public const double LongestSeconds = 24 * 3600;

    /// <summary>
    /// The game read when <c>--game</c> is not given: the seed bridge's, which read pcars2 only, so that
    /// <c>simlayouts</c> alone does the seed's job. The one game the commands name; every other comes from the layouts.
    /// </summary>
    public const string DefaultGame = Pcars2.Pcars2Layout.Name;

    private readonly Option<string> _game = CreateGameOption();

    private readonly Option<string?> _url = new("--url")
    {
        Description = $"Node ingest URL. Default: {string.Join(", ", BuiltInLayouts.All.Select(layout => $"{BridgeSettings.DefaultUrl(layout)} ({layout.Name})"))}.",
        HelpName = "URL",
    };

    private readonly Option<double> _interval = NumberOptions.Real("--interval", "Seconds between frames.", "S", "seconds", ShortestSeconds, LongestSeconds, BridgeSettings.DefaultInterval.TotalSeconds);

    private readonly Option<double> _timeout = NumberOptions.Real("--timeout", "HTTP timeout in seconds.", "S", "seconds", ShortestSeconds, LongestSeconds, BridgeSettings.DefaultTimeout.TotalSeconds);

    private readonly Option<bool> _once = new("--once") { Description = "Read and send one frame, then exit." };

    private readonly Option<bool> _print = new("--print") { Description = "Print frames to stdout, one JSON document per line, instead of POSTing." };

    private readonly Option<bool> _indented = new("--indented") { Description = "With --print: indent frames for people." };

    private readonly Option<long?> _frames = NumberOptions.OptionalCount("--frames", "Stop after this many frames.");

    private readonly Option<bool> _noWait = new("--no-wait") { Description = "Exit with an error when the game is not running, instead of waiting for it." };

    private readonly SourceOptions _source;

    private BridgeCommand(Command command)
    {
        command.Options.Add(_game);
        command.Options.Add(_url);
        command.Options.Add(_interval);
        command.Options.Add(_timeout);
        command.Options.Add(_once);
        command.Options.Add(_print);
        command.Options.Add(_indented);
        command.Options.Add(_frames);
        command.Options.Add(_noWait);
        _source = SourceOptions.AddTo(command);
        command.SetAction((parseResult, cancellationToken) => RunAsync(parseResult, cancellationToken));
    }

    /// <summary>Builds the <c>bridge</c> command.</summary>
    public static Command Create()
    {
        var command = new Command("bridge", "Read the game's shared memory and POST JSON frames to the Node server (the default command).");
        _ = new BridgeCommand(command);
        return command;
    }

    /// <summary>Gives <paramref name="root"/> the bridge's options and action, so that <c>simlayouts</c> alone runs the bridge.</summary>
    public static void AddTo(RootCommand root) => _ = new BridgeCommand(root);

    private async System.Threading.Tasks.Task<int> RunAsync(ParseResult parseResult, System.Threading.CancellationToken cancellationToken)
    {
        var errors = parseResult.InvocationConfiguration.Error;
        var status = new StatusWriter(errors);
        if (!TryReadSettings(parseResult, out var layout, out var settings, out var error))
        {
            return Usage.Fail(parseResult, errors, error);
        }

        if (!FrameFormats.TryCreate(layout, out var format, out var formatError))
        {
            // The layout's fault, not the command line's: no --help hint.
            return StatusLine.Fail(errors, formatError, UsageExitCode);
        }

        if (!_source.TryResolve(parseResult, layout, out var source, out var sourceError))
        {
            return Usage.Fail(parseResult, errors, sourceError);
        }

        using var bridge = new FrameBridge(new LayoutReader(layout, source), format, settings, parseResult.InvocationConfiguration.Output, status);
        var outcome = await bridge.RunAsync(cancellationToken).ConfigureAwait(false);
        return ExitCode(outcome, bridge.Counters);
    }

    /// <summary>The exit code of a run that ended with <paramref name="outcome"/>.</summary>
    public static int ExitCode(BridgeOutcome outcome, BridgeCounters counters)
    {
        ArgumentNullException.ThrowIfNull(counters);
        return outcome switch
        {
            BridgeOutcome.NoGame => NoGameExitCode,
            BridgeOutcome.FrameLimitReached or BridgeOutcome.SourceEnded when counters.Failed > 0 => PostFailedExitCode,
            _ => 0,
        };
    }

    private bool TryReadSettings(ParseResult parseResult, out LayoutDescription layout, out BridgeSettings settings, out string error)
    {
        settings = null!;
        error = string.Empty;
        var game = parseResult.GetValue(_game);
        if (!BuiltInLayouts.TryGet(game, out layout!))
        {
            error = GameArgument.Unknown("game", game);
            return false;
        }

        var frames = parseResult.GetValue(_frames);
        var once = parseResult.GetValue(_once);
        if (once && frames is not null and not 1)
        {
            error = "give --once or --frames, not both.";
            return false;
        }

        var print = parseResult.GetValue(_print);
        var indented = parseResult.GetValue(_indented);
        if (indented && !print)
        {
            error = "--indented only applies to --print.";
            return false;
        }

        var urlText = parseResult.GetValue(_url) ?? BridgeSettings.DefaultUrl(layout);
        if (!Uri.TryCreate(urlText, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            error = $"--url '{urlText}' is not an http:// or https:// URL.";
            return false;
        }

        settings = new BridgeSettings
        {
            Url = url,
            Interval = TimeSpan.FromSeconds(parseResult.GetValue(_interval)),
            Timeout = TimeSpan.FromSeconds(parseResult.GetValue(_timeout)),
            FrameLimit = once ? 1 : frames,
            Print = print,
            Indented = indented,
            NoWait = parseResult.GetValue(_noWait),
        };
        return true;
    }

    private static Option<string> CreateGameOption()
    {
        var option = new Option<string>("--game")
        {
            Description = $"The game to read ({GameArgument.List(BuiltInLayouts.Names)}).",
            DefaultValueFactory = _ => DefaultGame,
            HelpName = GameArgument.Choices(BuiltInLayouts.Names),
        };
        option.CompletionSources.Add([.. BuiltInLayouts.Names]);
        return option;
    }
}
