using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;
using SimLayouts.Pcars2;
using SimLayouts.Publishing;
using SimLayouts.Reading;
using SimLayouts.Runtime.Tests.Infrastructure;
using SimLayouts.Sources;

namespace SimLayouts.Runtime.Tests.Reading;

/// <summary>
/// Segment files and page files that change under the reader: cut short, grown, emptied, replaced, or not files at
/// all. Files are read with positioned reads, so none of this can fault the reader (a mapping of a file that
/// shrinks does: SIGBUS); and no frame is ever built from less than a whole page.
/// </summary>
public sealed class FileChangesTests
{
    private TemporaryDirectory _shm = null!;
    private List<SourceStateChangedEventArgs> _transitions = null!;
    private List<string> _warnings = null!;

    private string PagePath => _shm.File(SharedMemoryLayout.SegmentName);

    [SetUp]
    public void SetUp()
    {
        _shm = new TemporaryDirectory();
        _transitions = [];
        _warnings = [];
    }

    [TearDown]
    public void TearDown() => _shm.Dispose();

    [Test]
    public void A_segment_file_cut_short_while_attached_is_waited_for_and_read_again_once_it_is_whole()
    {
        using var reader = Follow(new DirectorySegmentSource(_shm.Path));
        using var game = PagePublisher.Create<SharedMemoryView>(_shm.Path);
        game.Publish(Pages.Pcars2(speed: 1f));
        PollExpecting(reader, PollResult.Frame).Dispose();

        SetLength(PagePath, 100);
        Assert.That(reader.Poll(out _), Is.EqualTo(PollResult.Waiting));
        Assert.That(reader.State, Is.EqualTo(SourceState.Waiting));
        Assert.That(_transitions[^1].Message, Does.Contain("holds 100 bytes, fewer than the 20576 of a whole page (revision v9)"));
        Assert.That(reader.Poll(out _), Is.EqualTo(PollResult.Waiting), "still short: still waiting, no frame of made-up zeros");

        // The writer grows the same file back and writes again (its mapping is whole again once the file is).
        SetLength(PagePath, SharedMemoryView.Size);
        game.Publish(Pages.Pcars2(speed: 2f));
        using var frame = PollExpecting(reader, PollResult.Frame);
        Assert.That(frame.View<SharedMemoryView>().Speed, Is.EqualTo(2f));
        Assert.That(frame[0].Length, Is.EqualTo(SharedMemoryView.Size));
    }

    [Test]
    public void A_segment_file_written_by_appending_gives_no_frame_until_it_holds_a_whole_page()
    {
        using var reader = Follow(new DirectorySegmentSource(_shm.Path));
        var page = Pages.Pcars2(speed: 9f, sequence: 6);
        using (var file = new FileStream(PagePath, FileMode.CreateNew, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete))
        {
            foreach (var end in new[] { 4096, 20000 })
            {
                file.Write(page, (int)file.Length, end - (int)file.Length);
                file.Flush();
                Assert.That(reader.Poll(out var partial), Is.EqualTo(PollResult.Waiting), $"{end} bytes are not a page");
                Assert.That(partial, Is.Null);
            }

            Assert.That(_transitions, Has.Count.EqualTo(1), "one message while the file grows, not one per size");
            Assert.That(_transitions[0].Message, Does.Contain("holds 4096 bytes, fewer than the 20576 of a whole page"));

            file.Write(page, (int)file.Length, page.Length - (int)file.Length);
        }

        using var frame = PollExpecting(reader, PollResult.Frame);
        Assert.That(frame.View<SharedMemoryView>().Speed, Is.EqualTo(9f));
        Assert.That(frame[0].Length, Is.EqualTo(SharedMemoryView.Size));
    }

    [Test]
    public void A_segment_cut_short_and_grown_back_between_two_polls_gives_no_frame_of_its_zeros()
    {
        using var reader = Follow(new DirectorySegmentSource(_shm.Path));
        using var game = PagePublisher.Create<SharedMemoryView>(_shm.Path);
        game.Publish(Pages.Pcars2(speed: 1f));
        PollExpecting(reader, PollResult.Frame).Dispose();

        // Cut to 100 bytes and grown back in place, too fast for the reader to see it short: the first 100 bytes of
        // the old page, then zeros, the counter among them. No game published that.
        SetLength(PagePath, 100);
        SetLength(PagePath, SharedMemoryView.Size);
        Assert.That(reader.Poll(out var remnant), Is.EqualTo(PollResult.Unchanged));
        Assert.That(remnant, Is.Null);

        // The writer publishes again; its counter started again from zero and reads as the last copy's (2).
        game.Publish(Pages.Pcars2(speed: 2f));
        using var frame = PollExpecting(reader, PollResult.Frame);
        Assert.That(frame[0].Counter, Is.EqualTo(2u));
        Assert.That(frame.View<SharedMemoryView>().Speed, Is.EqualTo(2f));
    }

    [Test]
    public void An_empty_segment_file_is_reported_as_short_not_as_missing()
    {
        using var reader = Follow(new DirectorySegmentSource(_shm.Path));
        File.WriteAllBytes(PagePath, []);

        Assert.That(reader.Poll(out _), Is.EqualTo(PollResult.Waiting));
        Assert.That(_transitions[^1].Message, Does.Contain("holds 0 bytes").And.Not.Contain("not found"));
    }

    [Test]
    public void A_page_file_cut_short_gives_no_frame_and_the_file_that_replaces_it_is_read()
    {
        var path = _shm.File("page.bin");
        File.WriteAllBytes(path, Pages.Pcars2(speed: 1f));
        using var reader = Follow(new PageFileSource(path));
        PollExpecting(reader, PollResult.Frame).Dispose();

        SetLength(path, 100);
        Assert.That(reader.Poll(out _), Is.EqualTo(PollResult.Waiting));
        Assert.That(_transitions[^1].Message, Does.Contain($"page file {path} holds 100 bytes"));

        // A new file renamed over the old one, as editors and copy tools do.
        File.WriteAllBytes(_shm.File("new.bin"), Pages.Pcars2(speed: 3f));
        File.Move(_shm.File("new.bin"), path, overwrite: true);
        using var frame = PollExpecting(reader, PollResult.Frame);
        Assert.That(frame.View<SharedMemoryView>().Speed, Is.EqualTo(3f));
    }

    [Test]
    public void A_page_file_that_grows_is_read_to_its_new_length()
    {
        var path = _shm.File("page.bin");
        File.WriteAllBytes(path, Pages.Pcars2(version: 9, speed: 4f, size: 20576));
        using var reader = Follow(new PageFileSource(path));
        using (var old = PollExpecting(reader, PollResult.Frame))
        {
            Assert.That(old[0].Length, Is.EqualTo(20576));
        }

        File.WriteAllBytes(path, Pages.Pcars2(speed: 5f));
        using var frame = PollExpecting(reader, PollResult.Frame);
        Assert.That(frame[0].Length, Is.EqualTo(SharedMemoryView.Size));
        Assert.That(frame.View<SharedMemoryView>().HasLaunchStage, Is.True);
        Assert.That(frame.View<SharedMemoryView>().Speed, Is.EqualTo(5f));
    }

    [Test]
    public void A_directory_in_place_of_a_segment_file_is_reported_in_one_sentence()
    {
        Directory.CreateDirectory(PagePath);
        using var reader = Follow(new DirectorySegmentSource(_shm.Path));

        Assert.That(reader.Poll(out _), Is.EqualTo(PollResult.Waiting));
        Assert.That(_transitions[^1].Message, Is.EqualTo($"Waiting for pcars2: cannot read {PagePath}: it is a directory, not a file."));
    }

    [Test]
    public void A_fifo_in_place_of_a_segment_file_is_reported_and_never_blocks_the_reader()
    {
        Assume.That(OperatingSystem.IsLinux(), "FIFOs in the file system are a Unix thing; checked on Linux");
        using (var mkfifo = Process.Start("mkfifo", [PagePath]))
        {
            mkfifo.WaitForExit();
            Assert.That(mkfifo.ExitCode, Is.Zero);
        }

        using var reader = Follow(new DirectorySegmentSource(_shm.Path));
        var poll = Task.Run(() => reader.Poll(out _));

        // Opening a FIFO for reading blocks until a writer comes; the reader must not open it at all.
        Assert.That(poll.Wait(TimeSpan.FromSeconds(30)), Is.True, "the poll returned");
        Assert.That(poll.Result, Is.EqualTo(PollResult.Waiting));
        Assert.That(_transitions[^1].Message, Does.Contain("it is a FIFO (named pipe), not a file."));
    }

    [Test]
    public void A_page_file_saved_mid_write_is_decoded_with_one_warning()
    {
        var page = Pages.Pcars2(speed: 6f);
        new SharedMemoryWritableView(page).SequenceNumber = 7;
        var path = _shm.File("page.bin");
        File.WriteAllBytes(path, page);
        using var reader = Follow(new PageFileSource(path));

        Assert.That(reader.PollFirstFrame(out var frame), Is.EqualTo(PollResult.Frame));
        using (frame)
        {
            Assert.That(frame!.View<SharedMemoryView>().Speed, Is.EqualTo(6f));
            Assert.That(frame[0].CaughtMidWrite, Is.True);
        }

        Assert.That(reader.Poll(out _), Is.EqualTo(PollResult.Unchanged));
        Assert.That(_warnings, Is.EqualTo(new[] { $"page file {path}: page $pcars2$ was saved while its writer was writing it (seqlock counter mSequenceNumber is 7); decoding it as it is, values may mix two updates." }));
    }

    [Test]
    public void A_running_game_caught_mid_write_is_still_waited_for()
    {
        using var game = PagePublisher.Create<SharedMemoryView>(_shm.Path);
        var page = Pages.Pcars2();
        game.Publish(page);
        new SharedMemoryWritableView(game.Segment.Bytes).SequenceNumber = 3;
        using var reader = Follow(new DirectorySegmentSource(_shm.Path));

        Assert.That(reader.Poll(out var frame), Is.EqualTo(PollResult.Waiting));
        Assert.That(frame, Is.Null);
        Assert.That(_warnings, Is.Empty);
    }

    private LayoutReader Follow(ISegmentSource source)
    {
        var reader = new LayoutReader(Pcars2Layout.Description, source);
        reader.StateChanged += (_, change) => _transitions.Add(change);
        reader.Warning += (_, warning) => _warnings.Add(warning.Message);
        return reader;
    }

    private static void SetLength(string path, long length)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
        file.SetLength(length);
    }

    private static LayoutFrame PollExpecting(LayoutReader reader, PollResult expected)
    {
        var result = reader.Poll(out var frame);
        Assert.That(result, Is.EqualTo(expected));
        return frame ?? throw new AssertionException("no frame");
    }
}
