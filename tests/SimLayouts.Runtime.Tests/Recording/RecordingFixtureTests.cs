using System;
using System.IO;
using System.Linq;
using SimLayouts.AcEvo;
using SimLayouts.Recording;

namespace SimLayouts.Runtime.Tests.Recording;

/// <summary>
/// Recordings people already have keep replaying: <c>tests/fixtures/recordings/acevo-8-frames.rec</c> was written by
/// the runtime before its CRC-32 came from System.IO.Hashing (the hand-written slicing-by-8 one, commit c55d53b), from
/// <see cref="RecordingTests.AcEvoFrames"/>(8). Its header and every frame carry a CRC, so a CRC computed differently
/// would reject the file; a changed container format would misread it.
/// </summary>
/// <remarks>
/// The recording also carries acevo's layout hash: a deliberate change to <c>acevo.layout.yaml</c>'s offsets makes
/// this test fail with "recorded with a different definition", which is right (old recordings of that layout can
/// no longer be read). Then write the file again from <see cref="RecordingTests.AcEvoFrames"/> with the current
/// runtime.
/// </remarks>
public sealed class RecordingFixtureTests
{
    private static readonly string s_path = Path.Combine(AppContext.BaseDirectory, "recordings", "acevo-8-frames.rec");

    [Test]
    public void A_recording_written_by_an_earlier_runtime_replays_frame_for_frame()
    {
        var expected = RecordingTests.AcEvoFrames(8);

        using var reader = RecordingReader.Open(s_path, AcEvoLayout.Description);
        Assert.That(reader.Header.LayoutName, Is.EqualTo("acevo"));
        Assert.That(reader.Header.StartedAt, Is.EqualTo(RecordingTests.Start));
        Assert.That(reader.Header.Pages.Select(page => page.Size), Is.EqualTo(new[] { PhysicsView.Size, GraphicsView.Size, StaticView.Size }));
        foreach (var frame in expected)
        {
            Assert.That(reader.TryReadFrame(), Is.True, $"frame at {frame.At}");
            Assert.That(reader.Timestamp, Is.EqualTo(frame.At));
            for (var page = 0; page < frame.Pages.Length; page++)
            {
                Assert.That(reader.Page(page).ToArray(), Is.EqualTo(frame.Pages[page]), $"page {page} at {frame.At}");
            }
        }

        Assert.That(reader.TryReadFrame(), Is.False, "the file holds eight frames");
        Assert.That(reader.FramesRead, Is.EqualTo(expected.Count));
    }

    [Test]
    public void The_header_is_written_byte_for_byte_as_before()
    {
        // The header holds no compressed bytes, so it is the same for the same layout and start whichever Brotli
        // the platform ships: its CRC (over the header) is computed as before, so recordings made now replay in a
        // runtime from before the change as well.
        using var stream = new MemoryStream();
        using var writer = new RecordingWriter(stream, AcEvoLayout.Description, RecordingTests.Start, leaveOpen: true);
        var written = stream.ToArray();

        Assert.That(written, Has.Length.EqualTo(writer.BytesWritten));
        Assert.That(written, Is.EqualTo(File.ReadAllBytes(s_path).AsSpan(0, written.Length).ToArray()));
    }
}
