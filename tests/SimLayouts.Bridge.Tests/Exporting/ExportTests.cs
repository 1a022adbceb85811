using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using DuckDB.NET.Data;
using NUnit.Framework;
using SimLayouts.Bridge.Tests.Infrastructure;
using SimLayouts.Reading;
using SimLayouts.Recording;
using SimLayouts.Sources;

namespace SimLayouts.Bridge.Tests.Exporting;

/// <summary>
/// <c>simlayouts export</c>: recordings of the simulators exported, read back with DuckDB as analysts read them, and
/// compared cell by cell with the replay of the same recording written by the generated JSON writers.
/// </summary>
[NonParallelizable]
public sealed class ExportTests
{
    private string _directory = null!;

    [SetUp]
    public void SetUp()
    {
        _directory = Path.Combine(Path.GetTempPath(), "simlayouts-export-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_directory, recursive: true);

    [Test]
    public void A_60_second_pcars2_recording_in_parquet_reads_back_in_duckdb_with_the_replays_values_frame_by_frame()
    {
        var recording = Path.Combine(_directory, "race.rec");
        var written = SyntheticRecording.Write(recording, Layout("pcars2"), TimeSpan.FromSeconds(60));
        var table = Path.Combine(_directory, "race.parquet");

        var result = CommandLine.Run("export", recording, "--format", "parquet", "--out", table);

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        Assert.That(result.Output, Is.Empty);
        var compared = CompareWithReplay(recording, table, "read_parquet");
        Assert.That(compared.Rows, Is.EqualTo(written), "one row per recorded frame");
        Assert.That(ColumnNames(table), Has.Length.GreaterThan(900), "the pcars2 page with the simulator's cars: about 980 columns");
        Assert.That(compared.Cells, Is.EqualTo(written * (ColumnNames(table).Length - 2)), "every value of every frame was compared");
        Assert.That(result.Error, Does.Contain($"exported {written} frames of pcars2"));
    }

    [TestCaseSource(typeof(SimulatedGames), nameof(SimulatedGames.Names))]
    public void Every_game_with_a_simulator_exports_to_parquet_and_csv_with_the_replays_values(string game)
    {
        var recording = Path.Combine(_directory, game + ".rec");
        var written = SyntheticRecording.Write(recording, Layout(game), TimeSpan.FromSeconds(5));

        Assert.That(CommandLine.Run("export", recording).ExitCode, Is.EqualTo(0));
        Assert.That(CommandLine.Run("export", recording, "--format", "csv").ExitCode, Is.EqualTo(0));

        var parquet = Path.ChangeExtension(recording, ".parquet");
        var csv = Path.ChangeExtension(recording, ".csv");
        Assert.That(CompareWithReplay(recording, parquet, "read_parquet").Rows, Is.EqualTo(written));
        Assert.That(CompareWithReplay(recording, csv, "read_csv").Rows, Is.EqualTo(written));
        Assert.That(File.ReadLines(csv).First().Split(','), Is.EqualTo(ColumnNames(parquet)), "one schema in both formats");
    }

    [Test]
    public void Counted_arrays_have_columns_for_the_elements_some_frame_uses_and_all_slots_keeps_every_slot()
    {
        var recording = Path.Combine(_directory, "pcars2.rec");
        SyntheticRecording.Write(recording, Layout("pcars2"), TimeSpan.FromSeconds(2));
        var largest = LargestParticipantCount(recording);
        Assume.That(largest, Is.InRange(1, 63), "the simulator's race leaves some of the 64 slots empty");
        var trimmed = Path.Combine(_directory, "trimmed.parquet");
        var every = Path.Combine(_directory, "every.parquet");

        Assert.That(CommandLine.Run("export", recording, "--out", trimmed).ExitCode, Is.EqualTo(0));
        Assert.That(CommandLine.Run("export", recording, "--out", every, "--all-slots").ExitCode, Is.EqualTo(0));

        var slots = ColumnNames(trimmed).Where(name => name.EndsWith("].name", StringComparison.Ordinal) && name.StartsWith("sharedMemory.participantInfo[", StringComparison.Ordinal)).ToArray();
        Assert.That(slots, Is.EqualTo(Enumerable.Range(0, largest).Select(slot => $"sharedMemory.participantInfo[{slot}].name")), "one set of columns per slot in use, up to the largest mNumParticipants");
        Assert.That(ColumnNames(every), Does.Contain("sharedMemory.participantInfo[63].name"));
        Assert.That(ColumnNames(every).Except(ColumnNames(trimmed)).All(name => name.Contains('[', StringComparison.Ordinal)), Is.True, "only array elements are left out");
        Assert.That(CompareWithReplay(recording, trimmed, "read_parquet").Rows, Is.GreaterThan(0));
        Assert.That(CompareWithReplay(recording, every, "read_parquet").Rows, Is.GreaterThan(0));
    }

    [Test]
    public void Pages_and_fields_keep_only_their_columns()
    {
        var recording = Path.Combine(_directory, "acevo.rec");
        SyntheticRecording.Write(recording, Layout("acevo"), TimeSpan.FromSeconds(2));
        var table = Path.Combine(_directory, "few.parquet");

        var result = CommandLine.Run("export", recording, "--out", table, "--pages", "physics,static", "--fields", "speedKmh,gear", "--fields", "static.track");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        Assert.That(ColumnNames(table), Is.EqualTo(new[] { "sequence", "capturedAt", "physics.gear", "physics.speedKmh", "static.track" }));
        Assert.That(CompareWithReplay(recording, table, "read_parquet").Rows, Is.GreaterThan(0));
    }

    [Test]
    public void Rf2_elements_past_a_count_kept_in_a_nested_struct_are_empty_cells()
    {
        // rFactor 2 counts its scoring vehicles and rules participants in a struct in front of them
        // (mScoringInfo.mNumVehicles, mTrackRules.mNumParticipants, mMultiSessionRules.mNumParticipants). With every slot
        // as a column, the slots past those counts must be empty cells.
        var recording = Path.Combine(_directory, "rf2.rec");
        SyntheticRecording.Write(recording, Layout("rf2"), TimeSpan.FromSeconds(2));
        var table = Path.Combine(_directory, "counted.parquet");

        var result = CommandLine.Run("export", recording, "--out", table, "--pages", "scoring,rules,multiRules", "--all-slots");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        Assert.That(CompareWithReplay(recording, table, "read_parquet").Rows, Is.GreaterThan(0), "every cell as the JSON frame has it: null past the count");
        using var connection = Open();
        var row = Query(connection, $"SELECT \"scoring.scoringInfo.numVehicles\", \"multiRules.multiSessionRules.numParticipants\" FROM read_parquet('{table}') LIMIT 1").Single();
        var cars = Convert.ToInt32(row[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(cars, Is.InRange(1, 127).And.EqualTo(Convert.ToInt32(row[1], System.Globalization.CultureInfo.InvariantCulture)));
        var cells = Query(connection, $"SELECT \"scoring.vehicles[{cars - 1}].id\", \"scoring.vehicles[{cars}].id\", \"multiRules.participants[{cars}].id\" FROM read_parquet('{table}') LIMIT 1").Single();
        Assert.That(cells[0], Is.Not.EqualTo(DBNull.Value), "the last car in use");
        Assert.That(cells[1], Is.EqualTo(DBNull.Value), "the first slot past mScoringInfo.mNumVehicles");
        Assert.That(cells[2], Is.EqualTo(DBNull.Value), "the first slot past mMultiSessionRules.mNumParticipants");
    }

    [Test]
    public void Enums_are_names_in_dictionary_encoded_text_columns_and_unsigned_integers_stay_unsigned()
    {
        var recording = Path.Combine(_directory, "pcars2.rec");
        SyntheticRecording.Write(recording, Layout("pcars2"), TimeSpan.FromSeconds(2));
        var table = Path.Combine(_directory, "types.parquet");
        Assert.That(CommandLine.Run("export", recording, "--out", table, "--fields", "gameState,carFlags,version,speed,carName").ExitCode, Is.EqualTo(0));

        using var connection = Open();
        var types = Query(connection, $"SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet('{table}'))").ToDictionary(row => (string)row[0], row => (string)row[1]);
        Assert.That(types["sharedMemory.gameState"], Is.EqualTo("VARCHAR"));
        Assert.That(types["sharedMemory.version"], Is.EqualTo("UINTEGER"));
        Assert.That(types["sharedMemory.speed"], Is.EqualTo("FLOAT"));
        Assert.That(types["capturedAt"], Is.EqualTo("TIMESTAMP WITH TIME ZONE"));
        var encodings = Query(connection, $"SELECT DISTINCT encodings FROM parquet_metadata('{table}') WHERE path_in_schema = 'sharedMemory.gameState'").Select(row => (string)row[0]).ToArray();
        Assert.That(encodings, Has.All.Contains("DICTIONARY"));
        Assert.That(Query(connection, $"SELECT DISTINCT \"sharedMemory.gameState\" FROM read_parquet('{table}')").Select(row => row[0]), Is.EqualTo(new[] { "IngamePlaying" }));
    }

    [TestCase("not a recording")]
    [TestCase("")]
    public void A_file_that_is_not_a_recording_is_one_line_and_exit_2(string content)
    {
        var path = Path.Combine(_directory, "bogus.rec");
        File.WriteAllText(path, content);

        var result = CommandLine.Run("export", path);

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error.TrimEnd('\n').Split('\n'), Has.Length.EqualTo(1), result.Error);
        Assert.That(File.Exists(Path.ChangeExtension(path, ".parquet")), Is.False);
    }

    [TestCase("--pages", "nopage", "nopage")]
    [TestCase("--fields", "nofield", "nofield")]
    public void Unknown_names_are_one_line_that_names_them_and_exit_2(string option, string value, string named)
    {
        var recording = Path.Combine(_directory, "pcars2.rec");
        SyntheticRecording.Write(recording, Layout("pcars2"), TimeSpan.FromSeconds(1));

        var result = CommandLine.Run("export", recording, option, value);

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Does.Contain(named));
    }

    [Test]
    public void The_recording_itself_as_output_is_refused_and_the_recording_kept()
    {
        var recording = Path.Combine(_directory, "pcars2.rec");
        SyntheticRecording.Write(recording, Layout("pcars2"), TimeSpan.FromSeconds(1));
        var before = File.ReadAllBytes(recording);

        var result = CommandLine.Run("export", recording, "--out", recording);

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Does.Contain("is the recording itself"));
        Assert.That(File.ReadAllBytes(recording), Is.EqualTo(before));
    }

    [Test]
    public void An_output_that_cannot_be_written_is_one_line_and_exit_1()
    {
        var recording = Path.Combine(_directory, "pcars2.rec");
        SyntheticRecording.Write(recording, Layout("pcars2"), TimeSpan.FromSeconds(1));

        var result = CommandLine.Run("export", recording, "--out", Path.Combine(_directory, "no", "such", "dir.parquet"));

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Error, Does.StartWith("simlayouts: cannot write"));
    }

    internal static LayoutDescription Layout(string name) => BuiltInLayouts.TryGet(name, out var layout) ? layout : throw new ArgumentException(name);

    private static (long Rows, long Cells) CompareWithReplay(string recording, string table, string readFunction)
    {
        var layout = Layout(RecordingLayout(recording));
        var timestamps = RecordedTimestamps(recording, layout);
        using var connection = Open();
        using var command = connection.CreateCommand();
        // CSV columns are read as text and cast the way the Parquet file types them, so one comparison serves both.
        command.CommandText = readFunction == "read_csv"
            ? $"SELECT * FROM read_csv('{table}', header = true, all_varchar = true, allow_quoted_nulls = false) ORDER BY CAST(sequence AS BIGINT)"
            : $"SELECT * FROM read_parquet('{table}') ORDER BY sequence";
        using var rows = command.ExecuteReader();
        var parquetTypes = readFunction == "read_csv" ? ParquetTypesOf(table, layout, recording) : null;

        using var source = ReplaySource.Open(recording, layout, ReplaySpeed.AsFastAsPossible);
        using var reader = new LayoutReader(layout, source);
        var json = new ArrayBufferWriter<byte>();
        long count = 0, cells = 0;
        var mismatches = new List<string>();
        while (reader.Poll(out var frame) != PollResult.Ended)
        {
            if (frame is null)
            {
                continue;
            }

            using (frame)
            {
                Assert.That(rows.Read(), Is.True, $"the table ends before frame {frame.Sequence}");
                json.ResetWrittenCount();
                using (var writer = new Utf8JsonWriter(json))
                {
                    writer.WriteStartObject();
                    frame.WritePagesAsProperties(writer);
                    writer.WriteEndObject();
                }

                using var document = JsonDocument.Parse(json.WrittenMemory);
                var nodes = FrameOracle.Flatten(document.RootElement);
                Assert.That(Convert.ToInt64(rows.GetValue(0), System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(frame.Sequence));
                Assert.That(CapturedAt(rows.GetValue(1)), Is.EqualTo(timestamps[(int)count]), $"capturedAt of frame {frame.Sequence}");
                for (var column = 2; column < rows.FieldCount; column++)
                {
                    var name = rows.GetName(column);
                    var cell = parquetTypes is null ? rows.GetValue(column) : FromText(rows.GetValue(column), parquetTypes[name]);
                    if (FrameOracle.Mismatch(cell, nodes.TryGetValue(name, out var node) ? node : null) is { } why && mismatches.Count < 20)
                    {
                        mismatches.Add($"frame {frame.Sequence} {name}: {why}");
                    }

                    cells++;
                }

                count++;
            }
        }

        Assert.That(rows.Read(), Is.False, "the table has more rows than the replay has frames");
        Assert.That(mismatches, Is.Empty);
        return (count, cells);
    }

    private static int LargestParticipantCount(string recording)
    {
        using var source = ReplaySource.Open(recording, Layout("pcars2"), ReplaySpeed.AsFastAsPossible);
        using var reader = new LayoutReader(Layout("pcars2"), source);
        var largest = 0;
        while (reader.Poll(out var frame) != PollResult.Ended)
        {
            using (frame)
            {
                if (frame is not null)
                {
                    largest = Math.Max(largest, frame.View<SimLayouts.Pcars2.SharedMemoryView>().NumParticipants);
                }
            }
        }

        return largest;
    }

    private static string RecordingLayout(string recording)
    {
        using var file = File.OpenRead(recording);
        return RecordingHeader.ReadFrom(file, recording).LayoutName;
    }

    private static List<DateTimeOffset> RecordedTimestamps(string recording, LayoutDescription layout)
    {
        using var reader = RecordingReader.Open(recording, layout);
        var timestamps = new List<DateTimeOffset>();
        while (reader.TryReadFrame())
        {
            timestamps.Add(reader.Header.StartedAt + reader.Timestamp);
        }

        return timestamps;
    }

    private static DateTimeOffset CapturedAt(object cell) => cell switch
    {
        DateTimeOffset offset => offset,
        DateTime time => new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc)),
        string text => DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture),
        _ => throw new AssertionException($"capturedAt is a {cell.GetType()}"),
    };

    // The DuckDB type of each column in the Parquet export of the same recording.
    private static Dictionary<string, string> ParquetTypesOf(string csv, LayoutDescription layout, string recording)
    {
        var parquet = Path.ChangeExtension(csv, ".types.parquet");
        Assert.That(CommandLine.Run("export", recording, "--out", parquet).ExitCode, Is.EqualTo(0));
        using var connection = Open();
        _ = layout;
        return Query(connection, $"SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet('{parquet}'))").ToDictionary(row => (string)row[0], row => (string)row[1]);
    }

    private static object FromText(object cell, string type)
    {
        if (cell is not string text || text.Length == 0 && type != "VARCHAR")
        {
            return cell is string ? DBNull.Value : cell;
        }

        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        return type switch
        {
            "FLOAT" => float.Parse(text, invariant),
            "DOUBLE" => double.Parse(text, invariant),
            "BOOLEAN" => bool.Parse(text),
            "VARCHAR" => text,
            "UBIGINT" => ulong.Parse(text, invariant),
            _ => long.Parse(text, invariant),
        };
    }

    private static string[] ColumnNames(string parquet)
    {
        using var connection = Open();
        return [.. Query(connection, $"SELECT column_name FROM (DESCRIBE SELECT * FROM read_parquet('{parquet}'))").Select(row => (string)row[0])];
    }

    internal static DuckDBConnection Open()
    {
        var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        return connection;
    }

    internal static List<object[]> Query(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object[]>();
        while (reader.Read())
        {
            var row = new object[reader.FieldCount];
            reader.GetValues(row);
            rows.Add(row);
        }

        return rows;
    }
}
