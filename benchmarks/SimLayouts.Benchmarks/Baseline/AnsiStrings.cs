using System;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SimLayouts.Benchmarks.Baseline;

// Tools declare a char[N][M] member as an array of one-string structs, because ByValTStr cannot be an array
// element. The converters keep the JSON a plain array of strings, as the generated writer writes it.

/// <summary>One <c>char[64]</c> element of a <c>char[64][64]</c> member (pcars2 <c>mCarNames</c>).</summary>
[StructLayout(LayoutKind.Sequential, CharSet = CharSet.Ansi)]
[JsonConverter(typeof(AnsiString64JsonConverter))]
public struct AnsiString64
{
    /// <summary>The text up to the first NUL, decoded by the marshaller.</summary>
    [MarshalAs(UnmanagedType.ByValTStr, SizeConst = 64)]
    public string Value;
}

/// <summary>One <c>char[40]</c> element of a <c>char[4][40]</c> member (pcars2 <c>mTyreCompound</c>).</summary>
[StructLayout(LayoutKind.Sequential, CharSet = CharSet.Ansi)]
[JsonConverter(typeof(AnsiString40JsonConverter))]
public struct AnsiString40
{
    /// <summary>The text up to the first NUL, decoded by the marshaller.</summary>
    [MarshalAs(UnmanagedType.ByValTStr, SizeConst = 40)]
    public string Value;
}

/// <summary>Writes an <see cref="AnsiString64"/> as a JSON string.</summary>
public sealed class AnsiString64JsonConverter : JsonConverter<AnsiString64>
{
    /// <inheritdoc/>
    public override AnsiString64 Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new() { Value = reader.GetString() ?? string.Empty };

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, AnsiString64 value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.Value);
    }
}

/// <summary>Writes an <see cref="AnsiString40"/> as a JSON string.</summary>
public sealed class AnsiString40JsonConverter : JsonConverter<AnsiString40>
{
    /// <inheritdoc/>
    public override AnsiString40 Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new() { Value = reader.GetString() ?? string.Empty };

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, AnsiString40 value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.Value);
    }
}
