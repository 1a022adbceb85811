using System;
using SimLayouts.R3e;
using SimLayouts.Rf2;

namespace SimLayouts.Runtime.Tests;

/// <summary>
/// rFactor 2 packs doubles at 4-byte boundaries (#pragma pack(4)) and RaceRoom packs everything at 1: views read
/// every member wherever it sits, including from bytes that start at an odd address.
/// </summary>
public sealed class UnalignedReadTests
{
    [Test]
    public void Rf2_doubles_at_4_byte_boundaries_read_back_from_a_page_at_an_odd_address()
    {
        var buffer = new byte[TelemetryLayout.Size + 1];
        var page = buffer.AsSpan(1);
        var writer = new TelemetryWritableView(page);
        var car = writer.Vehicles[3];
        car.DeltaTime = 0.02;            // offset 4 of the element: 16 + 3 × 1888 + 4, not 8-aligned
        car.LapStartET = 1234.5625;
        car.Wheel[2].Temperature[1] = 360.65;
        car.DeltaBest = -0.215;          // 696, the member rF2State.h lacks

        var view = new TelemetryView(page);
        Assert.That(((TelemetryLayout.Offsets.Vehicles + (3 * TelemInfoV01Layout.Size) + TelemInfoV01Layout.Offsets.DeltaTime) % 8), Is.EqualTo(4));
        Assert.That(
            (view.Vehicles[3].DeltaTime, view.Vehicles[3].LapStartET, view.Vehicles[3].Wheel[2].Temperature[1], view.Vehicles[3].DeltaBest),
            Is.EqualTo((0.02, 1234.5625, 360.65, -0.215)));
        Assert.That(BitConverter.ToDouble(buffer, 1 + 16 + (3 * 1888) + 4), Is.EqualTo(0.02), "little-endian at the reference offset");
    }

    [Test]
    public void R3e_pack_1_members_read_back_from_a_page_at_an_odd_address()
    {
        var buffer = new byte[SharedLayout.Size + 3];
        var page = buffer.AsSpan(3);
        var writer = new SharedWritableView(page);
        var player = writer.Player;
        player.GameSimulationTime = 98.765;
        var velocity = player.Velocity;
        velocity.Z = 71.25;
        var driver = writer.AllDriversData1[127];
        driver.LapDistance = 4321.5f;
        var info = driver.DriverInfo;
        info.Name = "Åsa Järvinen";

        var view = new SharedView(page);
        Assert.That(
            (view.Player.GameSimulationTime, view.Player.Velocity.Z, view.AllDriversData1[127].LapDistance, view.AllDriversData1[127].DriverInfo.Name),
            Is.EqualTo((98.765, 71.25, 4321.5f, "Åsa Järvinen")));
    }
}
