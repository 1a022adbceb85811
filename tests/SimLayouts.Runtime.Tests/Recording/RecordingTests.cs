using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.IO;
using System.IO.Hashing;
using System.Linq;
using System.Text;
using SimLayouts.AcEvo;
using SimLayouts.Pcars2;
using SimLayouts.Reading;
using SimLayouts.Recording;
using SimLayouts.Runtime.Tests.Infrastructure;
using SimLayouts.Sources;

namespace SimLayouts.Runtime.Tests.Recording;

/// <summary>Recordings: exact round trips, any cut-off point, and clear errors for files that are not ours.</summary>
public sealed class RecordingTests
{
    /// <summary>When every recording of these tests starts.</summary>
    internal static readonly DateTimeOffset Start = new(2026, 3, 1, 18, 30, 0, TimeSpan.Zero);

    [Test]
    public void Every_frame_replays_byte_for_byte_with_its_timestamp()
    {
        var frames = AcEvoFrames(8);
        var recording = Record(frames, out _);

        using var reader = new RecordingReader(new MemoryStream(recording), AcEvoLayout.Description);
        Assert.That(reader.Header.LayoutName, Is.EqualTo("acevo"));
        Assert.That(reader.Header.StartedAt, Is.EqualTo(Start));
        Assert.That(reader.Header.Pages.Select(page => page.Size), Is.EqualTo(new[] { 800, 4900, 208 }));
        foreach (var expected in frames)
        {
            Assert.That(reader.TryReadFrame(), Is.True);
            Assert.That(reader.Timestamp, Is.EqualTo(expected.At));
            for (var page = 0; page < 3; page++)
            {
                Assert.That(reader.Page(page).ToArray(), Is.EqualTo(expected.Pages[page]), $"page {page} at {expected.At}");
            }
        }

        Assert.That(reader.TryReadFrame(), Is.False);
        Assert.That(reader.StopReason, Is.Null);
    }

    [Test]
    public void Only_changes_are_stored()
    {
        var frames = AcEvoFrames(60);
        var recording = Record(frames, out _);
        var raw = frames.Count * (800 + 4900 + 208);
        Assert.That(recording.Length, Is.LessThan(raw / 50), $"{recording.Length} bytes for {raw} raw");
    }

    [Test]
    public void A_recording_cut_at_any_byte_replays_every_complete_frame_before_the_cut()
    {
        var frames = AcEvoFrames(4);
        var recording = Record(frames, out var frameEnds);
        var headerLength = frameEnds[0];
        for (var cut = 0; cut <= recording.Length; cut++)
        {
            var truncated = new MemoryStream(recording, 0, cut);
            if (cut < headerLength)
            {
                Assert.That(() => new RecordingReader(truncated, AcEvoLayout.Description), Throws.TypeOf<RecordingFormatException>(), $"cut at {cut}");
                continue;
            }

            using var reader = new RecordingReader(truncated, AcEvoLayout.Description);
            var complete = frameEnds.Skip(1).Count(end => end <= cut);
            var replayed = 0;
            while (reader.TryReadFrame())
            {
                for (var page = 0; page < 3; page++)
                {
                    Assert.That(reader.Page(page).SequenceEqual(frames[replayed].Pages[page]), Is.True, $"cut at {cut}, frame {replayed}, page {page}");
                }

                replayed++;
            }

            Assert.That(replayed, Is.EqualTo(complete), $"cut at {cut}");
            Assert.That(reader.StopReason is null, Is.EqualTo(frameEnds.Contains(cut)), $"cut at {cut}: {reader.StopReason}");
        }
    }

    [Test]
    public void A_damaged_frame_ends_the_replay_there_with_a_reason()
    {
        var frames = AcEvoFrames(4);
        var recording = Record(frames, out var frameEnds);
        recording[frameEnds[2] + 20] ^= 0x40;

        using var reader = new RecordingReader(new MemoryStream(recording), AcEvoLayout.Description, "session.slrec");
        Assert.That(reader.TryReadFrame() && reader.TryReadFrame(), Is.True);
        Assert.That(reader.TryReadFrame(), Is.False);
        Assert.That(reader.StopReason, Does.StartWith("session.slrec stops early after frame 2").And.Contain("damaged"));
    }

    [Test]
    public void Any_flipped_bit_gives_a_clear_error_or_a_shorter_replay_and_nothing_else()
    {
        var frames = AcEvoFrames(3);
        var recording = Record(frames, out var frameEnds);
        for (var position = 0; position < recording.Length; position++)
        {
            var damaged = (byte[])recording.Clone();
            damaged[position] ^= (byte)(1 << (position % 8));
            RecordingReader reader;
            try
            {
                reader = new RecordingReader(new MemoryStream(damaged), AcEvoLayout.Description);
            }
            catch (RecordingFormatException)
            {
                Assert.That(position, Is.LessThan(frameEnds[0]), "only header damage may refuse the file");
                continue;
            }

            using (reader)
            {
                // Every frame replayed is exactly the recorded one; the damaged frame and those after it are not
                // replayed, unless the flip hit bits the decompressor ignores (the checksum then still matches).
                var replayed = 0;
                while (reader.TryReadFrame())
                {
                    for (var page = 0; page < 3; page++)
                    {
                        Assert.That(reader.Page(page).SequenceEqual(frames[replayed].Pages[page]), Is.True, $"bit flipped at {position}, frame {replayed}");
                    }

                    replayed++;
                }

                var intact = frameEnds.Skip(1).Count(end => end <= position);
                Assert.That(replayed, Is.GreaterThanOrEqualTo(intact), $"bit flipped at {position}: every frame before the damage replays");
                Assert.That(reader.StopReason is null, Is.EqualTo(replayed == frames.Count), $"bit flipped at {position}");
            }
        }
    }

    [Test]
    public void A_foreign_file_is_refused_clearly()
    {
        var text = Encoding.UTF8.GetBytes("speed,rpm\n12,3000\n");
        Assert.That(() => new RecordingReader(new MemoryStream(text), AcEvoLayout.Description, "lap.csv"),
            Throws.TypeOf<RecordingFormatException>().With.Message.EqualTo("lap.csv is not a SimLayouts recording (it does not start with the recording magic bytes)."));
        Assert.That(() => new RecordingReader(new MemoryStream([]), AcEvoLayout.Description, "empty"),
            Throws.TypeOf<RecordingFormatException>().With.Message.Contains("not a SimLayouts recording"));
    }

    [Test]
    public void A_corrupt_header_is_refused_clearly()
    {
        var recording = Record(AcEvoFrames(2), out _);
        recording[14] ^= 0x01;
        Assert.That(() => new RecordingReader(new MemoryStream(recording), AcEvoLayout.Description, "session.slrec"),
            Throws.TypeOf<RecordingFormatException>().With.Message.EqualTo("session.slrec has a damaged header (checksum mismatch)."));
    }

    [Test]
    public void A_newer_format_version_is_refused_clearly()
    {
        var recording = Record(AcEvoFrames(2), out _);
        BinaryPrimitives.WriteUInt16LittleEndian(recording.AsSpan(8), 7);
        Assert.That(() => new RecordingReader(new MemoryStream(recording), AcEvoLayout.Description, "r"),
            Throws.TypeOf<RecordingFormatException>().With.Message.Contains("format version 7"));
    }

    [Test]
    public void A_recording_of_another_layout_is_refused_clearly()
    {
        var recording = Record(AcEvoFrames(2), out _);
        Assert.That(() => new RecordingReader(new MemoryStream(recording), Pcars2Layout.Description, "r"),
            Throws.TypeOf<RecordingFormatException>().With.Message.EqualTo("r is a recording of layout 'acevo', not 'pcars2'."));
    }

    [Test]
    public void A_recording_made_with_an_edited_layout_is_refused_clearly()
    {
        var recording = Record(AcEvoFrames(2), out _);

        // Flip one bit of the stored layout hash and fix the header checksum, as an edited layout would write it.
        var hashAt = RecordingFormat.PreambleLength + 1 + "acevo".Length;
        recording[hashAt] ^= 0x80;
        var bodyLength = BinaryPrimitives.ReadUInt16LittleEndian(recording.AsSpan(10));
        var crcAt = RecordingFormat.PreambleLength + bodyLength;
        BinaryPrimitives.WriteUInt32LittleEndian(recording.AsSpan(crcAt), Crc32.HashToUInt32(recording.AsSpan(0, crcAt)));

        Assert.That(() => new RecordingReader(new MemoryStream(recording), AcEvoLayout.Description, "r"),
            Throws.TypeOf<RecordingFormatException>().With.Message.Contains("different definition of layout 'acevo'"));
    }

    [Test]
    public void A_missing_file_is_a_format_error_not_a_crash()
    {
        Assert.That(() => RecordingReader.Open(Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".slrec"), AcEvoLayout.Description),
            Throws.TypeOf<RecordingFormatException>().With.Message.Contains("could not be opened"));
    }

    [Test]
    public void The_layout_hash_changes_with_any_field_and_not_otherwise()
    {
        Assert.That(LayoutHash.Compute(AcEvoLayout.Description), Is.EqualTo(LayoutHash.Compute(AcEvoLayout.Description)));
        Assert.That(LayoutHash.Compute(AcEvoLayout.Description), Is.Not.EqualTo(LayoutHash.Compute(Pcars2Layout.Description)));
    }

    [Test]
    public void A_replay_is_a_source_whose_frames_match_the_recording_and_then_ends()
    {
        var frames = AcEvoFrames(5);
        var recording = Record(frames, out _);
        var reader = new RecordingReader(new MemoryStream(recording), AcEvoLayout.Description);
        using var layoutReader = new LayoutReader(AcEvoLayout.Description, new ReplaySource(reader, ReplaySpeed.AsFastAsPossible));
        var gas = new List<float>();
        var states = new List<SourceState>();
        layoutReader.StateChanged += (_, change) => states.Add(change.State);
        while (layoutReader.Poll(out var frame) != PollResult.Ended)
        {
            using (frame)
            {
                if (frame is not null)
                {
                    gas.Add(frame.View<PhysicsView>().Gas);
                }
            }
        }

        Assert.That(gas, Is.EqualTo(frames.Select(frame => new PhysicsView(frame.Pages[0]).Gas)));
        Assert.That(states, Is.EqualTo(new[] { SourceState.Attached, SourceState.Ended }));
    }

    [Test]
    public void A_replay_at_recorded_speed_waits_for_each_frame()
    {
        var frames = AcEvoFrames(3);
        var time = new ManualTime();
        var reader = new RecordingReader(new MemoryStream(Record(frames, out _)), AcEvoLayout.Description);
        using var source = new ReplaySource(reader, ReplaySpeed.Times(2), time: time);

        Assert.That(source.Advance(), Is.True);
        Assert.That(reader.FramesRead, Is.EqualTo(1));
        Assert.That(source.DelayBeforeNextPoll, Is.EqualTo(TimeSpan.FromMilliseconds(50)), "frame 2 is 100 ms later, at twice the speed");
        time.Advance(TimeSpan.FromMilliseconds(40));
        Assert.That(source.Advance(), Is.True);
        Assert.That(reader.FramesRead, Is.EqualTo(1), "frame 2 is due 100 ms later, 50 ms at 2x");
        time.Advance(TimeSpan.FromMilliseconds(10));
        Assert.That(source.Advance(), Is.True);
        Assert.That(reader.FramesRead, Is.EqualTo(2));
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.That(source.Advance(), Is.False, "everything was shown");
        Assert.That(reader.FramesRead, Is.EqualTo(3));
    }

    internal sealed record TestFrame(TimeSpan At, byte[][] Pages);

    // Frames 100 ms apart: physics changes every frame, graphics every other, static once.
    internal static List<TestFrame> AcEvoFrames(int count)
    {
        var frames = new List<TestFrame>();
        var physics = new byte[PhysicsView.Size];
        var graphics = new byte[GraphicsView.Size];
        var statics = new byte[StaticView.Size];
        new StaticWritableView(statics).SmVersion = "0.2";
        for (var index = 0; index < count; index++)
        {
            var physicsView = new PhysicsWritableView(physics)
            {
                PacketId = index + 1,
                Gas = index / (float)count,
                Rpms = 3000 + (index * 150),
            };
            if (index % 2 == 0)
            {
                new GraphicsWritableView(graphics).PacketId = index + 1;
            }

            if (index == count / 2)
            {
                new StaticWritableView(statics).SmVersion = "0.3";
            }

            _ = physicsView;
            frames.Add(new TestFrame(TimeSpan.FromMilliseconds(100 * index), [physics.ToArray(), graphics.ToArray(), statics.ToArray()]));
        }

        return frames;
    }

    private static byte[] Record(List<TestFrame> frames, out List<int> frameEnds)
    {
        var stream = new MemoryStream();
        frameEnds = [];
        using (var writer = new RecordingWriter(stream, AcEvoLayout.Description, Start, leaveOpen: true))
        {
            frameEnds.Add((int)writer.BytesWritten);
            foreach (var frame in frames)
            {
                writer.BeginFrame(frame.At);
                for (var page = 0; page < frame.Pages.Length; page++)
                {
                    writer.AddPage(page, frame.Pages[page]);
                }

                Assert.That(writer.EndFrame(), Is.True);
                frameEnds.Add((int)writer.BytesWritten);
            }
        }

        return stream.ToArray();
    }
}
