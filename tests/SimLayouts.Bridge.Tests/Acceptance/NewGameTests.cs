using System;
using System.Buffers.Binary;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using NUnit.Framework;
using SimLayouts.Bridge.Tests.Infrastructure;

namespace SimLayouts.Bridge.Tests.Acceptance;

/// <summary>
/// Games are data: a new layout file copied into <c>layouts/</c> of a copy of the repository is, once built, a game
/// that every command knows, with no C# edit. The made-up game <c>minikart</c> (two pages, an enum, presence, a
/// counter protocol, no simulator) is listed, printed, dumped from page files, recorded, replayed and bridged in the
/// generic frame; <c>badframe</c> names a frame format that does not exist.
/// </summary>
[Category("Build")]
[NonParallelizable]
public sealed class NewGameTests
{
    // Generous: the copy's build compiles the generator, the runtime and the command line on a machine that may be
    // busy with other builds.
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(2);

    // The parts of the repository the command line is built from.
    private static readonly string[] CopiedFiles = ["Directory.Build.props", "Directory.Packages.props", "global.json", ".editorconfig"];
    private static readonly string[] CopiedFolders = ["layouts", "generator/SimLayouts.Generator", "runtime/SimLayouts.Runtime", "bridge/SimLayouts.Bridge"];

    private string _repository = string.Empty;
    private string _work = string.Empty;
    private string _simlayouts = string.Empty;

    [OneTimeSetUp]
    public void CopyTheRepositoryAddTheGamesAndBuild()
    {
        var root = RepositoryRoot();
        _repository = Directory.CreateTempSubdirectory("simlayouts-new-game-").FullName;
        foreach (var file in CopiedFiles.Where(file => File.Exists(Path.Combine(root, file))))
        {
            File.Copy(Path.Combine(root, file), Path.Combine(_repository, file));
        }

        foreach (var folder in CopiedFolders)
        {
            CopyFolder(Path.Combine(root, folder), Path.Combine(_repository, folder));
        }

        foreach (var game in new[] { "minikart", "badframe" })
        {
            File.Copy(Path.Combine(root, "tests", "SimLayouts.Bridge.Tests", "Acceptance", $"{game}.layout.yaml"), Path.Combine(_repository, "layouts", $"{game}.layout.yaml"));
        }

        var build = ChildProcess.Run("dotnet", ["build", "bridge/SimLayouts.Bridge/SimLayouts.Bridge.csproj", "-nologo", "-v:m", "-nodeReuse:false"], _repository, BuildTimeout);
        Assert.That(build.ExitCode, Is.EqualTo(0), build.ToString());
        _simlayouts = Path.Combine(_repository, "bridge", "SimLayouts.Bridge", "bin", "Debug", "net10.0", "simlayouts.dll");
        Assert.That(File.Exists(_simlayouts), Is.True, build.ToString());
        _work = Directory.CreateDirectory(Path.Combine(_repository, "work")).FullName;
    }

    [OneTimeTearDown]
    public void DeleteTheCopy()
    {
        try
        {
            Directory.Delete(_repository, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
    }

    [Test]
    public void Layout_prints_every_member_of_both_pages()
    {
        var result = Simlayouts("layout", "minikart", "--format", "tsv");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        Assert.That(result.Output, Is.EqualTo(
            "page\tname\ttype\toffset\tdims\tsize\n"
            + "Telemetry\ttick\tu32\t0\t-\t4\n"
            + "Telemetry\tstate\tu8\t4\t-\t1\n"
            + "Telemetry\tspeed\tf32\t8\t-\t4\n"
            + "Telemetry\tlap\ti32\t12\t-\t4\n"
            + "Telemetry\twheel_temps\tf32\t16\t4\t16\n"
            + "Session\ttrack\tstring\t0\t32\t32\n"
            + "Session\tlaps\tu16\t32\t-\t2\n"
            + "Session\tbest_lap_ms\ti32\t36\t-\t4\n"));
    }

    [Test]
    public void Games_lists_it_with_its_title_segments_no_simulator_and_the_default_ingest_url()
    {
        var result = Simlayouts("games", "--format", "tsv");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        var rows = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split('\t')).ToArray();
        Assert.That(rows.Select(row => row[0]), Is.EqualTo(new[] { "name" }.Concat(BuiltInLayouts.Names.Concat(["badframe", "minikart"]).Order(StringComparer.Ordinal))));
        Assert.That(rows.Single(row => row[0] == "minikart"), Is.EqualTo(new[]
        {
            "minikart", "Mini Kart (acceptance test)", @"Local\minikart_telemetry,Local\minikart_session", "no", "http://127.0.0.1:3000/api/ingest/minikart-shared-memory", string.Empty,
        }));
    }

    [Test]
    public void Dump_reads_its_two_page_files_by_segment_name()
    {
        var pages = WritePages("dump", KartState.Racing);

        var result = Simlayouts("dump", "minikart", "--source", "file:" + pages);

        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        Assert.That(result.Error, Is.Empty);
        using var dump = JsonDocument.Parse(result.Output);
        AssertPages(dump.RootElement, "Racing");
    }

    [Test]
    public void A_page_file_written_while_the_game_was_off_is_decoded_with_one_warning()
    {
        var pages = WritePages("off", KartState.Off);

        var result = Simlayouts("dump", "minikart", "--source", "file:" + pages);

        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        using var dump = JsonDocument.Parse(result.Output);
        AssertPages(dump.RootElement, "Off");
        Assert.That(result.Error, Does.Contain("state is KART_OFF"));
    }

    [Test]
    public void Record_then_replay_gives_the_same_pages_and_the_bridge_sends_them_in_the_generic_frame()
    {
        var pages = WritePages("record", KartState.Racing);
        var recording = Path.Combine(_work, "minikart.rec");

        var record = Simlayouts("record", "minikart", "--source", "file:" + pages, "--out", recording, "--frames", "1");
        Assert.That(record.ExitCode, Is.EqualTo(0), record.ToString());
        Assert.That(record.Error, Does.Contain("recorded 1 frames"));

        var replayed = Simlayouts("dump", "minikart", "--source", "replay:" + recording);
        Assert.That(replayed.ExitCode, Is.EqualTo(0), replayed.ToString());
        using var dump = JsonDocument.Parse(replayed.Output);
        AssertPages(dump.RootElement, "Racing");

        var bridged = Simlayouts("bridge", "--game", "minikart", "--source", "replay:" + recording, "--print", "--once");
        Assert.That(bridged.ExitCode, Is.EqualTo(0), bridged.ToString());
        using var frame = JsonDocument.Parse(bridged.Output);
        var properties = frame.RootElement.EnumerateObject().ToArray();
        Assert.That(properties.Select(property => property.Name), Is.EqualTo(new[] { "source", "sequence", "capturedAt", "telemetry", "session" }));
        Assert.That(frame.RootElement.GetProperty("source").GetString(), Is.EqualTo("shared-memory"));
        Assert.That(frame.RootElement.GetProperty("sequence").GetInt64(), Is.EqualTo(0));
        Assert.That(frame.RootElement.GetProperty("capturedAt").GetString(), Does.EndWith("+00:00"));
        AssertPages(frame.RootElement, "Racing");
    }

    [TestCase("simulate", "minikart", "--duration", "1")]
    [TestCase("dump", "minikart", "--source", "sim")]
    [TestCase("bridge", "--game", "minikart", "--source", "sim", "--print", "--once")]
    public void A_game_without_a_simulator_says_so_in_one_line(params string[] args)
    {
        var result = Simlayouts(args);

        Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
        Assert.That(result.Output, Is.Empty);
        Assert.That(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(1), result.Error);
        Assert.That(result.Error, Does.Contain("no simulator").And.Contain("minikart"));
    }

    [TestCase("bridge", "--game", "badframe", "--print", "--once")]
    [TestCase("bench", "badframe")]
    public void A_layout_naming_an_unknown_frame_format_gets_one_line_from_the_commands_that_write_frames(params string[] args)
    {
        var page = Path.Combine(_work, "badframe_values");
        File.WriteAllBytes(page, [1, 0, 0, 0]);

        var result = Simlayouts([.. args, "--source", "file:" + page]);

        Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
        Assert.That(result.Output, Is.Empty);
        Assert.That(result.Error, Is.EqualTo("simlayouts: badframe names the frame format 'no-such-frame' (bridge.frame), which this bridge does not know; it writes pages, pcars2-seed.\n"));

        var dump = Simlayouts("dump", "badframe", "--source", "file:" + page);
        Assert.That(dump.ExitCode, Is.EqualTo(0), dump.ToString());
        Assert.That(dump.Output, Is.EqualTo("{\"value\":1}\n"), "the pages themselves are fine");
    }

    private enum KartState : byte
    {
        Off = 0,
        Racing = 2,
    }

    // The pages as the made-up game would write them, at the offsets its layout file gives, one file per segment.
    private string WritePages(string name, KartState state)
    {
        var directory = Directory.CreateDirectory(Path.Combine(_work, name)).FullName;
        var telemetry = new byte[32];
        BinaryPrimitives.WriteUInt32LittleEndian(telemetry.AsSpan(0), 7);
        telemetry[4] = (byte)state;
        BinaryPrimitives.WriteSingleLittleEndian(telemetry.AsSpan(8), 27.5f);
        BinaryPrimitives.WriteInt32LittleEndian(telemetry.AsSpan(12), 3);
        for (var wheel = 0; wheel < 4; wheel++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(telemetry.AsSpan(16 + (4 * wheel)), 60.5f + wheel);
        }

        var session = new byte[40];
        Encoding.UTF8.GetBytes("Lonato").CopyTo(session, 0);
        BinaryPrimitives.WriteUInt16LittleEndian(session.AsSpan(32), 12);
        BinaryPrimitives.WriteInt32LittleEndian(session.AsSpan(36), 48_123);
        File.WriteAllBytes(Path.Combine(directory, "minikart_telemetry"), telemetry);
        File.WriteAllBytes(Path.Combine(directory, "minikart_session"), session);
        return directory;
    }

    // The two pages under their JSON names, as the generated writers write them.
    private static void AssertPages(JsonElement frame, string state)
    {
        var telemetry = frame.GetProperty("telemetry");
        Assert.That(telemetry.GetProperty("tick").GetUInt32(), Is.EqualTo(7));
        Assert.That(telemetry.GetProperty("state").GetString(), Is.EqualTo(state));
        Assert.That(telemetry.GetProperty("speed").GetSingle(), Is.EqualTo(27.5f));
        Assert.That(telemetry.GetProperty("lap").GetInt32(), Is.EqualTo(3));
        Assert.That(telemetry.GetProperty("wheelTemps").EnumerateArray().Select(value => value.GetSingle()), Is.EqualTo(new[] { 60.5f, 61.5f, 62.5f, 63.5f }));
        var session = frame.GetProperty("session");
        Assert.That(session.GetProperty("track").GetString(), Is.EqualTo("Lonato"));
        Assert.That(session.GetProperty("laps").GetUInt16(), Is.EqualTo(12));
        Assert.That(session.GetProperty("bestLapMs").GetInt32(), Is.EqualTo(48_123));
    }

    private ChildProcessResult Simlayouts(params string[] args) =>
        ChildProcess.Run("dotnet", [_simlayouts, .. args], _work, CommandTimeout);

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SimLayouts.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new DirectoryNotFoundException("SimLayouts.sln not found above " + TestContext.CurrentContext.TestDirectory);
    }

    // Sources only: build output is made again in the copy.
    private static void CopyFolder(string source, string destination)
    {
        Directory.CreateDirectory(destination);
        foreach (var file in Directory.EnumerateFiles(source))
        {
            File.Copy(file, Path.Combine(destination, Path.GetFileName(file)));
        }

        foreach (var folder in Directory.EnumerateDirectories(source))
        {
            var name = Path.GetFileName(folder);
            if (name is not ("bin" or "obj"))
            {
                CopyFolder(folder, Path.Combine(destination, name));
            }
        }
    }
}
