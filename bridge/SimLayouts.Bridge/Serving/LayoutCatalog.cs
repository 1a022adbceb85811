using System.Buffers;
using System.Collections.Generic;
using System.Text.Encodings.Web;
using System.Text.Json;
using SimLayouts.Bridge.Roles;

namespace SimLayouts.Bridge.Serving;

/// <summary>
/// <c>GET /api/layouts</c>: every layout this program knows, from metadata (pages, their members with JSON names,
/// types, units and docs, enums) and the roles the overlay uses, plus which game this server serves; written once.
/// </summary>
internal static class LayoutCatalog
{
    /// <summary>The catalog as UTF-8 JSON.</summary>
    public static byte[] Write(LayoutDescription served, IReadOnlyList<LayoutDescription> layouts, IReadOnlyDictionary<LayoutDescription, LayoutRoles> roles)
    {
        var buffer = new ArrayBufferWriter<byte>(256 * 1024);
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("served", served.Name);
            json.WriteStartArray("layouts");
            foreach (var layout in layouts)
            {
                WriteLayout(json, layout, roles.GetValueOrDefault(layout));
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteLayout(Utf8JsonWriter json, LayoutDescription layout, LayoutRoles? roles)
    {
        json.WriteStartObject();
        json.WriteString("name", layout.Name);
        json.WriteString("title", layout.Title);
        WriteOptional(json, "doc", layout.Doc);
        json.WriteStartArray("pages");
        foreach (var page in layout.Pages)
        {
            json.WriteStartObject();
            json.WriteString("name", page.NativeName);
            json.WriteString("jsonName", page.JsonName);
            json.WriteString("segment", page.SegmentName);
            json.WriteNumber("size", page.Size);
            WriteOptional(json, "doc", page.Doc);
            json.WriteStartArray("members");
            foreach (var field in page.Fields)
            {
                if (!field.IsReserved)
                {
                    WriteField(json, field);
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("enums");
        foreach (var description in layout.Enums)
        {
            json.WriteStartObject();
            json.WriteString("name", description.NativeName);
            json.WriteString("csharpName", description.CSharpName);
            json.WriteBoolean("flags", description.IsFlags);
            json.WriteStartArray("members");
            foreach (var member in description.Members)
            {
                json.WriteStartObject();
                json.WriteString("name", member.CSharpName);
                json.WriteString("nativeName", member.NativeName);
                json.WriteNumber("value", member.Value);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteRoles(json, roles);
        json.WriteEndObject();
    }

    private static void WriteField(Utf8JsonWriter json, LayoutField field)
    {
        json.WriteStartObject();
        json.WriteString("path", field.Path);
        json.WriteString("name", field.NativeName);
        json.WriteString("jsonName", field.JsonName);
        json.WriteString("type", field.Type);
        json.WriteNumber("offset", field.Offset);
        json.WriteStartArray("dims");
        foreach (var dim in field.Dims)
        {
            json.WriteNumberValue(dim);
        }

        json.WriteEndArray();
        json.WriteNumber("size", field.Size);
        WriteOptional(json, "enum", field.Enum);
        WriteOptional(json, "unit", field.Unit);
        WriteOptional(json, "count", field.CountField);
        WriteOptional(json, "since", field.Since);
        json.WriteBoolean("inJson", field.IsInJson);
        WriteOptional(json, "doc", field.Doc);
        json.WriteEndObject();
    }

    private static void WriteRoles(Utf8JsonWriter json, LayoutRoles? roles)
    {
        json.WriteStartObject("roles");
        foreach (var role in roles?.Roles ?? [])
        {
            var (shownUnit, factor) = RoleDisplay.For(role.Name, role.Unit);
            json.WriteStartObject(role.Name);
            json.WriteString("path", role.Path.Text);
            WriteOptional(json, "unit", role.Unit);
            json.WriteNumber("add", role.Add);
            // The path names a struct of numbers (a vector): the value is its Euclidean length.
            json.WriteBoolean("magnitude", role.Magnitude);
            // Shown value = (value + add) × scale, in shownUnit.
            json.WriteNumber("scale", factor);
            WriteOptional(json, "shownUnit", shownUnit);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        if (roles?.Standings is not { } standings)
        {
            json.WriteNull("standings");
            return;
        }

        json.WriteStartObject("standings");
        json.WriteString("rows", standings.Rows.Text);
        foreach (var (column, member) in standings.Columns)
        {
            json.WriteString(column, standings.ColumnPath(member));
        }

        json.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }
}
