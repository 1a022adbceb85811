using System;
using System.Linq;
using System.Text;
using NUnit.Framework;
using SimLayouts.AcEvo;
using SimLayouts.Bridge.Frames;
using SimLayouts.Bridge.Simulation;
using SimLayouts.Pcars2;
using SimLayouts.Reading;

namespace SimLayouts.Bridge.Tests.Frames;

/// <summary>Frame formats are found by the name a layout gives in <c>bridge.frame</c>; the generic one is built from metadata.</summary>
[TestFixture]
public sealed class FrameFormatsTests
{
    private static readonly DateTimeOffset CapturedAt = new DateTimeOffset(2026, 11, 21, 10, 0, 0, TimeSpan.Zero).AddTicks(1_234_560);

    [Test]
    public void Every_compiled_layout_names_a_frame_format_the_bridge_knows()
    {
        Assert.That(BuiltInLayouts.All, Is.Not.Empty);
        foreach (var layout in BuiltInLayouts.All)
        {
            Assert.That(FrameFormats.Names, Does.Contain(layout.Bridge.Frame), layout.Name);
            Assert.That(FrameFormats.TryCreate(layout, out var format, out var error), Is.True, error);
            Assert.That(format!.Layout, Is.SameAs(layout));
        }
    }

    [Test]
    public void Pcars2_writes_the_seed_frame_and_acevo_the_generic_pages_frame()
    {
        Assert.That(FrameFormats.TryCreate(Pcars2Layout.Description, out var pcars2, out _), Is.True);
        Assert.That(FrameFormats.TryCreate(AcEvoLayout.Description, out var acevo, out _), Is.True);

        Assert.That(pcars2, Is.InstanceOf<Pcars2FrameFormat>());
        Assert.That(acevo, Is.InstanceOf<PagesFrameFormat>());
        Assert.That(AcEvoLayout.Description.Bridge.Frame, Is.EqualTo(PagesFrameFormat.Name), "AC EVO takes the default");
    }

    [Test]
    public void A_layout_naming_an_unknown_format_gets_one_line_naming_it_and_the_known_ones()
    {
        var layout = MadeUpLayout("no-such-frame");

        Assert.That(FrameFormats.TryCreate(layout, out var format, out var error), Is.False);

        Assert.That(format, Is.Null);
        Assert.That(error, Is.EqualTo("madeup names the frame format 'no-such-frame' (bridge.frame), which this bridge does not know; it writes pages, pcars2-seed."));
    }

    [Test]
    public void The_seed_format_writes_pcars2_only()
    {
        Assert.That(FrameFormats.TryCreate(MadeUpLayout(Pcars2FrameFormat.Name), out _, out var error), Is.False);

        Assert.That(error, Is.EqualTo("madeup names the frame format 'pcars2-seed' (bridge.frame), which writes pcars2 pages only."));
        Assert.That(error, Does.Not.Contain("\n"));
    }

    [Test]
    public void The_pages_frame_of_AC_EVO_is_its_three_pages_by_their_generated_writers_in_layout_order()
    {
        using var reader = SimulatedReader(AcEvoLayout.Description);
        using var frame = Poll(reader);
        Assert.That(FrameFormats.TryCreate(AcEvoLayout.Description, out var format, out _), Is.True);

        var written = new RawJsonWriter();
        format!.Write(written, frame, 42, CapturedAt);

        // What the bridge has always sent for AC EVO, spelled out page by page.
        var expected = new RawJsonWriter();
        expected.WriteRaw("{\"source\":\"shared-memory\",\"sequence\":42,\"capturedAt\":\"2026-11-21T10:00:00.123456+00:00\",\"physics\":"u8);
        frame.View<PhysicsView>().WriteJson(expected);
        expected.WriteRaw(",\"graphics\":"u8);
        frame.View<GraphicsView>().WriteJson(expected);
        expected.WriteRaw(",\"static\":"u8);
        frame.View<StaticView>().WriteJson(expected);
        expected.WriteRaw((byte)'}');
        Assert.That(Encoding.UTF8.GetString(written.WrittenSpan), Is.EqualTo(Encoding.UTF8.GetString(expected.WrittenSpan)));
    }

    [Test]
    public void The_pages_frame_status_names_the_first_pages_consistency_counter()
    {
        using var reader = SimulatedReader(AcEvoLayout.Description);
        using var frame = Poll(reader);
        Assert.That(FrameFormats.TryCreate(AcEvoLayout.Description, out var format, out _), Is.True);

        Assert.That(format!.Describe(frame), Is.EqualTo($"(physics packetId {frame.View<PhysicsView>().PacketId})"));
    }

    [Test]
    public void The_pages_frame_refuses_another_layouts_frame()
    {
        using var reader = SimulatedReader(Pcars2Layout.Description);
        using var frame = Poll(reader);
        Assert.That(PagesFrameFormat.TryCreate(AcEvoLayout.Description, out var format, out _), Is.True);

        Assert.That(() => format!.Write(new RawJsonWriter(), frame, 0, CapturedAt), Throws.ArgumentException);
    }

    // AC EVO's pages under another name, declaring the given frame format.
    private static LayoutDescription MadeUpLayout(string frame)
    {
        var acevo = AcEvoLayout.Description;
        return new LayoutDescription("madeup", null, null, acevo.Pages, acevo.Structs, acevo.Enums, acevo.Constants, "Made up", new BridgeDescription("/api/ingest/madeup", frame));
    }

    private static LayoutReader SimulatedReader(LayoutDescription layout)
    {
        Assert.That(SimulatorSource.TryCreate(layout, out var source), Is.True);
        return new LayoutReader(layout, source!);
    }

    private static LayoutFrame Poll(LayoutReader reader)
    {
        Assert.That(reader.Poll(out var frame), Is.EqualTo(PollResult.Frame));
        return frame!;
    }
}
