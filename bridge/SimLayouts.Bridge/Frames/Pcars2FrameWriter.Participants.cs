using System;
using System.IO.Hashing;
using System.Runtime.CompilerServices;
using SimLayouts.Pcars2;

namespace SimLayouts.Bridge.Frames;

/// <summary>The per-participant packets: 2 (participants), 3 (timings), 7 (time stats), 8 (vehicle names).</summary>
/// <remarks>
/// Each participant's entry is written by a method of its own: one method writing every entry of a packet is too
/// large for the JIT to inline the run's small writes into.
/// </remarks>
public static partial class Pcars2FrameWriter
{
    /// <summary>Slots per UDP participants packet: <c>localSlot</c> and <c>partialPacketIndex</c> derive from it.</summary>
    private const int SlotsPerUdpPacket = 16;

    /// <summary>Marks a vehicle that lists no class in <see cref="WriteVehicleNames"/>.</summary>
    private const long NoClass = -1;

    private static void WriteParticipants(ref JsonRun run, SharedMemoryView page, scoped ReadOnlySpan<int> slots, scoped Span<byte> text)
    {
        run.Raw("\"participantsChangedTimestamp\":"u8);
        run.Number(page.Version);
        run.Raw(",\"participants\":["u8);
        var arrays = new Pcars2SlotArrays(page);
        for (var index = 0; index < slots.Length; index++)
        {
            OpenElement(ref run, index == 0, "{\"slot\":"u8);
            WriteParticipant(ref run, arrays, slots[index], text);
        }

        run.Raw((byte)']');
    }

    private static void WriteParticipant(ref JsonRun run, in Pcars2SlotArrays arrays, int slot, scoped Span<byte> text)
    {
        run.Number(slot);
        run.Raw(",\"localSlot\":"u8);
        run.Number(slot % SlotsPerUdpPacket);
        run.Raw(",\"partialPacketIndex\":"u8);
        run.Number(slot / SlotsPerUdpPacket);
        run.Raw(",\"name\":"u8);
        WriteText(ref run, arrays.ParticipantInfo[slot].NameBytes, text);
        run.Raw(",\"nationality\":"u8);
        run.Number(arrays.Nationalities[slot]);
        run.Raw(",\"index\":"u8);
        run.Number(slot + 1);
        run.Raw((byte)'}');
    }

    /// <summary>Writes packet 3, keeping each listed slot's <c>currentTime</c> text in <paramref name="currentTimes"/>.</summary>
    private static void WriteTimings(ref JsonRun run, SharedMemoryView page, scoped ReadOnlySpan<int> slots, scoped Span<KeptNumberText> currentTimes)
    {
        run.Raw("\"numParticipants\":"u8);
        run.Number(slots.Length);
        run.Raw(",\"participantsChangedTimestamp\":"u8);
        run.Number(page.Version);
        run.Raw(",\"eventTimeRemaining\":"u8);
        run.SeedFloat(page.EventTimeRemaining);
        run.Raw(",\"splitTimeAhead\":"u8);
        run.SeedFloat(page.SplitTimeAhead);
        run.Raw(",\"splitTimeBehind\":"u8);
        run.SeedFloat(page.SplitTimeBehind);
        run.Raw(",\"splitTime\":"u8);
        run.SeedFloat(page.SplitTime);
        run.Raw(",\"localParticipantIndex\":"u8);
        run.Number((long)page.ViewedParticipantIndex + 1);
        run.Raw(",\"participants\":["u8);
        var arrays = new Pcars2SlotArrays(page);
        for (var index = 0; index < slots.Length; index++)
        {
            OpenElement(ref run, index == 0, "{\"slot\":"u8);
            WriteTiming(ref run, arrays, slots[index], out currentTimes[index]);
        }

        run.Raw((byte)']');
    }

    private static void WriteTiming(ref JsonRun run, in Pcars2SlotArrays arrays, int slot, out KeptNumberText currentTimeText)
    {
        // Values first, text second: the JIT inlines calls in order until its budget is spent.
        var participant = arrays.ParticipantInfo[slot];
        var position = participant.WorldPosition;
        var x = position[0];
        var y = position[1];
        var z = position[2];
        var lapDistance = LapDistance(participant.CurrentLapDistance);
        var racePosition = participant.RacePosition;
        var active = participant.IsActive;
        var sector = participant.CurrentSector;
        var flagColour = (uint)arrays.HighestFlagColours[slot];
        var flagReason = (uint)arrays.HighestFlagReasons[slot];
        var pitMode = (uint)arrays.PitModes[slot];
        var pitSchedule = (uint)arrays.PitSchedules[slot];
        var raceState = (uint)arrays.RaceStates[slot] | (arrays.LapsInvalidated[slot] ? 0x08u : 0u);
        // `current_lap or laps_completed + 1`: a Python int, so 0xFFFFFFFF + 1 stays 2^32.
        var currentLap = participant.CurrentLap;
        var lap = currentLap != 0 ? currentLap : (long)participant.LapsCompleted + 1;
        var sectorTime1 = PythonNumbers.Finite(arrays.CurrentSector1Times[slot]);
        var sectorTime2 = PythonNumbers.Finite(arrays.CurrentSector2Times[slot]);
        var sectorTime3 = PythonNumbers.Finite(arrays.CurrentSector3Times[slot]);
        var currentTime = PythonMax(sectorTime1, sectorTime2, sectorTime3);
        var speed = arrays.Speeds[slot];

        run.Number(slot);
        run.Raw(",\"worldPosition\":["u8);
        run.SeedFloat(x);
        run.Raw((byte)',');
        run.SeedFloat(y);
        run.Raw((byte)',');
        run.SeedFloat(z);
        run.Raw("],\"orientation\":[0,0,0],\"currentLapDistance\":"u8);
        run.Number(lapDistance);
        run.Raw(",\"racePosition\":"u8);
        run.Number(racePosition);
        // Literals of constant length are copied in a few register moves; a span picked at run time is not.
        if (active)
        {
            run.Raw(",\"active\":true,\"sector\":"u8);
        }
        else
        {
            run.Raw(",\"active\":false,\"sector\":"u8);
        }

        run.Number(sector);
        run.Raw(",\"sectorRaw\":"u8);
        run.Number(sector);
        run.Raw(",\"sectorExtraPrecision\":0,\"highestFlag\":"u8);
        run.Number(flagColour);
        run.Raw(",\"highestFlagColour\":"u8);
        run.Number(flagColour);
        run.Raw(",\"highestFlagReason\":"u8);
        run.Number(flagReason);
        run.Raw(",\"pitModeSchedule\":"u8);
        run.Number(pitMode | ((pitSchedule & 0x07) << 3));
        run.Raw(",\"pitMode\":"u8);
        run.Number(pitMode);
        run.Raw(",\"pitSchedule\":"u8);
        run.Number(pitSchedule);
        run.Raw(",\"carIndex\":"u8);
        run.Number(slot + 1);
        run.Raw(",\"raceState\":"u8);
        run.Number(raceState);
        run.Raw(",\"currentLap\":"u8);
        run.Number(lap);
        run.Raw(",\"currentTime\":"u8);
        run.SeedDouble(currentTime, out currentTimeText);
        run.Raw(",\"currentSectorTime\":"u8);
        switch (sector)
        {
            case 1: WriteReusingText(ref run, sectorTime1, currentTime, currentTimeText); break;
            case 2: WriteReusingText(ref run, sectorTime2, currentTime, currentTimeText); break;
            case 3: WriteReusingText(ref run, sectorTime3, currentTime, currentTimeText); break;
            default: run.Raw((byte)'0'); break;
        }

        run.Raw(",\"mpParticipantIndex\":"u8);
        run.Number(slot + 1);
        run.Raw(",\"speed\":"u8);
        run.SeedFloat(speed);
        run.Raw((byte)'}');
    }

    /// <summary>
    /// Writes <paramref name="value"/>, copying <paramref name="previousText"/> when it is the same double as
    /// <paramref name="previous"/>, written just before: the running sector's time is often the lap's largest so far
    /// (<c>currentTime</c>), the last lap often the fastest.
    /// </summary>
    private static void WriteReusingText(ref JsonRun run, double value, double previous, in KeptNumberText previousText)
    {
        if (BitConverter.DoubleToInt64Bits(value) == BitConverter.DoubleToInt64Bits(previous))
        {
            run.Raw(previousText);
            return;
        }

        run.SeedDouble(value);
    }

    /// <summary>Writes packet 7; <paramref name="currentTimes"/> holds packet 3's <c>currentTime</c> texts.</summary>
    private static void WriteTimeStats(ref JsonRun run, SharedMemoryView page, scoped ReadOnlySpan<int> slots, scoped ReadOnlySpan<KeptNumberText> currentTimes)
    {
        run.Raw("\"participantsChangedTimestamp\":"u8);
        run.Number(page.Version);
        run.Raw(",\"participants\":["u8);
        var arrays = new Pcars2SlotArrays(page);
        for (var index = 0; index < slots.Length; index++)
        {
            OpenElement(ref run, index == 0, "{\"slot\":"u8);
            WriteTimeStat(ref run, arrays, slots[index], in currentTimes[index]);
        }

        run.Raw((byte)']');
    }

    private static void WriteTimeStat(ref JsonRun run, in Pcars2SlotArrays arrays, int slot, in KeptNumberText currentTimeText)
    {
        // Values first, text second: the JIT inlines calls in order until its budget is spent.
        var fastestLapTime = PythonNumbers.Finite(arrays.FastestLapTimes[slot]);
        var lastLapTime = PythonNumbers.Finite(arrays.LastLapTimes[slot]);
        var fastestSector1 = arrays.FastestSector1Times[slot];
        var fastestSector2 = arrays.FastestSector2Times[slot];
        var fastestSector3 = arrays.FastestSector3Times[slot];

        run.Number(slot);
        run.Raw(",\"fastestLapTime\":"u8);
        run.SeedDouble(fastestLapTime, out var fastestLapText);
        run.Raw(",\"lastLapTime\":"u8);
        WriteReusingText(ref run, lastLapTime, fastestLapTime, fastestLapText);
        // The seed's lastSectorTime is the max of the same three sector times as packet 3's currentTime.
        run.Raw(",\"lastSectorTime\":"u8);
        run.Raw(currentTimeText);
        run.Raw(",\"fastestSectors\":["u8);
        run.SeedFloat(fastestSector1);
        run.Raw((byte)',');
        run.SeedFloat(fastestSector2);
        run.Raw((byte)',');
        run.SeedFloat(fastestSector3);
        run.Raw("],\"participantOnlineRep\":0,\"mpParticipantIndex\":"u8);
        run.Number(slot + 1);
        run.Raw((byte)'}');
    }

    private static void WriteVehicleNames(ref JsonRun run, SharedMemoryView page, scoped ReadOnlySpan<int> slots, scoped Span<byte> text)
    {
        // The class of each listed vehicle, or NoClass: the seed's `classes` dict is filled in the same pass.
        Span<long> classes = stackalloc long[Pcars2ActiveSlots.MaxListed];
        var carNames = page.CarNames;
        var classNames = page.CarClassNames;
        run.Raw("\"vehicles\":["u8);
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
            var classIndex = classLength == 0 ? 0u : Crc32.HashToUInt32(text.Slice(nameLength, classLength));
            OpenElement(ref run, written++ == 0, "{\"index\":"u8);
            run.Number(slot + 1);
            run.Raw(",\"class\":"u8);
            run.Number(classIndex);
            run.Raw(",\"name\":"u8);
            run.String(text, nameLength);
            run.Raw((byte)'}');
            if (classLength != 0)
            {
                classes[index] = classIndex;
            }
        }

        run.Raw("],\"classes\":["u8);
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
            OpenElement(ref run, written++ == 0, "{\"classIndex\":"u8);
            run.Number(classIndex);
            run.Raw(",\"name\":"u8);
            WriteText(ref run, classNames.GetBytes(slots[last]), text);
            run.Raw((byte)'}');
        }

        run.Raw((byte)']');
    }

    /// <summary>
    /// Starts an object of a packet's array: a comma unless it is the first, then its opening up to the first value.
    /// Inlined, so that the opening stays a literal of constant length (a few register moves, not a copy call).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void OpenElement(ref JsonRun run, bool first, ReadOnlySpan<byte> opening)
    {
        if (!first)
        {
            run.Raw((byte)',');
        }

        run.Raw(opening);
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
