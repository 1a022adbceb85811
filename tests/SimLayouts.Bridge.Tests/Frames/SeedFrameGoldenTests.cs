using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using NUnit.Framework;
using SimLayouts.Bridge.Frames;
using SimLayouts.Bridge.Tests.Infrastructure;
using SimLayouts.Pcars2;

namespace SimLayouts.Bridge.Tests.Frames;

/// <summary>
/// The C# frame equals the seed's (tests/oracle/seed_bridge.py) for the same page bytes, plausible and hostile.
/// All pages go to one python3 run.
/// </summary>
[TestFixture]
public sealed class SeedFrameGoldenTests
{
    private const string CapturedAtText = "2026-11-21T10:00:00.123456+00:00";
    private static readonly DateTimeOffset CapturedAt = new DateTimeOffset(2026, 11, 21, 10, 0, 0, TimeSpan.Zero).AddTicks(1_234_560);

    private static readonly IReadOnlyList<GoldenPage> Pages = GoldenPages.All();
    private Dictionary<string, string>? _seedFrames;

    public static IEnumerable<GoldenPage> PageCases() => Pages;

    [OneTimeSetUp]
    public void RunTheSeedOnEveryPage()
    {
        var directory = Directory.CreateTempSubdirectory("simlayouts-golden-");
        try
        {
            var paths = new List<string>();
            for (var index = 0; index < Pages.Count; index++)
            {
                var path = Path.Combine(directory.FullName, $"page{index:D3}.bin");
                File.WriteAllBytes(path, Pages[index].Bytes);
                paths.Add(path);
            }

            var output = Python.Run(string.Empty, [Python.SeedBridgeScript, "--captured-at", CapturedAtText, "--sequence", "0", .. paths]);
            var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.That(lines, Has.Length.EqualTo(Pages.Count), "one seed frame per page");
            _seedFrames = Pages.Select((page, index) => (page.Name, Line: lines[index])).ToDictionary(pair => pair.Name, pair => pair.Line);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [TestCaseSource(nameof(PageCases))]
    public void Frame_equals_the_seeds(GoldenPage page)
    {
        var sequence = Pages.ToList().IndexOf(page);
        using var seed = JsonDocument.Parse(_seedFrames![page.Name]);
        using var ours = JsonDocument.Parse(WriteFrame(page.Bytes, sequence));

        var differences = JsonComparer.Differences(seed.RootElement, ours.RootElement);

        Assert.That(differences, Is.Empty, () => string.Join('\n', differences.Take(20)));
    }

    [Test]
    public void Hostile_pages_list_what_the_seed_lists()
    {
        // Guards the golden set itself: the hostile pages must exercise slots, classes and strings.
        using var frame = JsonDocument.Parse(WriteFrame(Pages.Single(page => page.Name == "mNumParticipants 1000").Bytes, 0));
        var timings = frame.RootElement.GetProperty("packets")[2].GetProperty("data");
        Assert.That(timings.GetProperty("numParticipants").GetInt32(), Is.EqualTo(32));
        Assert.That(timings.GetProperty("participants").EnumerateArray().Select(item => item.GetProperty("slot").GetInt32()), Is.EqualTo(Enumerable.Range(0, 32)));
    }

    internal static byte[] WriteFrame(byte[] page, long sequence)
    {
        using var buffer = new JsonFrameBuffer();
        Pcars2FrameWriter.Write(buffer.Begin(), new SharedMemoryView(page), sequence, CapturedAt);
        return buffer.End().ToArray();
    }
}
