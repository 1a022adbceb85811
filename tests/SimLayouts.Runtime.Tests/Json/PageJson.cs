using System;
using System.Buffers;
using System.Text.Json;
using SimLayouts.AcEvo;
using SimLayouts.Pcars2;

namespace SimLayouts.Runtime.Tests.Json;

/// <summary>Runs the generated writers of every page the way an app does and parses what they wrote.</summary>
internal static class PageJson
{
    /// <summary>The pages of both layouts, by name, with their sizes and a writer call over given bytes.</summary>
    public static readonly (string Name, int Size, Action<byte[], Utf8JsonWriter, PageJsonOptions> Write)[] Pages =
    [
        ("pcars2", SharedMemoryView.Size, (bytes, writer, options) => new SharedMemoryView(bytes).WriteJson(writer, options)),
        ("acevo physics", PhysicsView.Size, (bytes, writer, options) => new PhysicsView(bytes).WriteJson(writer, options)),
        ("acevo graphics", GraphicsView.Size, (bytes, writer, options) => new GraphicsView(bytes).WriteJson(writer, options)),
        ("acevo static", StaticView.Size, (bytes, writer, options) => new StaticView(bytes).WriteJson(writer, options)),
    ];

    public static JsonDocument Pcars2(byte[] page, PageJsonOptions options = default) =>
        Parse(writer => new SharedMemoryView(page).WriteJson(writer, options));

    public static JsonDocument Graphics(byte[] page, PageJsonOptions options = default) =>
        Parse(writer => new GraphicsView(page).WriteJson(writer, options));

    public static JsonDocument Physics(byte[] page, PageJsonOptions options = default) =>
        Parse(writer => new PhysicsView(page).WriteJson(writer, options));

    public static JsonDocument Parse(Action<Utf8JsonWriter> write, bool indented = false)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented }))
        {
            write(writer);
        }

        return JsonDocument.Parse(buffer.WrittenMemory);
    }
}
