using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SimLayouts.Bridge.Bridging;
using SimLayouts.Bridge.Exporting;
using SimLayouts.Reading;

namespace SimLayouts.Bridge.Commands;

/// <summary>
/// <c>simlayouts export REC --format parquet|csv [--out FILE] [--pages …] [--fields …]</c>: a recording as a table,
/// one row per frame (sequence, capture time) and one column per value from metadata. See docs/export.md.
/// </summary>
internal static class ExportCommand
{
    /// <summary>The exit code for bad arguments or a file that is not a readable recording.</summary>
    public const int UsageExitCode = 2;

    /// <summary>The exit code when the table cannot be written.</summary>
    public const int OutputExitCode = 1;

    /// <summary>Builds the <c>export</c> command.</summary>
    public static Command Create()
    {
        var recordingArgument = new Argument<string>("recording")
        {
            Description = "The recording to export (made by simlayouts record).",
            HelpName = "REC",
        };
        var formatOption = new Option<string>("--format")
        {
            Description = "The table format: parquet (typed columns, for DuckDB, pandas, Spark) or csv.",
            DefaultValueFactory = _ => "parquet",
            HelpName = "parquet|csv",
        };
        formatOption.AcceptOnlyFromAmong("parquet", "csv");
        var outOption = new Option<string?>("--out")
        {
            Description = "The file to write (replaced if it exists); default: the recording's name with .parquet or .csv.",
            HelpName = "FILE",
        };
        var pagesOption = new Option<string[]>("--pages")
        {
            Description = "Only these pages (JSON or native names, comma-separated or repeated).",
            HelpName = "PAGE,...",
            AllowMultipleArgumentsPerToken = true,
        };
        var fieldsOption = new Option<string[]>("--fields")
        {
            Description = "Only these top-level members (speed, mSpeed or sharedMemory.speed; comma-separated or repeated); a struct or an array comes whole.",
            HelpName = "FIELD,...",
            AllowMultipleArgumentsPerToken = true,
        };

        var allSlotsOption = new Option<bool>("--all-slots")
        {
            Description = "Columns for every element of counted arrays (all 128 vehicle slots), not only those some frame uses: one schema for every recording of the layout.",
        };

        var command = new Command("export", "Export a recording as a table: one row per frame, one column per value (Parquet or CSV).")
        {
            recordingArgument,
            formatOption,
            outOption,
            pagesOption,
            fieldsOption,
            allSlotsOption,
        };

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var status = new StatusWriter(parseResult.InvocationConfiguration.Error);
            var path = parseResult.GetValue(recordingArgument)!;
            var format = parseResult.GetValue(formatOption) ?? "parquet";
            if (!RecordingFrames.TryOpen(path, out var frames, out var openError))
            {
                status.Line(openError);
                return UsageExitCode;
            }

            using (frames)
            {
                if (!TableSchema.TryBuild(frames.Layout, Names(parseResult.GetValue(pagesOption)), Names(parseResult.GetValue(fieldsOption)), out var schema, out var schemaError))
                {
                    status.Line(schemaError);
                    return UsageExitCode;
                }

                if (!parseResult.GetValue(allSlotsOption))
                {
                    schema = KeepingUsedElements(path, schema, cancellationToken);
                }

                foreach (var skipped in schema.Skipped)
                {
                    status.Line($"warning: {skipped} is of a type this program cannot export; left out.");
                }

                var output = parseResult.GetValue(outOption) ?? Path.ChangeExtension(path, "." + format);
                if (string.Equals(Path.GetFullPath(output), Path.GetFullPath(path), StringComparison.Ordinal))
                {
                    // Writing the table over the recording would destroy it before it is read.
                    status.Line($"--out {output} is the recording itself; name another file.");
                    return UsageExitCode;
                }

                return await ExportAsync(frames, schema, format, output, status, new ExportProgress(parseResult.InvocationConfiguration.Error), cancellationToken).ConfigureAwait(false);
            }
        });

        return command;
    }

    private static async Task<int> ExportAsync(RecordingFrames frames, TableSchema schema, string format, string output, StatusWriter status, ExportProgress progress, CancellationToken cancellationToken)
    {
        long rows = 0;
        try
        {
            var stream = new FileStream(output, FileMode.Create, FileAccess.ReadWrite, FileShare.Read, 1 << 16);
            ITableWriter writer;
            try
            {
                writer = format == "csv" ? new CsvTableWriter(schema, stream) : await ParquetTableWriter.CreateAsync(schema, stream, cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                await stream.DisposeAsync().ConfigureAwait(false);
                throw;
            }

            await using (writer.ConfigureAwait(false))
            {
                var reader = frames.Reader;
                reader.Warning += (_, warning) => status.Line("warning: " + warning.Message);
                while (!cancellationToken.IsCancellationRequested)
                {
                    var result = reader.Poll(out var frame);
                    if (result == PollResult.Ended)
                    {
                        break;
                    }

                    if (frame is null)
                    {
                        continue;
                    }

                    using (frame)
                    {
                        await writer.WriteRowAsync(frame.Sequence, frames.CapturedAt, index => frame[index].Bytes, cancellationToken).ConfigureAwait(false);
                    }

                    rows++;
                    progress.Report(frames.Progress, rows);
                }

                await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            progress.Finish();
            TryDelete(output);
            status.Line($"cannot write {output}: {exception.Message}");
            return OutputExitCode;
        }
        catch (OperationCanceledException)
        {
            progress.Finish();
            TryDelete(output);
            status.Line($"stopped; {output} was not finished and is removed.");
            return OutputExitCode;
        }

        progress.Finish();
        if (frames.StopReason is { } reason)
        {
            status.Line("warning: " + reason);
        }

        status.Line(string.Create(CultureInfo.InvariantCulture, $"exported {rows} frames of {schema.Layout.Name}, {schema.Columns.Count + 2} columns, to {output}."));
        return 0;
    }

    // A first pass over the recording finds how many elements of each counted array some frame uses. It reads the
    // file once more (decoding only, no table), which costs far less than writing thousands of always-empty columns.
    private static TableSchema KeepingUsedElements(string path, TableSchema schema, CancellationToken cancellationToken)
    {
        var active = new ActiveCounts(schema);
        if (!active.Any || !RecordingFrames.TryOpen(path, out var frames, out _))
        {
            return schema;
        }

        using (frames)
        {
            while (!cancellationToken.IsCancellationRequested && frames.Reader.Poll(out var frame) != PollResult.Ended)
            {
                using (frame)
                {
                    if (frame is not null)
                    {
                        active.Observe(index => frame[index].Bytes);
                    }
                }
            }
        }

        return schema.KeepingUsed(active);
    }

    private static string[] Names(string[]? values) =>
        [.. (values ?? []).SelectMany(value => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Nothing more to do: the line above says the file is not usable.
        }
    }
}
