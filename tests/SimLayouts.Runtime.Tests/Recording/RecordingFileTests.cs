using System;
using System.IO;
using SimLayouts.Pcars2;
using SimLayouts.Reading;
using SimLayouts.Recording;
using SimLayouts.Runtime.Tests.Infrastructure;
using SimLayouts.Sources;

namespace SimLayouts.Runtime.Tests.Recording;

/// <summary>
/// A recording file claimed for one recorder: written only once there is a frame, so recording nothing leaves no
/// header-only file and an existing file untouched. (That a second process is refused is checked across processes
/// by the bridge's hostile-environment tests: locks between two processes cannot be shown in one.)
/// </summary>
public sealed class RecordingFileTests
{
    [Test]
    public void A_claim_that_records_nothing_leaves_no_file_behind()
    {
        using var directory = new TemporaryDirectory();
        var path = directory.File("nothing.slrec");

        using (RecordingFile.Claim(path))
        {
            Assert.That(File.Exists(path), Is.True, "claimed at once");
            Assert.That(new FileInfo(path).Length, Is.Zero, "but nothing written yet");
        }

        Assert.That(File.Exists(path), Is.False);
    }

    [Test]
    public void A_claim_of_an_existing_file_that_records_nothing_leaves_it_as_it_was()
    {
        using var directory = new TemporaryDirectory();
        var path = directory.File("kept.slrec");
        File.WriteAllBytes(path, [1, 2, 3]);

        RecordingFile.Claim(path).Dispose();

        Assert.That(File.ReadAllBytes(path), Is.EqualTo(new byte[] { 1, 2, 3 }));
    }

    [Test]
    public void A_started_claim_replaces_the_file_with_a_recording_that_replays()
    {
        using var directory = new TemporaryDirectory();
        var path = directory.File("session.slrec");
        File.WriteAllBytes(path, new byte[100_000]);
        var page = Pages.Pcars2(speed: 12f);
        using (var claim = RecordingFile.Claim(path))
        {
            var writer = claim.Start(Pcars2Layout.Description, DateTimeOffset.UnixEpoch);
            writer.BeginFrame(TimeSpan.Zero);
            writer.AddPage(0, page);
            writer.EndFrame();
            Assert.That(() => claim.Start(Pcars2Layout.Description, DateTimeOffset.UnixEpoch), Throws.InvalidOperationException);
        }

        using var reader = RecordingReader.Open(path, Pcars2Layout.Description);
        Assert.That(reader.TryReadFrame(), Is.True);
        Assert.That(new SharedMemoryView(reader.Page(0)).Speed, Is.EqualTo(12f));
        Assert.That(reader.TryReadFrame(), Is.False);
        Assert.That(reader.StopReason, Is.Null, "nothing of the old, longer file is left");
    }
}
