using System;
using System.Buffers;
using System.Linq;
using System.Text.Json;
using SimLayouts.AcEvo;
using SimLayouts.Pcars2;
using SimLayouts.Publishing;
using SimLayouts.Reading;
using SimLayouts.Runtime.Tests.Infrastructure;
using SimLayouts.Sources;

namespace SimLayouts.Runtime.Tests.Json;

/// <summary>A frame read from shared memory is written as one JSON document, whatever the layout, without allocating.</summary>
public sealed class LayoutFrameJsonTests
{
    [Test]
    public void An_ac_evo_frame_is_one_object_with_physics_graphics_and_static()
    {
        using var shm = new TemporaryDirectory();
        using var physics = PagePublisher.Create<PhysicsView>(shm.Path);
        using var graphics = PagePublisher.Create<GraphicsView>(shm.Path);
        using var statics = PagePublisher.Create<StaticView>(shm.Path);
        var page = new byte[PhysicsView.Size];
        new PhysicsWritableView(page).Gas = 0.5f;
        physics.Publish(page);
        page = new byte[GraphicsView.Size];
        new GraphicsWritableView(page).Status = AcEvoStatus.Live;
        graphics.Publish(page);
        page = new byte[StaticView.Size];
        new StaticWritableView(page).Track = "Imola";
        statics.Publish(page);
        using var reader = new LayoutReader(AcEvoLayout.Description, new DirectorySegmentSource(shm.Path));

        Assert.That(reader.Poll(out var frame), Is.EqualTo(PollResult.Frame));
        using (frame)
        {
            using var json = Parse(writer => frame!.WriteJson(writer));
            var root = json.RootElement;

            Assert.That(root.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "physics", "graphics", "static" }));
            Assert.That(root.GetProperty("physics").GetProperty("gas").GetSingle(), Is.EqualTo(0.5f));
            Assert.That(root.GetProperty("graphics").GetProperty("status").GetString(), Is.EqualTo("Live"));
            Assert.That(root.GetProperty("static").GetProperty("track").GetString(), Is.EqualTo("Imola"));

            var raw = new RawJsonWriter();
            var read = frame!;
            read.WriteJson(raw);
            Assert.That(raw.WrittenSpan.ToArray(), Is.EqualTo(Text(writer => read.WriteJson(writer))), "the raw and the Utf8JsonWriter entry points write the same text");
            raw.Clear();
            raw.WriteRaw("{\"sequence\":7"u8);
            read.WritePagesAsProperties(raw);
            raw.WriteRaw((byte)'}');
            using var combined = JsonDocument.Parse(raw.WrittenSpan.ToArray());
            Assert.That(combined.RootElement.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "sequence", "physics", "graphics", "static" }));
        }
    }

    [Test]
    public void A_pcars2_frame_is_the_page_itself_and_writing_frames_allocates_nothing()
    {
        using var shm = new TemporaryDirectory();
        using var publisher = PagePublisher.Create<SharedMemoryView>(shm.Path);
        publisher.Publish(Pages.Pcars2(speed: 42f));
        using var reader = new LayoutReader(Pcars2Layout.Description, new DirectorySegmentSource(shm.Path));
        Assert.That(reader.Poll(out var frame), Is.EqualTo(PollResult.Frame));
        using (frame)
        {
            using var json = Parse(writer => frame!.WriteJson(writer));
            Assert.That(json.RootElement.GetProperty("speed").GetSingle(), Is.EqualTo(42f));

            var buffer = new ArrayBufferWriter<byte>(64 * 1024);
            using var writer = new Utf8JsonWriter(buffer);
            for (var i = 0; i < 10; i++)
            {
                Write(frame!, writer, buffer);
            }

            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 500; i++)
            {
                Write(frame!, writer, buffer);
            }

            Assert.That(GC.GetAllocatedBytesForCurrentThread() - before, Is.Zero);
        }
    }

    private static void Write(LayoutFrame frame, Utf8JsonWriter writer, ArrayBufferWriter<byte> buffer)
    {
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        frame.WriteJson(writer);
        writer.Flush();
    }

    private static byte[] Text(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static JsonDocument Parse(Action<Utf8JsonWriter> write) => PageJson.Parse(write);
}
