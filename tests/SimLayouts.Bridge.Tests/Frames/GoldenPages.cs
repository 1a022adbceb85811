using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Text;
using SimLayouts.Bridge.Simulation;
using SimLayouts.Pcars2;

namespace SimLayouts.Bridge.Tests.Frames;

/// <summary>A named <c>$pcars2$</c> page for the golden comparison with the seed.</summary>
public sealed record GoldenPage(string Name, byte[] Bytes)
{
    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>Hand-built pages, plausible and hostile, built through the generated writable view.</summary>
internal static class GoldenPages
{
    private const float Nan = float.NaN;
    private const float PositiveInfinity = float.PositiveInfinity;
    private const float NegativeInfinity = float.NegativeInfinity;

    public static IReadOnlyList<GoldenPage> All()
    {
        var pages = new List<GoldenPage>
        {
            new("empty page", new byte[SharedMemoryLayout.Size]),
            Build("plausible race", Plausible),
            Build("invalid UTF-8 in every string", InvalidUtf8),
            Build("whitespace-padded names", WhitespacePadded),
            Build("64-byte unterminated names", Unterminated),
            Build("NaN and infinities everywhere", NonFinite),
            Build("mNumParticipants -1", page => { Plausible(page); page.NumParticipants = -1; }),
            Build("mNumParticipants 1000", page => { Plausible(page); FillSlots(page, 64); page.NumParticipants = 1000; }),
            Build("mNumParticipants 40 with 40 active", page => { Plausible(page); FillSlots(page, 40); page.NumParticipants = 40; }),
            Build("slot selection: active, named or positioned", SlotSelection),
            Build("sectors -1, 0, 1, 2, 3, 4", Sectors),
            Build("lap distances -5, 70000 and halves", LapDistances),
            Build("half values for every rounding A", page => Rounding(page, 0.5f, 1.5f, 2.5f)),
            Build("half values for every rounding B", page => Rounding(page, -0.5f, -1.5f, 3.5f)),
            Build("half values for every rounding C", page => Rounding(page, 126.5f, -2.5f, 1e-45f)),
            Build("huge values for every rounding", page => Rounding(page, float.MaxValue, float.MinValue, 3e38f)),
            Build("integers past 32 bits", IntegerEdges),
            Build("classes: shared, empty and unnamed cars", Classes),
        };
        for (var state = 0u; state <= 8; state++)
        {
            var value = state;
            pages.Add(Build($"game and session state {value}", page =>
            {
                Plausible(page);
                page.GameState = (GameState)value;
                page.SessionState = (SessionState)(8 - value);
            }));
        }

        var simulator = new Pcars2Simulator(seed: 11, lapsInEvent: 3);
        foreach (var seconds in new[] { 5, 150, 400 })
        {
            simulator.Advance(TimeSpan.FromSeconds(seconds));
            var bytes = new byte[SharedMemoryLayout.Size];
            simulator.WritePage(bytes);
            pages.Add(new GoldenPage($"simulated race after {seconds} s more", bytes));
        }

        var random = new Random(20261121);
        for (var index = 0; index < 12; index++)
        {
            var bytes = new byte[SharedMemoryLayout.Size];
            random.NextBytes(bytes);
            var page = new SharedMemoryWritableView(bytes);
            page.NumParticipants = random.Next(-2, 70);
            pages.Add(new GoldenPage($"random bytes {index}", bytes));
        }

        return pages;
    }

    private static GoldenPage Build(string name, Action<SharedMemoryWritableView> fill)
    {
        var bytes = new byte[SharedMemoryLayout.Size];
        fill(new SharedMemoryWritableView(bytes));
        return new GoldenPage(name, bytes);
    }

    private static readonly string[] Drivers =
    [
        "Ayrton Senna", "Alain Prost", "Nelson Piquet", "Nigel Mansell", "Gerhard Berger", "Michele Alboreto",
        "Thierry Boutsen", "Riccardo Patrese", "Jean Alesi", "Emerson Fittipaldi", "Zoë Ørsted", "Jörg Müller",
        "佐藤 琢磨", "Kimi Räikkönen",
    ];

    private static readonly string[] Cars = ["McLaren MP4/4", "Williams FW14B", "Formula Reiza", "Porsche 962C", "Mercedes-AMG GT3"];
    private static readonly string[] ClassNames = ["F-Classic_Gen2", "F-Classic_Gen4", "F-Reiza", "Group C", "GT3"];

    /// <summary>A plausible 14-car race in sector times, positions and weather.</summary>
    private static void Plausible(SharedMemoryWritableView page)
    {
        page.Version = 14;
        page.BuildVersionNumber = 1_234;
        page.GameState = GameState.IngamePlaying;
        page.SessionState = SessionState.Race;
        page.RaceState = RaceState.Racing;
        page.ViewedParticipantIndex = 3;
        page.NumParticipants = Drivers.Length;
        page.LapsInEvent = 12;
        page.TrackLocation = "Interlagos";
        page.TrackVariation = "Historic 1991";
        page.TrackLength = 4309.0f;
        page.SplitTimeAhead = 1.25f;
        page.SplitTimeBehind = -0.75f;
        page.SplitTime = 0.1f;
        page.EventTimeRemaining = -1f;
        page.PersonalFastestLapTime = 72.125f;
        page.WorldFastestLapTime = 71.9f;
        page.PersonalFastestSector1Time = 18.3f;
        page.PersonalFastestSector2Time = 33.4f;
        page.PersonalFastestSector3Time = 20.4f;
        page.WorldFastestSector1Time = 18.1f;
        page.WorldFastestSector2Time = 33.3f;
        page.WorldFastestSector3Time = 20.5f;
        page.AmbientTemperature = 24.4f;
        page.TrackTemperature = 31.6f;
        page.RainDensity = 0.1f;
        page.SnowDensity = 0f;
        page.WindSpeed = 3.7f;
        page.WindDirectionX = 0.6f;
        page.WindDirectionY = -0.8f;
        page.YellowFlagState = YellowFlagState.None;
        page.LaunchStage = LaunchStage.Off;
        FillSlots(page, Drivers.Length);
    }

    private static void FillSlots(SharedMemoryWritableView page, int count)
    {
        for (var slot = 0; slot < count; slot++)
        {
            var participant = page.ParticipantInfo[slot];
            participant.IsActive = true;
            participant.Name = slot < Drivers.Length ? Drivers[slot] : $"Driver {slot}";
            participant.WorldPosition[0] = 100.25f * slot;
            participant.WorldPosition[1] = 5.5f;
            participant.WorldPosition[2] = -30.125f * slot;
            participant.CurrentLapDistance = 4309.0f * slot / count;
            participant.RacePosition = (uint)(count - slot);
            participant.LapsCompleted = (uint)(slot % 5);
            participant.CurrentLap = slot % 3 == 0 ? 0u : (uint)(slot % 5 + 1);
            participant.CurrentSector = slot % 3 + 1;
            page.CurrentSector1Times[slot] = 18.25f + slot * 0.01f;
            page.CurrentSector2Times[slot] = slot % 3 >= 1 ? 33.5f + slot * 0.02f : 0f;
            page.CurrentSector3Times[slot] = slot % 3 == 2 ? 20.75f : 0f;
            page.FastestSector1Times[slot] = 18.2f;
            page.FastestSector2Times[slot] = 33.4f;
            page.FastestSector3Times[slot] = 20.6f;
            page.FastestLapTimes[slot] = 72.3f + slot * 0.1f;
            page.LastLapTimes[slot] = 73.1f + slot * 0.1f;
            page.LapsInvalidated[slot] = slot % 4 == 1;
            page.RaceStates[slot] = RaceState.Racing;
            page.PitModes[slot] = slot == 5 ? PitMode.InPit : PitMode.None;
            page.PitSchedules[slot] = slot == 5 ? PitStopSchedule.PlayerRequested : PitStopSchedule.None;
            page.HighestFlagColours[slot] = slot == 7 ? FlagColours.Blue : FlagColours.None;
            page.HighestFlagReasons[slot] = FlagReason.None;
            page.Nationalities[slot] = (uint)(slot * 37);
            page.Speeds[slot] = 60.5f + slot;
            page.CarNames.Set(slot, Cars[slot % Cars.Length]);
            page.CarClassNames.Set(slot, ClassNames[slot % ClassNames.Length]);
        }
    }

    /// <summary>Byte strings a decoder must drop, each mixed with text it must keep.</summary>
    private static readonly byte[][] InvalidStrings =
    [
        [0x80, (byte)'A', 0xBF],
        [(byte)'Z', 0xC3],
        [(byte)'Z', 0xC3, 0xAB, 0xC3],
        [0xC0, 0xAF, (byte)'s', 0xC1, 0xBF],
        [0xE0, 0x80, 0x80, (byte)'x'],
        [0xED, 0xA0, 0x80, (byte)'y', 0xED, 0x9F, 0xBF],
        [0xF0, 0x90, 0x80, (byte)'z'],
        [0xF4, 0x90, 0x80, 0x80, (byte)'w', 0xF0, 0x9F, 0x8F, 0x81],
        [0xF5, 0xFF, 0xFE, (byte)' ', (byte)'v', (byte)' ', 0xE2, 0x82],
        [0xE2, 0x82, 0xE2, 0x82, 0xAC, 0x20, 0xC2],
        [0xC2, 0xA0, 0x80, (byte)'u', 0xE3, 0x80, 0x80],
        [0xFF, 0xFF],
    ];

    private static void InvalidUtf8(SharedMemoryWritableView page)
    {
        Plausible(page);
        for (var slot = 0; slot < Drivers.Length; slot++)
        {
            Write(page.ParticipantInfo[slot].NameBytes, InvalidStrings[slot % InvalidStrings.Length]);
            Write(page.CarNames.GetBytes(slot), InvalidStrings[(slot + 3) % InvalidStrings.Length]);
            Write(page.CarClassNames.GetBytes(slot), InvalidStrings[(slot + 7) % InvalidStrings.Length]);
        }

        Write(page.TrackLocationBytes, InvalidStrings[5]);
        Write(page.TrackVariationBytes, InvalidStrings[7]);
    }

    /// <summary>Every code point Python strips, and U+200B / U+FEFF / U+180E, which it keeps.</summary>
    private static readonly string[] PaddedStrings =
    [
        "  Ayrton Senna  ", "\tAlain\tProst\n", "\u000B\u000C\r Piquet \u001C\u001D", "\u001E\u001F\u0085Mansell\u00A0",
        "\u1680\u2000\u2001Berger\u2002\u2003", "\u2004\u2005\u2006\u2007\u2008\u2009\u200AAlboreto",
        "\u2028\u2029\u202F\u205F\u3000Boutsen\u3000", "\u200BPatrese\u200B", "\uFEFFAlesi\uFEFF", "\u180EFittipaldi\u180E",
        "   ", "\u3000\u00A0\t", "\u0085", "a b",
    ];

    private static void WhitespacePadded(SharedMemoryWritableView page)
    {
        Plausible(page);
        for (var slot = 0; slot < Drivers.Length; slot++)
        {
            var participant = page.ParticipantInfo[slot];
            participant.Name = PaddedStrings[slot];
            // Whitespace-only names make the slot count only when it is active or positioned.
            participant.IsActive = slot % 2 == 0;
            participant.RacePosition = slot % 3 == 0 ? (uint)slot + 1 : 0;
            page.CarNames.Set(slot, PaddedStrings[(slot + 1) % PaddedStrings.Length]);
            page.CarClassNames.Set(slot, PaddedStrings[(slot + 5) % PaddedStrings.Length]);
        }

        page.TrackLocation = " \tInterlagos\u3000";
        page.TrackVariation = "\u0085 ";
    }

    private static void Unterminated(SharedMemoryWritableView page)
    {
        Plausible(page);
        for (var slot = 0; slot < Drivers.Length; slot++)
        {
            var name = page.ParticipantInfo[slot].NameBytes;
            name.Fill((byte)('A' + slot));
            // The padding after mName (bytes 65..67) must not leak into the name.
            page.ParticipantInfo[slot].Bytes[65..68].Fill((byte)'!');
            var car = page.CarNames.GetBytes(slot);
            car.Fill((byte)'c');
            if (slot % 2 == 1)
            {
                // A multi-byte character cut by the end of the field: the seed drops its first bytes.
                "é€"u8.CopyTo(car[59..]);
                "€"u8[..2].CopyTo(car[62..]);
            }

            page.CarClassNames.GetBytes(slot).Fill((byte)('k' + slot % 3));
        }

        page.TrackLocationBytes.Fill((byte)'T');
        page.TrackVariationBytes.Fill((byte)' ');
    }

    private static void NonFinite(SharedMemoryWritableView page)
    {
        Plausible(page);
        float[] hostile = [Nan, PositiveInfinity, NegativeInfinity, -0f, BitConverter.Int32BitsToSingle(-1)];
        page.TrackLength = Nan;
        page.WorldFastestLapTime = PositiveInfinity;
        page.PersonalFastestLapTime = NegativeInfinity;
        page.PersonalFastestSector1Time = Nan;
        page.PersonalFastestSector2Time = -0f;
        page.PersonalFastestSector3Time = PositiveInfinity;
        page.WorldFastestSector1Time = NegativeInfinity;
        page.WorldFastestSector2Time = BitConverter.Int32BitsToSingle(0x7FC00001);
        page.WorldFastestSector3Time = Nan;
        page.EventTimeRemaining = PositiveInfinity;
        page.SplitTimeAhead = Nan;
        page.SplitTimeBehind = NegativeInfinity;
        page.SplitTime = -0f;
        page.AmbientTemperature = Nan;
        page.TrackTemperature = PositiveInfinity;
        page.RainDensity = NegativeInfinity;
        page.SnowDensity = Nan;
        page.WindSpeed = PositiveInfinity;
        page.WindDirectionX = -0f;
        page.WindDirectionY = NegativeInfinity;
        for (var slot = 0; slot < Drivers.Length; slot++)
        {
            var participant = page.ParticipantInfo[slot];
            float Pick(int offset) => hostile[(slot + offset) % hostile.Length];
            participant.WorldPosition[0] = Pick(0);
            participant.WorldPosition[1] = Pick(1);
            participant.WorldPosition[2] = Pick(2);
            participant.CurrentLapDistance = Pick(3);
            page.CurrentSector1Times[slot] = Pick(4);
            page.CurrentSector2Times[slot] = slot % 2 == 0 ? Pick(0) : -0f;
            page.CurrentSector3Times[slot] = Pick(1);
            page.FastestSector1Times[slot] = Pick(2);
            page.FastestSector2Times[slot] = Pick(3);
            page.FastestSector3Times[slot] = Pick(4);
            page.FastestLapTimes[slot] = Pick(0);
            page.LastLapTimes[slot] = Pick(2);
            page.Speeds[slot] = Pick(1);
        }

        // Python's max() keeps the first of equal values: -0.0 then 0.0 stays -0.0.
        page.CurrentSector1Times[0] = -0f;
        page.CurrentSector2Times[0] = 0f;
        page.CurrentSector3Times[0] = Nan;
    }

    private static void SlotSelection(SharedMemoryWritableView page)
    {
        page.NumParticipants = 64;
        for (var slot = 0; slot < 64; slot++)
        {
            var participant = page.ParticipantInfo[slot];
            switch (slot % 5)
            {
                case 0: participant.IsActive = true; break;
                case 1: participant.Name = $"Named {slot}"; break;
                case 2: participant.RacePosition = (uint)slot; break;
                case 3: participant.Name = " \t "; break;
                default: participant.Bytes[0] = (byte)(slot * 3); break;
            }

            page.CarNames.Set(slot, $"Car {slot}");
        }
    }

    private static void Sectors(SharedMemoryWritableView page)
    {
        Plausible(page);
        int[] sectors = [-1, 0, 1, 2, 3, 4, int.MinValue, int.MaxValue];
        for (var slot = 0; slot < Drivers.Length; slot++)
        {
            var participant = page.ParticipantInfo[slot];
            participant.CurrentSector = sectors[slot % sectors.Length];
            page.CurrentSector1Times[slot] = 11.5f + slot;
            page.CurrentSector2Times[slot] = 22.25f + slot;
            page.CurrentSector3Times[slot] = slot % 2 == 0 ? 0f : 33.125f;
        }
    }

    private static void LapDistances(SharedMemoryWritableView page)
    {
        Plausible(page);
        float[] distances = [-5f, 70_000f, 0.5f, 1.5f, 2.5f, -0.5f, -0.6f, 65_535.5f, 65_534.5f, 65_535.49f, 3e38f, 1e-45f, 4309.5f, 4308.5f];
        for (var slot = 0; slot < Drivers.Length; slot++)
        {
            var participant = page.ParticipantInfo[slot];
            participant.CurrentLapDistance = distances[slot];
        }
    }

    private static void Rounding(SharedMemoryWritableView page, float first, float second, float third)
    {
        Plausible(page);
        page.AmbientTemperature = first;
        page.TrackTemperature = second;
        // ×255 is done in double: 0.5 gives 127.5, which rounds to 128; 1.5 gives 382.5, which rounds to 382.
        page.RainDensity = third;
        page.SnowDensity = first;
        page.WindSpeed = second;
        page.WindDirectionX = third;
        page.WindDirectionY = -first;
        for (var slot = 0; slot < Drivers.Length; slot++)
        {
            var participant = page.ParticipantInfo[slot];
            participant.CurrentLapDistance = (slot % 3) switch { 0 => first, 1 => second, _ => third } + slot;
        }
    }

    private static void IntegerEdges(SharedMemoryWritableView page)
    {
        Plausible(page);
        page.Version = uint.MaxValue;
        page.BuildVersionNumber = uint.MaxValue;
        page.GameState = (GameState)uint.MaxValue;
        page.SessionState = (SessionState)uint.MaxValue;
        page.ViewedParticipantIndex = int.MaxValue;
        page.LapsInEvent = uint.MaxValue;
        page.YellowFlagState = (YellowFlagState)int.MinValue;
        page.LaunchStage = (LaunchStage)int.MaxValue;
        for (var slot = 0; slot < Drivers.Length; slot++)
        {
            var participant = page.ParticipantInfo[slot];
            participant.RacePosition = uint.MaxValue - (uint)slot;
            participant.CurrentLap = 0;
            participant.LapsCompleted = uint.MaxValue - (uint)(slot % 2);
            page.RaceStates[slot] = (RaceState)(uint.MaxValue - (uint)slot);
            page.Bytes[SharedMemoryLayout.Offsets.LapsInvalidated + slot] = (byte)(slot * 19);
            page.PitModes[slot] = (PitMode)(uint.MaxValue - (uint)slot * 7);
            page.PitSchedules[slot] = (PitStopSchedule)(uint)(slot * 0x1111_1111);
            page.HighestFlagColours[slot] = (FlagColours)uint.MaxValue;
            page.HighestFlagReasons[slot] = (FlagReason)(0x8000_0000u + (uint)slot);
            page.Nationalities[slot] = uint.MaxValue - (uint)slot;
        }
    }

    private static void Classes(SharedMemoryWritableView page)
    {
        Plausible(page);
        string[] carNames = ["Car A", "", "Car C", "Car D", "Car E", "  ", "Car G", "Car H", "Car I", "Car J", "Car K", "Car L", "Car M", "Car N"];
        string[] classes = ["GT3", "GT4", " GT3 ", "", "GT4", "LMP2", "GT4\t", "\u3000", "LMP2", "Group C", "GT3", "", "Ünïcode", "Ünïcode"];
        for (var slot = 0; slot < Drivers.Length; slot++)
        {
            page.CarNames.Set(slot, carNames[slot]);
            page.CarClassNames.Set(slot, classes[slot]);
        }
    }

    private static void Write(Span<byte> field, ReadOnlySpan<byte> value)
    {
        field.Clear();
        value.CopyTo(field);
    }
}
