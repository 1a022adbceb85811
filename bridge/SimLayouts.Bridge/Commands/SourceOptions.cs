using System;
using System.CommandLine;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using SimLayouts.Bridge.Simulation;
using SimLayouts.Recording;
using SimLayouts.Sources;

namespace SimLayouts.Bridge.Commands;

/// <summary>
/// The options every command that reads pages shares: <c>--source shm|sim|file:PATH|replay:PATH</c>,
/// <c>--shm-dir DIR</c> (else <c>$SIMLAYOUTS_SHM_DIR</c>) and <c>--speed</c> for replays, resolved to a runtime
/// <see cref="ISegmentSource"/> with one clear message for anything wrong.
/// </summary>
internal sealed class SourceOptions
{
    /// <summary>The help name of <c>--source</c>, listing the forms it takes.</summary>
    public const string SourceForms = "shm|sim|file:PATH|replay:PATH";

    private SourceOptions()
    {
        Source = new Option<string>("--source")
        {
            Description = "Where pages come from: shm (the running game's shared memory), sim (the built-in simulator, in this process, in real time), file:PATH (a raw page dump, or a directory of segment-named files) or replay:PATH (a recording).",
            DefaultValueFactory = _ => "shm",
            HelpName = SourceForms,
        };
        ShmDirectory = new Option<string?>("--shm-dir")
        {
            Description = $"Directory of shared-memory files for --source shm (default: ${SharedMemorySource.DirectoryVariable}, else /dev/shm on Linux and named mappings on Windows).",
            HelpName = "DIR",
        };
        Speed = new Option<string>("--speed")
        {
            Description = "Replay pace for --source replay:PATH: a multiple of the recorded pace (1, 2, 0.5), or max: every recorded frame, as fast as they can be read and sent.",
            DefaultValueFactory = _ => "1",
            HelpName = "FACTOR|max",
        };

        // Checked whatever the source, so that a typo is never silently ignored.
        Speed.Validators.Add(result =>
        {
            var text = result.GetValueOrDefault<string>();
            if (!ReplaySpeed.TryParse(text, out _))
            {
                result.AddError(SpeedError(text));
            }
        });
    }

    /// <summary><c>--source</c>.</summary>
    public Option<string> Source { get; }

    /// <summary><c>--shm-dir</c>.</summary>
    public Option<string?> ShmDirectory { get; }

    /// <summary><c>--speed</c>.</summary>
    public Option<string> Speed { get; }

    /// <summary>Creates the options and adds them to <paramref name="command"/>.</summary>
    public static SourceOptions AddTo(Command command)
    {
        var options = new SourceOptions();
        command.Options.Add(options.Source);
        command.Options.Add(options.ShmDirectory);
        command.Options.Add(options.Speed);
        return options;
    }

    /// <summary>Resolves the options to a source of <paramref name="layout"/>'s pages, or explains in one sentence why not.</summary>
    public bool TryResolve(ParseResult parseResult, LayoutDescription layout, [NotNullWhen(true)] out ISegmentSource? source, [NotNullWhen(false)] out string? error)
        => TryResolve(parseResult.GetValue(Source), parseResult.GetValue(ShmDirectory), parseResult.GetValue(Speed), layout, out source, out error);

    /// <summary>Resolves a source specification (see <see cref="SourceForms"/>); exposed for tests and other commands.</summary>
    public static bool TryResolve(string? specification, string? shmDirectory, string? speedText, LayoutDescription layout, [NotNullWhen(true)] out ISegmentSource? source, [NotNullWhen(false)] out string? error)
    {
        source = null;
        error = null;
        var text = string.IsNullOrWhiteSpace(specification) ? "shm" : specification.Trim();
        if (text.Equals("shm", StringComparison.OrdinalIgnoreCase))
        {
            return TryOpenSharedMemory(shmDirectory, out source, out error);
        }

        if (text.Equals("sim", StringComparison.OrdinalIgnoreCase))
        {
            if (!SimulatorSource.TryCreate(layout, out var simulator))
            {
                error = $"--source sim: there is no simulator for {layout.Name}.";
                return false;
            }

            source = simulator;
            return true;
        }

        if (TryStrip(text, "file:", out var filePath))
        {
            if (Directory.Exists(filePath))
            {
                source = new DirectorySegmentSource(filePath, isLive: false);
                return true;
            }

            if (!File.Exists(filePath))
            {
                error = $"--source file:{filePath}: no such file or directory.";
                return false;
            }

            if (layout.Pages.Count != 1)
            {
                error = $"--source file:{filePath} is one page, but {layout.Name} has {layout.Pages.Count} pages; give a directory of segment-named files instead.";
                return false;
            }

            source = new PageFileSource(filePath);
            return true;
        }

        if (TryStrip(text, "replay:", out var replayPath))
        {
            if (!ReplaySpeed.TryParse(speedText, out var speed))
            {
                error = SpeedError(speedText);
                return false;
            }

            try
            {
                source = ReplaySource.Open(replayPath, layout, speed);
                return true;
            }
            catch (RecordingFormatException exception)
            {
                error = exception.Message;
                return false;
            }
        }

        error = $"--source '{text}' is not one of {SourceForms}.";
        return false;
    }

    /// <summary>The running games' shared memory: <paramref name="shmDirectory"/>, else the platform's (<see cref="SharedMemorySource"/>).</summary>
    public static bool TryOpenSharedMemory(string? shmDirectory, [NotNullWhen(true)] out ISegmentSource? source, [NotNullWhen(false)] out string? error)
    {
        source = null;
        error = null;
        var directory = SharedMemorySource.ResolveDirectory(shmDirectory);
        if (directory is not null && !Directory.Exists(directory))
        {
            error = $"shared-memory directory '{directory}' does not exist.";
            return false;
        }

        source = SharedMemorySource.Create(shmDirectory);
        return true;
    }

    private static string SpeedError(string? text) => $"--speed '{text}' is not a positive number or max.";

    private static bool TryStrip(string text, string prefix, out string rest)
    {
        rest = string.Empty;
        if (!text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        rest = text[prefix.Length..];
        return rest.Length > 0;
    }
}
