using System;
using System.CommandLine;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using SimLayouts.Bridge.Detection;
using SimLayouts.Sources;

namespace SimLayouts.Bridge.Commands;

/// <summary>
/// <c>simlayouts detect [--source shm|file:DIR] [--shm-dir DIR]</c>: which game publishes its shared memory now, told
/// from the pages themselves (<see cref="GameDetector"/>): Assetto Corsa and ACC use the same segment names. Prints
/// the game's name on stdout and how it was told on stderr; exit code 1 and one line when the pages cannot tell.
/// </summary>
internal static class DetectCommand
{
    /// <summary>The exit code when no game, or no single game, can be named.</summary>
    public const int UndecidedExitCode = 1;

    /// <summary>Builds the <c>detect</c> command.</summary>
    public static Command Create()
    {
        var sourceOption = new Option<string>("--source")
        {
            Description = "Where the segments are: shm (the running games' shared memory) or file:DIR (a directory of segment-named files).",
            DefaultValueFactory = _ => "shm",
            HelpName = "shm|file:DIR",
        };
        var shmDirectoryOption = new Option<string?>("--shm-dir")
        {
            Description = $"Directory of shared-memory files for --source shm (default: ${SharedMemorySource.DirectoryVariable}, else /dev/shm on Linux and named mappings on Windows).",
            HelpName = "DIR",
        };
        var command = new Command("detect", "Tell which game publishes its shared memory, from the pages themselves (Assetto Corsa and ACC share their segment names): its name on stdout.")
        {
            sourceOption,
            shmDirectoryOption,
        };

        command.SetAction(parseResult =>
        {
            var configuration = parseResult.InvocationConfiguration;
            if (!TryOpen(parseResult.GetValue(sourceOption), parseResult.GetValue(shmDirectoryOption), out var source, out var error))
            {
                return Usage.Fail(parseResult, configuration.Error, error);
            }

            using (source)
            {
                var detection = GameDetector.Detect(source, BuiltInLayouts.All);
                if (detection.Layout is null)
                {
                    return StatusLine.Fail(configuration.Error, detection.Reason, UndecidedExitCode);
                }

                configuration.Output.Write(detection.Layout.Name + "\n");
                configuration.Output.Flush();
                StatusLine.Write(configuration.Error, detection.Reason);
                return 0;
            }
        });

        return command;
    }

    private static bool TryOpen(string? specification, string? shmDirectory, [NotNullWhen(true)] out ISegmentSource? source, [NotNullWhen(false)] out string? error)
    {
        var text = string.IsNullOrWhiteSpace(specification) ? "shm" : specification.Trim();
        if (text.Equals("shm", StringComparison.OrdinalIgnoreCase))
        {
            return SourceOptions.TryOpenSharedMemory(shmDirectory, out source, out error);
        }

        source = null;
        if (text.StartsWith("file:", StringComparison.OrdinalIgnoreCase) && Directory.Exists(text[5..]))
        {
            source = new DirectorySegmentSource(text[5..], isLive: false);
            error = null;
            return true;
        }

        error = $"--source '{text}' is not shm or file:DIR (an existing directory of segment-named files).";
        return false;
    }
}
