using System;
using System.Buffers;
using System.Linq;
using System.Text.Json;
using SimLayouts.AcEvo;
using SimLayouts.Pcars2;

namespace SimLayouts.Runtime.Tests.Json;

/// <summary>Runs the generated writers of every page the way an app does and parses what they wrote.</summary>
internal static class PageJson
{
    /// <summary>The pages of every built-in layout, by name, with their sizes and a writer call over given bytes.</summary>
    public static readonly (string Name, int Size, Action<byte[], Utf8JsonWriter, PageJsonOptions> Write)[] Pages =
    [
        ("pcars2", SharedMemoryView.Size, (bytes, writer, options) => new SharedMemoryView(bytes).WriteJson(writer, options)),
        ("acevo physics", PhysicsView.Size, (bytes, writer, options) => new PhysicsView(bytes).WriteJson(writer, options)),
        ("acevo graphics", GraphicsView.Size, (bytes, writer, options) => new GraphicsView(bytes).WriteJson(writer, options)),
        ("acevo static", StaticView.Size, (bytes, writer, options) => new StaticView(bytes).WriteJson(writer, options)),
        ("acc physics", Acc.PhysicsView.Size, (bytes, writer, options) => new Acc.PhysicsView(bytes).WriteJson(writer, options)),
        ("acc graphics", Acc.GraphicsView.Size, (bytes, writer, options) => new Acc.GraphicsView(bytes).WriteJson(writer, options)),
        ("acc static", Acc.StaticView.Size, (bytes, writer, options) => new Acc.StaticView(bytes).WriteJson(writer, options)),
        ("ac1 physics", Ac1.PhysicsView.Size, (bytes, writer, options) => new Ac1.PhysicsView(bytes).WriteJson(writer, options)),
        ("ac1 graphics", Ac1.GraphicsView.Size, (bytes, writer, options) => new Ac1.GraphicsView(bytes).WriteJson(writer, options)),
        ("ac1 static", Ac1.StaticView.Size, (bytes, writer, options) => new Ac1.StaticView(bytes).WriteJson(writer, options)),
        ("r3e", R3e.SharedView.Size, (bytes, writer, options) => new R3e.SharedView(bytes).WriteJson(writer, options)),
        .. Rf2Pages(),
    ];

    // Every rFactor 2 page, through the metadata's writer (the generated view's).
    private static (string, int, Action<byte[], Utf8JsonWriter, PageJsonOptions>)[] Rf2Pages() =>
        [.. Rf2.Rf2Layout.Description.Pages.Select(page => ("rf2 " + page.JsonName, page.Size, (Action<byte[], Utf8JsonWriter, PageJsonOptions>)((bytes, writer, options) => page.WriteJson(bytes, writer, options))))];

    /// <summary>The metadata of a page of <see cref="Pages"/> by its name there: the layout, then the page's JSON name when it has several.</summary>
    public static PageDescription DescriptionOf(string name)
    {
        var parts = name.Split(' ');
        Assert.That(BuiltInLayouts.TryGet(parts[0], out var layout), Is.True, name);
        return parts.Length == 1 ? layout!.Pages[0] : layout!.Pages.Single(page => page.JsonName == parts[1]);
    }

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
