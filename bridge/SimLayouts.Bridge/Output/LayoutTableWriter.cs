using System;
using System.Buffers;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SimLayouts.Bridge.Output;

/// <summary>
/// Writes the member table of a layout: one row per member of every page, in declaration order, with
/// <c>page, name, type, offset, dims, size</c> (JSON adds <c>enum</c> and <c>unit</c>). Names are the
/// <see cref="LayoutField.Path"/> rows of the reference tables, so <c>parent[].child</c> offsets are
/// relative to one element. Output is culture-invariant and uses <c>\n</c> line endings.
/// </summary>
internal static class LayoutTableWriter
{
    /// <summary>The TSV header row, without its line ending.</summary>
    public const string TsvHeader = "page\tname\ttype\toffset\tdims\tsize";

    private const char NewLine = '\n';

    private static readonly JsonWriterOptions JsonOptions = new()
    {
        Indented = true,
        NewLine = "\n",
        // Units such as "N·m" stay readable; the output is a terminal or a file, never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes <paramref name="layout"/>'s table in <paramref name="format"/>.</summary>
    public static void Write(LayoutDescription layout, LayoutTableFormat format, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(writer);
        switch (format)
        {
            case LayoutTableFormat.Tsv:
                WriteTsv(layout, writer);
                break;
            case LayoutTableFormat.Json:
                WriteJson(layout, writer);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown table format.");
        }
    }

    /// <summary>Writes the header row and one tab-separated row per member.</summary>
    public static void WriteTsv(LayoutDescription layout, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(TsvHeader);
        writer.Write(NewLine);
        foreach (var page in layout.Pages)
        {
            foreach (var field in page.Fields)
            {
                writer.Write(page.NativeName);
                writer.Write('\t');
                writer.Write(field.Path);
                writer.Write('\t');
                writer.Write(field.Type);
                writer.Write('\t');
                writer.Write(field.Offset.ToString(CultureInfo.InvariantCulture));
                writer.Write('\t');
                writer.Write(field.DimsText);
                writer.Write('\t');
                writer.Write(field.Size.ToString(CultureInfo.InvariantCulture));
                writer.Write(NewLine);
            }
        }
    }

    /// <summary>Writes one indented JSON array with an object per member, followed by a line ending.</summary>
    public static void WriteJson(LayoutDescription layout, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(writer);
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, JsonOptions))
        {
            json.WriteStartArray();
            foreach (var page in layout.Pages)
            {
                foreach (var field in page.Fields)
                {
                    json.WriteStartObject();
                    json.WriteString("page", page.NativeName);
                    json.WriteString("name", field.Path);
                    json.WriteString("type", field.Type);
                    json.WriteNumber("offset", field.Offset);
                    json.WriteStartArray("dims");
                    foreach (var dim in field.Dims)
                    {
                        json.WriteNumberValue(dim);
                    }

                    json.WriteEndArray();
                    json.WriteNumber("size", field.Size);
                    json.WriteString("enum", field.Enum);
                    json.WriteString("unit", field.Unit);
                    json.WriteEndObject();
                }
            }

            json.WriteEndArray();
        }

        writer.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        writer.Write(NewLine);
    }
}
