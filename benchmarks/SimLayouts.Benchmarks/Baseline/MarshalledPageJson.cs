using System;
using System.Text.Json;

namespace SimLayouts.Benchmarks.Baseline;

/// <summary>
/// The baseline operation of the JSON benchmark, what C# telemetry tools do today to ship a page as JSON:
/// marshal the page into its <c>[StructLayout]</c> struct, then serialize the struct with System.Text.Json's
/// source-generated <see cref="BaselineJsonContext"/> into the caller's (reused) writer.
/// </summary>
public static class MarshalledPageJson
{
    /// <summary>Writes the pcars2 page as one JSON object.</summary>
    public static void WritePcars2(ReadOnlySpan<byte> page, Utf8JsonWriter writer) =>
        JsonSerializer.Serialize(writer, MarshalledPageReader.Read<Pcars2Page>(page), BaselineJsonContext.Default.Pcars2Page);

    /// <summary>Writes the AC EVO graphics page as one JSON object.</summary>
    public static void WriteAcEvoGraphics(ReadOnlySpan<byte> page, Utf8JsonWriter writer) =>
        JsonSerializer.Serialize(
            writer, MarshalledPageReader.Read<AcEvoGraphicsPage>(page), BaselineJsonContext.Default.AcEvoGraphicsPage);

    /// <summary>Writes the ACC physics page as one JSON object.</summary>
    public static void WriteAccPhysics(ReadOnlySpan<byte> page, Utf8JsonWriter writer) =>
        JsonSerializer.Serialize(writer, MarshalledPageReader.Read<AccPhysicsPage>(page), BaselineJsonContext.Default.AccPhysicsPage);

    /// <summary>Writes the ACC graphics page as one JSON object.</summary>
    public static void WriteAccGraphics(ReadOnlySpan<byte> page, Utf8JsonWriter writer) =>
        JsonSerializer.Serialize(writer, MarshalledPageReader.Read<AccGraphicsPage>(page), BaselineJsonContext.Default.AccGraphicsPage);

    /// <summary>Writes the ACC static page as one JSON object.</summary>
    public static void WriteAccStatic(ReadOnlySpan<byte> page, Utf8JsonWriter writer) =>
        JsonSerializer.Serialize(writer, MarshalledPageReader.Read<AccStaticPage>(page), BaselineJsonContext.Default.AccStaticPage);

    /// <summary>
    /// Writes rFactor 2 telemetry as one JSON object with its active vehicles only (<c>mNumVehicles</c>, as a tool
    /// that skips empty slots does): marshalling takes all 128 slots, the array is then cut to the active ones.
    /// </summary>
    public static void WriteRf2TelemetryActive(ReadOnlySpan<byte> page, Utf8JsonWriter writer)
    {
        var telemetry = MarshalledPageReader.Read<Rf2TelemetryPage>(page);
        Array.Resize(ref telemetry.mVehicles, Math.Clamp(telemetry.mNumVehicles, 0, telemetry.mVehicles.Length));
        JsonSerializer.Serialize(writer, telemetry, BaselineJsonContext.Default.Rf2TelemetryPage);
    }
}
