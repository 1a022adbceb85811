using System;
using System.Text.Json;
using SimLayouts.Pcars2;
using P = SimLayouts.Bridge.Frames.Pcars2FrameProperties;

namespace SimLayouts.Bridge.Frames;

/// <summary>
/// Writes the seed bridge's JSON frame for one <c>$pcars2$</c> page: <c>source</c>, <c>sequence</c>,
/// <c>capturedAt</c> and <c>packets</c> shaped like the game's UDP packets of types 1, 2, 3, 4, 7 and 8, with the
/// seed's values (see <c>tests/oracle/seed_bridge.py</c>). Writing allocates nothing.
/// </summary>
/// <remarks>
/// Deliberate differences from the seed, none of which changes a value: every packet's <c>receivedAt</c> is
/// <paramref name="capturedAt"/> (the seed reads the clock once per packet, microseconds apart); floats are
/// printed by <see cref="Utf8JsonWriter"/> (<c>1</c>, <c>1E+20</c> where json.dumps prints <c>1.0</c>, <c>1e+20</c>:
/// the same doubles); characters are escaped by the writer's encoder rather than json.dumps' <c>ensure_ascii</c>.
/// </remarks>
public static partial class Pcars2FrameWriter
{
    /// <summary>The frame's and every packet's <c>source</c>.</summary>
    public const string SourceName = "shared-memory";

    private static readonly JsonEncodedText SourceValue = JsonEncodedText.Encode(SourceName);

    /// <summary>
    /// Writes one frame as a JSON object to <paramref name="writer"/>. The caller flushes the writer.
    /// </summary>
    /// <param name="writer">Where the frame goes; at the top level or where a value is expected.</param>
    /// <param name="page">A whole, torn-free copy of the page (<see cref="SharedMemoryLayout.Size"/> bytes or more).</param>
    /// <param name="sequence">The frame's number: 0 for the first frame, then +1 per frame, as in the seed.</param>
    /// <param name="capturedAt">When the page was read; printed in UTC as Python's <c>isoformat()</c> does.</param>
    /// <exception cref="ArgumentException">The page is shorter than the v14 layout.</exception>
    public static void Write(Utf8JsonWriter writer, SharedMemoryView page, long sequence, DateTimeOffset capturedAt)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (page.Bytes.Length < SharedMemoryLayout.Size)
        {
            throw new ArgumentException(
                $"A $pcars2$ page holds {SharedMemoryLayout.Size} bytes; this one has {page.Bytes.Length}.", nameof(page));
        }

        Span<byte> timestampBuffer = stackalloc byte[PythonIsoTimestamp.MaxLength];
        ReadOnlySpan<byte> timestamp = timestampBuffer[..PythonIsoTimestamp.Format(capturedAt, timestampBuffer)];
        Span<int> slotBuffer = stackalloc int[Pcars2ActiveSlots.MaxListed];
        ReadOnlySpan<int> slots = slotBuffer[..Pcars2ActiveSlots.Select(page, slotBuffer)];
        // Room for two cleaned fields: packet 8 holds a car's name while it cleans the car's class.
        Span<byte> text = stackalloc byte[2 * SeedText.MaxFieldLength];

        writer.WriteStartObject();
        writer.WriteString(P.Source, SourceValue);
        writer.WriteNumber(P.Sequence, sequence);
        writer.WriteString(P.CapturedAt, timestamp);
        writer.WriteStartArray(P.Packets);

        var packet = new PacketEnvelope(writer, sequence, timestamp);
        packet.Begin(1, PacketNames.RaceDefinition);
        WriteRaceDefinition(writer, page, text);
        packet.End();

        packet.Begin(2, PacketNames.Participants);
        WriteParticipants(writer, page, slots, text);
        packet.End();

        packet.Begin(3, PacketNames.Timings);
        WriteTimings(writer, page, slots);
        packet.End();

        packet.Begin(4, PacketNames.GameState);
        WriteGameState(writer, page);
        packet.End();

        packet.Begin(7, PacketNames.TimeStats);
        WriteTimeStats(writer, page, slots);
        packet.End();

        packet.Begin(8, PacketNames.ParticipantVehicleNames);
        WriteVehicleNames(writer, page, slots, text);
        packet.End();

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteRaceDefinition(Utf8JsonWriter writer, SharedMemoryView page, Span<byte> text)
    {
        WriteFloat(writer, P.WorldFastestLapTime, page.WorldFastestLapTime);
        WriteFloat(writer, P.PersonalFastestLapTime, page.PersonalFastestLapTime);
        WriteFloats(writer, P.PersonalFastestSectors,
            page.PersonalFastestSector1Time, page.PersonalFastestSector2Time, page.PersonalFastestSector3Time);
        WriteFloats(writer, P.WorldFastestSectors,
            page.WorldFastestSector1Time, page.WorldFastestSector2Time, page.WorldFastestSector3Time);
        WriteFloat(writer, P.TrackLength, page.TrackLength);
        WriteText(writer, P.TrackLocation, page.TrackLocationBytes, text);
        WriteText(writer, P.TrackVariation, page.TrackVariationBytes, text);
        writer.WriteString(P.TranslatedTrackLocation, ReadOnlySpan<byte>.Empty);
        writer.WriteString(P.TranslatedTrackVariation, ReadOnlySpan<byte>.Empty);
        writer.WriteNumber(P.LapsTimeInEvent, page.LapsInEvent);
        writer.WriteNumber(P.EnforcedPitStopLap, 0);
    }

    private static void WriteGameState(Utf8JsonWriter writer, SharedMemoryView page)
    {
        var gameState = (uint)page.GameState;
        var sessionState = (uint)page.SessionState;
        writer.WriteNumber(P.BuildVersionNumber, page.BuildVersionNumber);
        // Python ints do not overflow: the session state shifted by 4 needs up to 36 bits.
        writer.WriteNumber(P.GameStateRaw, gameState | ((ulong)sessionState << 4));
        writer.WriteNumber(P.GameState, gameState);
        WriteName(writer, P.GameStateName, StateNames.Game, gameState);
        writer.WriteNumber(P.SessionState, sessionState);
        WriteName(writer, P.SessionStateName, StateNames.Session, sessionState);
        WriteRounded(writer, P.AmbientTemperature, PythonNumbers.Finite(page.AmbientTemperature));
        WriteRounded(writer, P.TrackTemperature, PythonNumbers.Finite(page.TrackTemperature));
        WriteRounded(writer, P.RainDensity, PythonNumbers.Finite(page.RainDensity) * 255);
        WriteRounded(writer, P.SnowDensity, PythonNumbers.Finite(page.SnowDensity) * 255);
        WriteRounded(writer, P.WindSpeed, PythonNumbers.Finite(page.WindSpeed));
        WriteRounded(writer, P.WindDirectionX, PythonNumbers.Finite(page.WindDirectionX));
        WriteRounded(writer, P.WindDirectionY, PythonNumbers.Finite(page.WindDirectionY));
        writer.WriteNumber(P.YellowFlagState, (int)page.YellowFlagState);
        writer.WriteNumber(P.LaunchStage, (int)page.LaunchStage);
    }

    private static void WriteFloat(Utf8JsonWriter writer, JsonEncodedText name, float value) =>
        PythonNumbers.WriteDouble(writer, name, PythonNumbers.Finite(value));

    private static void WriteFloats(Utf8JsonWriter writer, JsonEncodedText name, float first, float second, float third)
    {
        writer.WriteStartArray(name);
        PythonNumbers.WriteDoubleValue(writer, PythonNumbers.Finite(first));
        PythonNumbers.WriteDoubleValue(writer, PythonNumbers.Finite(second));
        PythonNumbers.WriteDoubleValue(writer, PythonNumbers.Finite(third));
        writer.WriteEndArray();
    }

    private static void WriteRounded(Utf8JsonWriter writer, JsonEncodedText name, double value)
    {
        writer.WritePropertyName(name);
        PythonNumbers.WriteRoundedInteger(writer, value);
    }

    private static void WriteText(Utf8JsonWriter writer, JsonEncodedText name, ReadOnlySpan<byte> raw, Span<byte> text) =>
        writer.WriteString(name, text[..SeedText.Clean(raw, text)]);

    private static void WriteName(Utf8JsonWriter writer, JsonEncodedText name, JsonEncodedText[] names, uint value)
    {
        if (value < (uint)names.Length)
        {
            writer.WriteString(name, names[value]);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>The envelope the seed's <c>packet()</c> puts around each packet's data.</summary>
    private readonly ref struct PacketEnvelope(Utf8JsonWriter writer, long sequence, ReadOnlySpan<byte> receivedAt)
    {
        private readonly ReadOnlySpan<byte> _receivedAt = receivedAt;

        public void Begin(int packetType, JsonEncodedText name)
        {
            writer.WriteStartObject();
            writer.WriteString(P.ReceivedAt, _receivedAt);
            writer.WriteString(P.Source, SourceValue);
            writer.WriteStartObject(P.Base);
            writer.WriteNumber(P.PacketNumber, sequence);
            writer.WriteNumber(P.CategoryPacketNumber, sequence);
            writer.WriteNumber(P.PartialPacketIndex, 0);
            writer.WriteNumber(P.PartialPacketNumber, 1);
            writer.WriteNumber(P.PacketType, packetType);
            writer.WriteNumber(P.PacketVersion, 0);
            writer.WriteEndObject();
            writer.WriteString(P.Name, name);
            writer.WriteNumber(P.Size, 0);
            writer.WriteStartObject(P.Data);
        }

        public void End()
        {
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
    }

    private static class PacketNames
    {
        public static readonly JsonEncodedText RaceDefinition = JsonEncodedText.Encode("Race Definition");
        public static readonly JsonEncodedText Participants = JsonEncodedText.Encode("Participants");
        public static readonly JsonEncodedText Timings = JsonEncodedText.Encode("Timings");
        public static readonly JsonEncodedText GameState = JsonEncodedText.Encode("Game State");
        public static readonly JsonEncodedText TimeStats = JsonEncodedText.Encode("Time Stats");
        public static readonly JsonEncodedText ParticipantVehicleNames = JsonEncodedText.Encode("Participant Vehicle Names");
    }

    /// <summary>The seed's <c>GAME_STATE_NAMES</c> and <c>SESSION_STATE_NAMES</c>, indexed by value.</summary>
    private static class StateNames
    {
        public static readonly JsonEncodedText[] Game = Encode(
            "Exited", "Front end", "Playing", "Paused", "In menu", "Restarting", "Replay", "Front end replay");

        public static readonly JsonEncodedText[] Session = Encode(
            "Invalid", "Practice", "Test", "Qualifying", "Formation lap", "Race", "Time attack");

        private static JsonEncodedText[] Encode(params string[] names) => Array.ConvertAll(names, name => JsonEncodedText.Encode(name));
    }
}
