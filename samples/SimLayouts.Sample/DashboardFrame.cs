using System;
using SimLayouts.Pcars2;
using SimLayouts.Sample.Dashboard;

namespace SimLayouts.Sample;

/// <summary>Fills the app's own dashboard page (compiled from layouts/dashboard.layout.yaml) from a pcars2 page.</summary>
internal static class DashboardFrame
{
    private const float MetresPerSecondToKmh = 3.6f;

    /// <summary>Writes one dashboard frame into <paramref name="dashboard"/> and increments its packet counter.</summary>
    public static void Fill(SharedMemoryView game, Span<byte> dashboard)
    {
        var frame = new DashboardPageWritableView(dashboard);
        frame.SpeedKmh = game.Speed * MetresPerSecondToKmh;
        frame.Rpm = ClampToUInt16(game.Rpm);
        frame.RpmLimit = ClampToUInt16(game.MaxRPM);
        frame.Gear = (sbyte)Math.Clamp(game.Gear, sbyte.MinValue, sbyte.MaxValue);
        frame.Light = ShiftLightFor(game.Rpm, game.MaxRPM);
        frame.Driver = ViewedDriver(game);
        // The counter changes last, so a reader that sees a new packetId sees the whole frame.
        frame.PacketId = unchecked(new DashboardPageView(dashboard).PacketId + 1);
    }

    private static ShiftLight ShiftLightFor(float rpm, float limit)
    {
        if (limit <= 0f || float.IsNaN(rpm))
        {
            return ShiftLight.Off;
        }

        var fraction = rpm / limit;
        return fraction >= 0.97f ? ShiftLight.Flash : fraction >= 0.9f ? ShiftLight.On : ShiftLight.Off;
    }

    private static string ViewedDriver(SharedMemoryView game)
    {
        var index = game.ViewedParticipantIndex;
        var participants = game.ParticipantInfo;
        return index >= 0 && index < participants.Length ? participants[index].Name : string.Empty;
    }

    private static ushort ClampToUInt16(float value) =>
        float.IsNaN(value) ? (ushort)0 : (ushort)Math.Clamp(value, 0f, ushort.MaxValue);
}
