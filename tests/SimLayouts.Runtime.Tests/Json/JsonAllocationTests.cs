using System;
using System.Buffers;
using System.Text.Json;
using SimLayouts.AcEvo;
using SimLayouts.Pcars2;
using SimLayouts.Runtime.Tests.Infrastructure;

namespace SimLayouts.Runtime.Tests.Json;

/// <summary>An app that reuses its writer and buffer writes page after page without allocating.</summary>
public sealed class JsonAllocationTests
{
    private const int Pages = 2000;

    [Test]
    public void Writing_pcars2_pages_allocates_nothing_in_steady_state()
    {
        var page = PlausiblePcars2();
        var names = new PageJsonOptions();
        var numbers = new PageJsonOptions { Enums = JsonEnumFormat.Numbers, Arrays = JsonArrayExtent.All };

        var allocated = Measure(writer =>
        {
            new SharedMemoryView(page).WriteJson(writer, names);
            writer.Reset();
            new SharedMemoryView(page).WriteJson(writer, numbers);
        });

        Assert.That(allocated, Is.Zero);
    }

    [Test]
    public void Writing_the_three_ac_evo_pages_allocates_nothing_in_steady_state()
    {
        var physics = new byte[PhysicsView.Size];
        var graphics = new byte[GraphicsView.Size];
        var statics = new byte[StaticView.Size];
        new GraphicsWritableView(graphics).Status = AcEvoStatus.Live;
        new StaticWritableView(statics).Track = "Circuit de Spa-Francorchamps \u00E9";
        physics.AsSpan(0, 64).Fill(0xFF);

        var allocated = Measure(writer =>
        {
            writer.WriteStartObject();
            writer.WritePropertyName("physics");
            new PhysicsView(physics).WriteJson(writer);
            writer.WritePropertyName("graphics");
            new GraphicsView(graphics).WriteJson(writer);
            writer.WritePropertyName("static");
            new StaticView(statics).WriteJson(writer);
            writer.WriteEndObject();
        });

        Assert.That(allocated, Is.Zero);
    }

    [Test]
    public void Writing_the_three_acc_pages_with_non_ascii_utf16_names_allocates_nothing_in_steady_state()
    {
        var physics = new byte[Acc.PhysicsView.Size];
        var graphics = new byte[Acc.GraphicsView.Size];
        var statics = new byte[Acc.StaticView.Size];
        new Acc.GraphicsWritableView(graphics).Status = Acc.AcStatus.Live;
        new Acc.GraphicsWritableView(graphics).ActiveCars = 24;
        new Acc.StaticWritableView(statics).PlayerName = "Kévin";
        new Acc.StaticWritableView(statics).PlayerNick = "Кевин Εστρ 佐藤 🏁";
        statics.AsSpan(Acc.StaticLayout.Offsets.Track, 2).Fill(0xDC);   // a lone surrogate, written as U+FFFD
        physics.AsSpan(0, 64).Fill(0xFF);

        var allocated = Measure(writer =>
        {
            writer.WriteStartObject();
            writer.WritePropertyName("physics");
            new Acc.PhysicsView(physics).WriteJson(writer);
            writer.WritePropertyName("graphics");
            new Acc.GraphicsView(graphics).WriteJson(writer);
            writer.WritePropertyName("static");
            new Acc.StaticView(statics).WriteJson(writer);
            writer.WriteEndObject();
        });

        Assert.That(allocated, Is.Zero);
    }

    [Test]
    public void Writing_rf2_telemetry_trimmed_to_twenty_cars_allocates_nothing_in_steady_state()
    {
        var page = new byte[Rf2.TelemetryView.Size];
        var writer = new Rf2.TelemetryWritableView(page);
        writer.NumVehicles = 20;
        for (var slot = 0; slot < 20; slot++)
        {
            var car = writer.Vehicles[slot];
            car.VehicleName = "Oreca 07 \u00E9";
            car.EngineRPM = 8_123.5 + slot;
            car.Wheel[3].Temperature[2] = 357.4;
        }

        var allocated = Measure(json => new Rf2.TelemetryView(page).WriteJson(json));

        Assert.That(allocated, Is.Zero);
    }

    private static long Measure(Action<Utf8JsonWriter> writePage)
    {
        var buffer = new ArrayBufferWriter<byte>(1024 * 1024);
        using var writer = new Utf8JsonWriter(buffer);
        return SteadyStateAllocation.Measure(() => Write(writePage, writer, buffer), Pages);
    }

    private static void Write(Action<Utf8JsonWriter> writePage, Utf8JsonWriter writer, ArrayBufferWriter<byte> buffer)
    {
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        writePage(writer);
        writer.Flush();
    }

    /// <summary>A page with 24 named participants, NaN and invalid UTF-8 included: the slow paths must not allocate either.</summary>
    private static byte[] PlausiblePcars2()
    {
        var page = new byte[SharedMemoryView.Size];
        var writer = new SharedMemoryWritableView(page);
        writer.Version = 14;
        writer.GameState = GameState.IngamePlaying;
        writer.NumParticipants = 24;
        writer.Speed = float.NaN;
        for (var i = 0; i < 24; i++)
        {
            var participant = writer.ParticipantInfo[i];
            participant.Name = $"Driver {i} \u00C9";
            participant.CurrentLapDistance = i * 100.5f;
            writer.CarNames.Set(i, "Formula Reiza");
            writer.Speeds[i] = 50 + i;
        }

        writer.CarNameBytes[0] = 0xFF;
        return page;
    }
}
