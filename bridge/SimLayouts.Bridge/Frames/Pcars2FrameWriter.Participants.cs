using System;
using SimLayouts.Pcars2;
using SimLayouts.Recording;

namespace SimLayouts.Bridge.Frames;

/// <summary>The per-participant packets: 2 (participants), 3 (timings), 7 (time stats), 8 (vehicle names).</summary>
public static partial class Pcars2FrameWriter
{
    /// <summary>Slots per UDP participants packet: <c>localSlot</c> and <c>partialPacketIndex</c> derive from it.</summary>
    private const int SlotsPerUdpPacket = 16;

    /// <summary>Marks a vehicle that lists no class in <see cref="WriteVehicleNames"/>.</summary>
    private const long NoClass = -1;

    private static void WriteParticipants(RawJsonWriter json, SharedMemoryView page, ReadOnlySpan<int> slots, Span<byte> text)
    {
        json.WriteRaw("\"participantsChangedTimestamp\":"u8);
        json.WriteNumber(page.Version);
        json.WriteRaw(",\"participants\":["u8);
        var participants = page.ParticipantInfo;
        var nationalities = page.Nationalities;
        for (var index = 0; index < slots.Length; index++)
        {
            var slot = slots[index];
            json.WriteRaw(index == 0 ? "{\"slot\":"u8 : ",{\"slot\":"u8);
            json.WriteNumber(slot);
            json.WriteRaw(",\"localSlot\":"u8);
            json.WriteNumber(slot % SlotsPerUdpPacket);
            json.WriteRaw(",\"partialPacketIndex\":"u8);
            json.WriteNumber(slot / SlotsPerUdpPacket);
            json.WriteRaw(",\"name\":"u8);
            WriteText(json, participants[slot].NameBytes, text);
            json.WriteRaw(",\"nationality\":"u8);
            json.WriteNumber(nationalities[slot]);
            json.WriteRaw(",\"index\":"u8);
            json.WriteNumber(slot + 1);
            json.WriteRaw((byte)'}');
        }

        json.WriteRaw((byte)']');
    }

    private static void WriteTimings(RawJsonWriter json, SharedMemoryView page, ReadOnlySpan<int> slots)
    {
        json.WriteRaw("\"numParticipants\":"u8);
        json.WriteNumber(slots.Length);
        json.WriteRaw(",\"participantsChangedTimestamp\":"u8);
        json.WriteNumber(page.Version);
        json.WriteRaw(",\"eventTimeRemaining\":"u8);
        json.WriteSeedFloat(page.EventTimeRemaining);
        json.WriteRaw(",\"splitTimeAhead\":"u8);
        json.WriteSeedFloat(page.SplitTimeAhead);
        json.WriteRaw(",\"splitTimeBehind\":"u8);
        json.WriteSeedFloat(page.SplitTimeBehind);
        json.WriteRaw(",\"splitTime\":"u8);
        json.WriteSeedFloat(page.SplitTime);
        json.WriteRaw(",\"localParticipantIndex\":"u8);
        json.WriteNumber((long)page.ViewedParticipantIndex + 1);
        json.WriteRaw(",\"participants\":["u8);
        var participants = page.ParticipantInfo;
        var flagColours = page.HighestFlagColours;
        var flagReasons = page.HighestFlagReasons;
        var pitModes = page.PitModes;
        var pitSchedules = page.PitSchedules;
        var raceStates = page.RaceStates;
        var lapsInvalidated = page.LapsInvalidated;
        var sector1Times = page.CurrentSector1Times;
        var sector2Times = page.CurrentSector2Times;
        var sector3Times = page.CurrentSector3Times;
        var speeds = page.Speeds;
        for (var index = 0; index < slots.Length; index++)
        {
            var slot = slots[index];
            var participant = participants[slot];
            var sector = participant.CurrentSector;
            var flagColour = (uint)flagColours[slot];
            var pitMode = (uint)pitModes[slot];
            var pitSchedule = (uint)pitSchedules[slot];
            var sectorTime1 = PythonNumbers.Finite(sector1Times[slot]);
            var sectorTime2 = PythonNumbers.Finite(sector2Times[slot]);
            var sectorTime3 = PythonNumbers.Finite(sector3Times[slot]);

            json.WriteRaw(index == 0 ? "{\"slot\":"u8 : ",{\"slot\":"u8);
            json.WriteNumber(slot);
            var position = participant.WorldPosition;
            json.WriteRaw(",\"worldPosition\":["u8);
            json.WriteSeedFloat(position[0]);
            json.WriteRaw((byte)',');
            json.WriteSeedFloat(position[1]);
            json.WriteRaw((byte)',');
            json.WriteSeedFloat(position[2]);
            json.WriteRaw("],\"orientation\":[0,0,0],\"currentLapDistance\":"u8);
            json.WriteNumber(LapDistance(participant.CurrentLapDistance));
            json.WriteRaw(",\"racePosition\":"u8);
            json.WriteNumber(participant.RacePosition);
            json.WriteRaw(participant.IsActive ? ",\"active\":true,\"sector\":"u8 : ",\"active\":false,\"sector\":"u8);
            json.WriteNumber(sector);
            json.WriteRaw(",\"sectorRaw\":"u8);
            json.WriteNumber(sector);
            json.WriteRaw(",\"sectorExtraPrecision\":0,\"highestFlag\":"u8);
            json.WriteNumber(flagColour);
            json.WriteRaw(",\"highestFlagColour\":"u8);
            json.WriteNumber(flagColour);
            json.WriteRaw(",\"highestFlagReason\":"u8);
            json.WriteNumber((uint)flagReasons[slot]);
            json.WriteRaw(",\"pitModeSchedule\":"u8);
            json.WriteNumber(pitMode | ((pitSchedule & 0x07) << 3));
            json.WriteRaw(",\"pitMode\":"u8);
            json.WriteNumber(pitMode);
            json.WriteRaw(",\"pitSchedule\":"u8);
            json.WriteNumber(pitSchedule);
            json.WriteRaw(",\"carIndex\":"u8);
            json.WriteNumber(slot + 1);
            json.WriteRaw(",\"raceState\":"u8);
            json.WriteNumber((uint)raceStates[slot] | (lapsInvalidated[slot] ? 0x08u : 0u));
            var currentLap = participant.CurrentLap;
            // `current_lap or laps_completed + 1`: a Python int, so 0xFFFFFFFF + 1 stays 2^32.
            json.WriteRaw(",\"currentLap\":"u8);
            json.WriteNumber(currentLap != 0 ? currentLap : (long)participant.LapsCompleted + 1);
            json.WriteRaw(",\"currentTime\":"u8);
            json.WriteNumber(PythonMax(sectorTime1, sectorTime2, sectorTime3));
            switch (sector)
            {
                case 1:
                    json.WriteRaw(",\"currentSectorTime\":"u8);
                    json.WriteNumber(sectorTime1);
                    break;
                case 2:
                    json.WriteRaw(",\"currentSectorTime\":"u8);
                    json.WriteNumber(sectorTime2);
                    break;
                case 3:
                    json.WriteRaw(",\"currentSectorTime\":"u8);
                    json.WriteNumber(sectorTime3);
                    break;
                default:
                    json.WriteRaw(",\"currentSectorTime\":0"u8);
                    break;
            }

            json.WriteRaw(",\"mpParticipantIndex\":"u8);
            json.WriteNumber(slot + 1);
            json.WriteRaw(",\"speed\":"u8);
            json.WriteSeedFloat(speeds[slot]);
            json.WriteRaw((byte)'}');
        }

        json.WriteRaw((byte)']');
    }

    private static void WriteTimeStats(RawJsonWriter json, SharedMemoryView page, ReadOnlySpan<int> slots)
    {
        json.WriteRaw("\"participantsChangedTimestamp\":"u8);
        json.WriteNumber(page.Version);
        json.WriteRaw(",\"participants\":["u8);
        var fastestLapTimes = page.FastestLapTimes;
        var lastLapTimes = page.LastLapTimes;
        var sector1Times = page.CurrentSector1Times;
        var sector2Times = page.CurrentSector2Times;
        var sector3Times = page.CurrentSector3Times;
        var fastestSector1Times = page.FastestSector1Times;
        var fastestSector2Times = page.FastestSector2Times;
        var fastestSector3Times = page.FastestSector3Times;
        for (var index = 0; index < slots.Length; index++)
        {
            var slot = slots[index];
            json.WriteRaw(index == 0 ? "{\"slot\":"u8 : ",{\"slot\":"u8);
            json.WriteNumber(slot);
            json.WriteRaw(",\"fastestLapTime\":"u8);
            json.WriteSeedFloat(fastestLapTimes[slot]);
            json.WriteRaw(",\"lastLapTime\":"u8);
            json.WriteSeedFloat(lastLapTimes[slot]);
            json.WriteRaw(",\"lastSectorTime\":"u8);
            json.WriteNumber(PythonMax(
                PythonNumbers.Finite(sector1Times[slot]),
                PythonNumbers.Finite(sector2Times[slot]),
                PythonNumbers.Finite(sector3Times[slot])));
            json.WriteRaw(",\"fastestSectors\":["u8);
            json.WriteSeedFloat(fastestSector1Times[slot]);
            json.WriteRaw((byte)',');
            json.WriteSeedFloat(fastestSector2Times[slot]);
            json.WriteRaw((byte)',');
            json.WriteSeedFloat(fastestSector3Times[slot]);
            json.WriteRaw("],\"participantOnlineRep\":0,\"mpParticipantIndex\":"u8);
            json.WriteNumber(slot + 1);
            json.WriteRaw((byte)'}');
        }

        json.WriteRaw((byte)']');
    }

    private static void WriteVehicleNames(RawJsonWriter json, SharedMemoryView page, ReadOnlySpan<int> slots, Span<byte> text)
    {
        // The class of each listed vehicle, or NoClass: the seed's `classes` dict is filled in the same pass.
        Span<long> classes = stackalloc long[Pcars2ActiveSlots.MaxListed];
        var carNames = page.CarNames;
        var classNames = page.CarClassNames;
        json.WriteRaw("\"vehicles\":["u8);
        var written = 0;
        for (var index = 0; index < slots.Length; index++)
        {
            var slot = slots[index];
            classes[index] = NoClass;
            var nameLength = SeedText.Clean(carNames.GetBytes(slot), text);
            if (nameLength == 0)
            {
                continue;
            }

            var classLength = SeedText.Clean(classNames.GetBytes(slot), text[nameLength..]);
            var classIndex = classLength == 0 ? 0u : Crc32.Compute(text.Slice(nameLength, classLength));
            json.WriteRaw(written++ == 0 ? "{\"index\":"u8 : ",{\"index\":"u8);
            json.WriteNumber(slot + 1);
            json.WriteRaw(",\"class\":"u8);
            json.WriteNumber(classIndex);
            json.WriteRaw(",\"name\":"u8);
            json.WriteString(text[..nameLength]);
            json.WriteRaw((byte)'}');
            if (classLength != 0)
            {
                classes[index] = classIndex;
            }
        }

        json.WriteRaw("],\"classes\":["u8);
        written = 0;
        for (var index = 0; index < slots.Length; index++)
        {
            // A dict keeps each key where it first went in and the value last stored under it.
            var classIndex = classes[index];
            if (classIndex == NoClass || classes[..index].Contains(classIndex))
            {
                continue;
            }

            var last = classes[..slots.Length].LastIndexOf(classIndex);
            json.WriteRaw(written++ == 0 ? "{\"classIndex\":"u8 : ",{\"classIndex\":"u8);
            json.WriteNumber(classIndex);
            json.WriteRaw(",\"name\":"u8);
            WriteText(json, classNames.GetBytes(slots[last]), text);
            json.WriteRaw((byte)'}');
        }

        json.WriteRaw((byte)']');
    }

    /// <summary>The seed's lap distance: <c>max(0, min(65535, round(x)))</c>.</summary>
    private static int LapDistance(float value) =>
        (int)Math.Clamp(PythonNumbers.Round(PythonNumbers.Finite(value)), 0, ushort.MaxValue);

    /// <summary>Python's <c>max()</c>: the first of equal values wins (so -0.0 before 0.0 stays -0.0).</summary>
    private static double PythonMax(double first, double second, double third)
    {
        var max = first;
        if (second > max)
        {
            max = second;
        }

        if (third > max)
        {
            max = third;
        }

        return max;
    }
}
