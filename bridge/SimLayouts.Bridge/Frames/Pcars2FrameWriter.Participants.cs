using System.Text.Json;
using System;
using P = SimLayouts.Bridge.Frames.Pcars2FrameProperties;
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

    private static void WriteParticipants(Utf8JsonWriter writer, SharedMemoryView page, ReadOnlySpan<int> slots, Span<byte> text)
    {
        writer.WriteNumber(P.ParticipantsChangedTimestamp, page.Version);
        writer.WriteStartArray(P.Participants);
        var participants = page.ParticipantInfo;
        var nationalities = page.Nationalities;
        foreach (var slot in slots)
        {
            writer.WriteStartObject();
            writer.WriteNumber(P.Slot, slot);
            writer.WriteNumber(P.LocalSlot, slot % SlotsPerUdpPacket);
            writer.WriteNumber(P.PartialPacketIndex, slot / SlotsPerUdpPacket);
            WriteText(writer, P.Name, participants[slot].NameBytes, text);
            writer.WriteNumber(P.Nationality, nationalities[slot]);
            writer.WriteNumber(P.Index, slot + 1);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteTimings(Utf8JsonWriter writer, SharedMemoryView page, ReadOnlySpan<int> slots)
    {
        writer.WriteNumber(P.NumParticipants, slots.Length);
        writer.WriteNumber(P.ParticipantsChangedTimestamp, page.Version);
        WriteFloat(writer, P.EventTimeRemaining, page.EventTimeRemaining);
        WriteFloat(writer, P.SplitTimeAhead, page.SplitTimeAhead);
        WriteFloat(writer, P.SplitTimeBehind, page.SplitTimeBehind);
        WriteFloat(writer, P.SplitTime, page.SplitTime);
        writer.WriteNumber(P.LocalParticipantIndex, (long)page.ViewedParticipantIndex + 1);
        writer.WriteStartArray(P.Participants);
        var participants = page.ParticipantInfo;
        foreach (var slot in slots)
        {
            var participant = participants[slot];
            var sector = participant.CurrentSector;
            var flagColour = (uint)page.HighestFlagColours[slot];
            var pitMode = (uint)page.PitModes[slot];
            var pitSchedule = (uint)page.PitSchedules[slot];
            var sectorTime1 = PythonNumbers.Finite(page.CurrentSector1Times[slot]);
            var sectorTime2 = PythonNumbers.Finite(page.CurrentSector2Times[slot]);
            var sectorTime3 = PythonNumbers.Finite(page.CurrentSector3Times[slot]);

            writer.WriteStartObject();
            writer.WriteNumber(P.Slot, slot);
            var position = participant.WorldPosition;
            WriteFloats(writer, P.WorldPosition, position[0], position[1], position[2]);
            writer.WriteStartArray(P.Orientation);
            writer.WriteNumberValue(0);
            writer.WriteNumberValue(0);
            writer.WriteNumberValue(0);
            writer.WriteEndArray();
            writer.WriteNumber(P.CurrentLapDistance, LapDistance(participant.CurrentLapDistance));
            writer.WriteNumber(P.RacePosition, participant.RacePosition);
            writer.WriteBoolean(P.Active, participant.IsActive);
            writer.WriteNumber(P.Sector, sector);
            writer.WriteNumber(P.SectorRaw, sector);
            writer.WriteNumber(P.SectorExtraPrecision, 0);
            writer.WriteNumber(P.HighestFlag, flagColour);
            writer.WriteNumber(P.HighestFlagColour, flagColour);
            writer.WriteNumber(P.HighestFlagReason, (uint)page.HighestFlagReasons[slot]);
            writer.WriteNumber(P.PitModeSchedule, pitMode | ((pitSchedule & 0x07) << 3));
            writer.WriteNumber(P.PitMode, pitMode);
            writer.WriteNumber(P.PitSchedule, pitSchedule);
            writer.WriteNumber(P.CarIndex, slot + 1);
            writer.WriteNumber(P.RaceState, (uint)page.RaceStates[slot] | (page.LapsInvalidated[slot] ? 0x08u : 0u));
            var currentLap = participant.CurrentLap;
            // `current_lap or laps_completed + 1`: a Python int, so 0xFFFFFFFF + 1 stays 2^32.
            writer.WriteNumber(P.CurrentLap, currentLap != 0 ? currentLap : (long)participant.LapsCompleted + 1);
            PythonNumbers.WriteDouble(writer, P.CurrentTime, PythonMax(sectorTime1, sectorTime2, sectorTime3));
            switch (sector)
            {
                case 1: PythonNumbers.WriteDouble(writer, P.CurrentSectorTime, sectorTime1); break;
                case 2: PythonNumbers.WriteDouble(writer, P.CurrentSectorTime, sectorTime2); break;
                case 3: PythonNumbers.WriteDouble(writer, P.CurrentSectorTime, sectorTime3); break;
                default: writer.WriteNumber(P.CurrentSectorTime, 0); break;
            }

            writer.WriteNumber(P.MpParticipantIndex, slot + 1);
            WriteFloat(writer, P.Speed, page.Speeds[slot]);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteTimeStats(Utf8JsonWriter writer, SharedMemoryView page, ReadOnlySpan<int> slots)
    {
        writer.WriteNumber(P.ParticipantsChangedTimestamp, page.Version);
        writer.WriteStartArray(P.Participants);
        foreach (var slot in slots)
        {
            writer.WriteStartObject();
            writer.WriteNumber(P.Slot, slot);
            WriteFloat(writer, P.FastestLapTime, page.FastestLapTimes[slot]);
            WriteFloat(writer, P.LastLapTime, page.LastLapTimes[slot]);
            PythonNumbers.WriteDouble(writer, P.LastSectorTime, PythonMax(
                PythonNumbers.Finite(page.CurrentSector1Times[slot]),
                PythonNumbers.Finite(page.CurrentSector2Times[slot]),
                PythonNumbers.Finite(page.CurrentSector3Times[slot])));
            WriteFloats(writer, P.FastestSectors,
                page.FastestSector1Times[slot], page.FastestSector2Times[slot], page.FastestSector3Times[slot]);
            writer.WriteNumber(P.ParticipantOnlineRep, 0);
            writer.WriteNumber(P.MpParticipantIndex, slot + 1);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteVehicleNames(Utf8JsonWriter writer, SharedMemoryView page, ReadOnlySpan<int> slots, Span<byte> text)
    {
        // The class of each listed vehicle, or NoClass: the seed's `classes` dict is filled in the same pass.
        Span<long> classes = stackalloc long[Pcars2ActiveSlots.MaxListed];
        var carNames = page.CarNames;
        var classNames = page.CarClassNames;
        writer.WriteStartArray(P.Vehicles);
        for (var index = 0; index < slots.Length; index++)
        {
            var slot = slots[index];
            classes[index] = NoClass;
            var nameLength = SeedText.Clean(carNames.GetBytes(slot), text);
            if (nameLength == 0)
            {
                continue;
            }

            writer.WriteStartObject();
            writer.WriteNumber(P.Index, slot + 1);
            var classLength = SeedText.Clean(classNames.GetBytes(slot), text[nameLength..]);
            var classIndex = classLength == 0 ? 0u : Crc32.Compute(text.Slice(nameLength, classLength));
            writer.WriteNumber(P.Class, classIndex);
            writer.WriteString(P.Name, text[..nameLength]);
            writer.WriteEndObject();
            if (classLength != 0)
            {
                classes[index] = classIndex;
            }
        }

        writer.WriteEndArray();
        writer.WriteStartArray(P.Classes);
        for (var index = 0; index < slots.Length; index++)
        {
            // A dict keeps each key where it first went in and the value last stored under it.
            var classIndex = classes[index];
            if (classIndex == NoClass || classes[..index].Contains(classIndex))
            {
                continue;
            }

            var last = classes[..slots.Length].LastIndexOf(classIndex);
            writer.WriteStartObject();
            writer.WriteNumber(P.ClassIndex, classIndex);
            WriteText(writer, P.Name, classNames.GetBytes(slots[last]), text);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
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
