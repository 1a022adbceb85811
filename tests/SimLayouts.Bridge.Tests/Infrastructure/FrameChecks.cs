using System.Linq;
using System.Text.Json;
using NUnit.Framework;

namespace SimLayouts.Bridge.Tests.Infrastructure;

/// <summary>What every bridge frame must be, whoever receives it.</summary>
internal static class FrameChecks
{
    public static readonly int[] Pcars2PacketTypes = [1, 2, 3, 4, 7, 8];

    /// <summary>A pcars2 frame: the seed's envelope, packets 1, 2, 3, 4, 7, 8 in order, every packet numbered like the frame.</summary>
    public static void AssertPcars2Frame(JsonElement frame, long expectedSequence)
    {
        Assert.That(frame.GetProperty("source").GetString(), Is.EqualTo("shared-memory"));
        Assert.That(frame.GetProperty("sequence").GetInt64(), Is.EqualTo(expectedSequence));
        Assert.That(frame.GetProperty("capturedAt").GetString(), Does.EndWith("+00:00"));
        var packets = frame.GetProperty("packets").EnumerateArray().ToArray();
        Assert.That(packets.Select(packet => packet.GetProperty("base").GetProperty("packetType").GetInt32()), Is.EqualTo(Pcars2PacketTypes));
        Assert.That(packets.Select(packet => packet.GetProperty("base").GetProperty("packetNumber").GetInt64()), Is.All.EqualTo(expectedSequence));
        var participants = packets[1].GetProperty("data").GetProperty("participants").GetArrayLength();
        Assert.That(participants, Is.GreaterThanOrEqualTo(20), "the simulated race has 20+ cars");
        Assert.That(packets[2].GetProperty("data").GetProperty("participants").GetArrayLength(), Is.EqualTo(participants));
    }
}
