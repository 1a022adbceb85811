using System;
using System.Buffers.Text;
using SimLayouts.Pcars2;

namespace SimLayouts.Bridge.Frames;

/// <summary>
/// Writes the seed bridge's JSON frame for one <c>$pcars2$</c> page: <c>source</c>, <c>sequence</c>,
/// <c>capturedAt</c> and <c>packets</c> shaped like the game's UDP packets of types 1, 2, 3, 4, 7 and 8, with the
/// seed's values (see <c>tests/oracle/seed_bridge.py</c>). Writing allocates nothing.
/// </summary>
/// <remarks>
/// <para>
/// The frame's shape is fixed, so everything constant in it (property names with their punctuation, the packet
/// envelopes, runs such as <c>"orientation":[0,0,0]</c>) is written as pre-encoded UTF-8 runs and only the values
/// are formatted: a 24-car frame is about 1,000 numbers and a few dozen strings in 23 KB of text.
/// </para>
/// <para>
/// Deliberate differences from the seed, none of which changes a value: every packet's <c>receivedAt</c> is
/// <c>capturedAt</c> (the seed reads the clock once per packet, microseconds apart); floats are printed as
/// <see cref="System.Text.Json.Utf8JsonWriter"/> prints them (<c>1</c>, <c>1E+20</c> where json.dumps prints
/// <c>1.0</c>, <c>1e+20</c>: the same doubles); characters are escaped by the writer's encoder rather than
/// json.dumps' <c>ensure_ascii</c>.
/// </para>
/// </remarks>
public static partial class Pcars2FrameWriter
{
    /// <summary>The frame's and every packet's <c>source</c>.</summary>
    public const string SourceName = "shared-memory";

    // The start of every packet, up to its packetType: receivedAt, source and the base up to there.
    private const int MaxEnvelopeLength = 256;

    /// <summary>Appends one frame as a JSON object to <paramref name="json"/>.</summary>
    /// <param name="json">Where the frame goes; at the top level or where a value is expected.</param>
    /// <param name="page">A whole, torn-free copy of the page (<see cref="SharedMemoryLayout.Size"/> bytes or more).</param>
    /// <param name="sequence">The frame's number: 0 for the first frame, then +1 per frame, as in the seed.</param>
    /// <param name="capturedAt">When the page was read; printed in UTC as Python's <c>isoformat()</c> does.</param>
    /// <exception cref="ArgumentException">The page is shorter than the v14 layout.</exception>
    public static void Write(RawJsonWriter json, SharedMemoryView page, long sequence, DateTimeOffset capturedAt)
    {
        ArgumentNullException.ThrowIfNull(json);
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
        // Packet 3's currentTime of each listed slot, which packet 7 writes again as lastSectorTime.
        Span<KeptNumberText> currentTimes = stackalloc KeptNumberText[Pcars2ActiveSlots.MaxListed];
        Span<byte> envelopeBuffer = stackalloc byte[MaxEnvelopeLength];
        ReadOnlySpan<byte> envelope = envelopeBuffer[..WriteEnvelope(envelopeBuffer, timestamp, sequence)];

        var run = new JsonRun(json);

        run.Raw("{\"source\":\"shared-memory\",\"sequence\":"u8);
        run.Number(sequence);
        // Timestamps are digits and -T:.+ only: valid JSON string content under every encoder.
        run.Raw(",\"capturedAt\":\""u8);
        run.Raw(timestamp);
        run.Raw("\",\"packets\":["u8);

        // Each packet: the shared envelope, its type and name up to the opening of "data", the data, then "}}".
        run.Raw(envelope);
        run.Raw("1,\"packetVersion\":0},\"name\":\"Race Definition\",\"size\":0,\"data\":{"u8);
        WriteRaceDefinition(ref run, page, text);

        run.Raw("}},"u8);
        run.Raw(envelope);
        run.Raw("2,\"packetVersion\":0},\"name\":\"Participants\",\"size\":0,\"data\":{"u8);
        WriteParticipants(ref run, page, slots, text);

        run.Raw("}},"u8);
        run.Raw(envelope);
        run.Raw("3,\"packetVersion\":0},\"name\":\"Timings\",\"size\":0,\"data\":{"u8);
        WriteTimings(ref run, page, slots, currentTimes);

        run.Raw("}},"u8);
        run.Raw(envelope);
        run.Raw("4,\"packetVersion\":0},\"name\":\"Game State\",\"size\":0,\"data\":{"u8);
        WriteGameState(ref run, page);

        run.Raw("}},"u8);
        run.Raw(envelope);
        run.Raw("7,\"packetVersion\":0},\"name\":\"Time Stats\",\"size\":0,\"data\":{"u8);
        WriteTimeStats(ref run, page, slots, currentTimes);

        run.Raw("}},"u8);
        run.Raw(envelope);
        run.Raw("8,\"packetVersion\":0},\"name\":\"Participant Vehicle Names\",\"size\":0,\"data\":{"u8);
        WriteVehicleNames(ref run, page, slots, text);

        run.Raw("}}]}"u8);
        run.Flush();
    }

    /// <summary>The seed's <c>packet()</c> envelope up to <c>"packetType":</c>, the same for every packet of a frame.</summary>
    /// <returns>The number of bytes written.</returns>
    private static int WriteEnvelope(Span<byte> destination, ReadOnlySpan<byte> receivedAt, long sequence)
    {
        Span<byte> number = stackalloc byte[20];
        Utf8Formatter.TryFormat(sequence, number, out var numberLength);
        var length = Append(destination, 0, "{\"receivedAt\":\""u8);
        length = Append(destination, length, receivedAt);
        length = Append(destination, length, "\",\"source\":\"shared-memory\",\"base\":{\"packetNumber\":"u8);
        length = Append(destination, length, number[..numberLength]);
        length = Append(destination, length, ",\"categoryPacketNumber\":"u8);
        length = Append(destination, length, number[..numberLength]);
        return Append(destination, length, ",\"partialPacketIndex\":0,\"partialPacketNumber\":1,\"packetType\":"u8);
    }

    private static int Append(Span<byte> destination, int length, ReadOnlySpan<byte> text)
    {
        text.CopyTo(destination[length..]);
        return length + text.Length;
    }

    private static void WriteRaceDefinition(ref JsonRun run, SharedMemoryView page, scoped Span<byte> text)
    {
        run.Raw("\"worldFastestLapTime\":"u8);
        run.SeedFloat(page.WorldFastestLapTime);
        run.Raw(",\"personalFastestLapTime\":"u8);
        run.SeedFloat(page.PersonalFastestLapTime);
        run.Raw(",\"personalFastestSectors\":["u8);
        run.SeedFloat(page.PersonalFastestSector1Time);
        run.Raw((byte)',');
        run.SeedFloat(page.PersonalFastestSector2Time);
        run.Raw((byte)',');
        run.SeedFloat(page.PersonalFastestSector3Time);
        run.Raw("],\"worldFastestSectors\":["u8);
        run.SeedFloat(page.WorldFastestSector1Time);
        run.Raw((byte)',');
        run.SeedFloat(page.WorldFastestSector2Time);
        run.Raw((byte)',');
        run.SeedFloat(page.WorldFastestSector3Time);
        run.Raw("],\"trackLength\":"u8);
        run.SeedFloat(page.TrackLength);
        run.Raw(",\"trackLocation\":"u8);
        WriteText(ref run, page.TrackLocationBytes, text);
        run.Raw(",\"trackVariation\":"u8);
        WriteText(ref run, page.TrackVariationBytes, text);
        run.Raw(",\"translatedTrackLocation\":\"\",\"translatedTrackVariation\":\"\",\"lapsTimeInEvent\":"u8);
        run.Number(page.LapsInEvent);
        run.Raw(",\"enforcedPitStopLap\":0"u8);
    }

    private static void WriteGameState(ref JsonRun run, SharedMemoryView page)
    {
        var gameState = (uint)page.GameState;
        var sessionState = (uint)page.SessionState;
        run.Raw("\"buildVersionNumber\":"u8);
        run.Number(page.BuildVersionNumber);
        // Python ints do not overflow: the session state shifted by 4 needs up to 36 bits.
        run.Raw(",\"gameStateRaw\":"u8);
        run.Number(gameState | ((ulong)sessionState << 4));
        run.Raw(",\"gameState\":"u8);
        run.Number(gameState);
        run.Raw(",\"gameStateName\":"u8);
        run.Raw(StateNames.Game(gameState));
        run.Raw(",\"sessionState\":"u8);
        run.Number(sessionState);
        run.Raw(",\"sessionStateName\":"u8);
        run.Raw(StateNames.Session(sessionState));
        run.Raw(",\"ambientTemperature\":"u8);
        run.RoundedInteger(PythonNumbers.Finite(page.AmbientTemperature));
        run.Raw(",\"trackTemperature\":"u8);
        run.RoundedInteger(PythonNumbers.Finite(page.TrackTemperature));
        run.Raw(",\"rainDensity\":"u8);
        run.RoundedInteger(PythonNumbers.Finite(page.RainDensity) * 255);
        run.Raw(",\"snowDensity\":"u8);
        run.RoundedInteger(PythonNumbers.Finite(page.SnowDensity) * 255);
        run.Raw(",\"windSpeed\":"u8);
        run.RoundedInteger(PythonNumbers.Finite(page.WindSpeed));
        run.Raw(",\"windDirectionX\":"u8);
        run.RoundedInteger(PythonNumbers.Finite(page.WindDirectionX));
        run.Raw(",\"windDirectionY\":"u8);
        run.RoundedInteger(PythonNumbers.Finite(page.WindDirectionY));
        run.Raw(",\"yellowFlagState\":"u8);
        run.Number((int)page.YellowFlagState);
        run.Raw(",\"launchStage\":"u8);
        run.Number((int)page.LaunchStage);
    }

    /// <summary>Writes a fixed text field as the seed cleans it (<see cref="SeedText"/>), as a JSON string.</summary>
    private static void WriteText(ref JsonRun run, scoped ReadOnlySpan<byte> raw, scoped Span<byte> text) =>
        run.String(text, SeedText.Clean(raw, text));

    /// <summary>The seed's <c>GAME_STATE_NAMES</c> and <c>SESSION_STATE_NAMES</c> as JSON values: <c>null</c> for values they lack.</summary>
    private static class StateNames
    {
        public static ReadOnlySpan<byte> Game(uint value) => value switch
        {
            0 => "\"Exited\""u8,
            1 => "\"Front end\""u8,
            2 => "\"Playing\""u8,
            3 => "\"Paused\""u8,
            4 => "\"In menu\""u8,
            5 => "\"Restarting\""u8,
            6 => "\"Replay\""u8,
            7 => "\"Front end replay\""u8,
            _ => "null"u8,
        };

        public static ReadOnlySpan<byte> Session(uint value) => value switch
        {
            0 => "\"Invalid\""u8,
            1 => "\"Practice\""u8,
            2 => "\"Test\""u8,
            3 => "\"Qualifying\""u8,
            4 => "\"Formation lap\""u8,
            5 => "\"Race\""u8,
            6 => "\"Time attack\""u8,
            _ => "null"u8,
        };
    }
}
