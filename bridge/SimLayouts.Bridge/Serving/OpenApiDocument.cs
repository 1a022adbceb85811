using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using SimLayouts.Bridge.Members;

namespace SimLayouts.Bridge.Serving;

/// <summary>
/// <c>GET /openapi.json</c>: an OpenAPI 3.1 document of this server, written once from the served layout's metadata:
/// every endpoint, and a schema of every page with each member's JSON type, unit and doc, so client generators and
/// people see the fields without reading YAML.
/// </summary>
internal static class OpenApiDocument
{
    /// <summary>The document's path.</summary>
    public const string Path = "/openapi.json";

    /// <summary>The document as UTF-8 JSON.</summary>
    public static byte[] Write(LayoutDescription layout, bool tokenRequired, string version)
    {
        var buffer = new ArrayBufferWriter<byte>(256 * 1024);
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("openapi", "3.1.0");
            json.WriteStartObject("info");
            json.WriteString("title", $"simlayouts serve: {layout.Title}");
            json.WriteString("version", version);
            json.WriteString("description", $"Live {layout.Title} telemetry as JSON: the latest consistent frame, one page with chosen fields, or a Server-Sent Events stream. Read-only.");
            json.WriteEndObject();
            WritePaths(json, layout, tokenRequired);
            WriteComponents(json, layout, tokenRequired);
            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void WritePaths(Utf8JsonWriter json, LayoutDescription layout, bool tokenRequired)
    {
        json.WriteStartObject("paths");
        WriteGet(json, "/api/layouts", "Every layout this program knows, with its pages, members, enums and overlay roles.", tokenRequired, parameters: null, ok: "#/components/schemas/Layouts", eventStream: false);
        WriteGet(json, $"/api/{layout.Name}", "The latest frame: source, sequence, capture time and every page.", tokenRequired, json => WriteEnumsParameter(json), ok: $"#/components/schemas/{FrameSchema(layout)}", eventStream: false);
        WriteGet(json, $"/api/{layout.Name}/events", "Server-Sent Events: one `data: {frame}` per new frame, at most `rate` per second (the latest frame wins for slow clients), and `event: status` when the game comes or goes.", tokenRequired, json =>
        {
            WriteEnumsParameter(json);
            json.WriteStartObject();
            json.WriteString("name", "rate");
            json.WriteString("in", "query");
            json.WriteString("description", "Most frames per second (default 20, up to 1000).");
            json.WriteStartObject("schema");
            json.WriteString("type", "number");
            json.WriteNumber("exclusiveMinimum", 0);
            json.WriteNumber("maximum", EventStream.MaximumRate);
            json.WriteEndObject();
            json.WriteEndObject();
        }, ok: null, eventStream: true);
        foreach (var page in layout.Pages)
        {
            var names = PageFieldSelection.ValidNames(page);
            WriteGet(json, $"/api/{layout.Name}/{page.JsonName}", $"The latest {page.NativeName} page in the frame envelope, optionally with only some members.", tokenRequired, json =>
            {
                WriteEnumsParameter(json);
                json.WriteStartObject();
                json.WriteString("name", "fields");
                json.WriteString("in", "query");
                json.WriteString("description", "Comma-separated top-level members (JSON or native names); unknown names are a 400 listing the valid ones.");
                json.WriteString("style", "form");
                json.WriteBoolean("explode", false);
                json.WriteStartObject("schema");
                json.WriteString("type", "array");
                json.WriteStartObject("items");
                json.WriteString("type", "string");
                json.WriteStartArray("enum");
                foreach (var name in names)
                {
                    json.WriteStringValue(name);
                }

                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndObject();
            }, ok: $"#/components/schemas/{FrameSchema(layout)}", eventStream: false);
        }

        json.WriteEndObject();
    }

    private static void WriteGet(Utf8JsonWriter json, string path, string summary, bool tokenRequired, System.Action<Utf8JsonWriter>? parameters, string? ok, bool eventStream)
    {
        json.WriteStartObject(path);
        json.WriteStartObject("get");
        json.WriteString("summary", summary);
        if (parameters is not null)
        {
            json.WriteStartArray("parameters");
            parameters(json);
            json.WriteEndArray();
        }

        if (tokenRequired)
        {
            json.WriteStartArray("security");
            foreach (var scheme in (string[])["bearer", "tokenQuery"])
            {
                json.WriteStartObject();
                json.WriteStartArray(scheme);
                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteStartObject("responses");
        json.WriteStartObject("200");
        json.WriteString("description", eventStream ? "An endless event stream." : "The data.");
        json.WriteStartObject("content");
        json.WriteStartObject(eventStream ? "text/event-stream" : "application/json");
        json.WriteStartObject("schema");
        if (ok is not null)
        {
            json.WriteString("$ref", ok);
        }
        else
        {
            json.WriteString("type", "string");
        }

        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        foreach (var (status, why) in (System.ReadOnlySpan<(string Status, string Why)>)[("400", "A bad query (unknown field, bad rate)."), ("401", "The token is missing or wrong."), ("404", "An unknown game or page."), ("503", "The game is not running; retry.")])
        {
            json.WriteStartObject(status);
            json.WriteString("description", why);
            json.WriteStartObject("content");
            json.WriteStartObject("application/json");
            json.WriteStartObject("schema");
            json.WriteString("$ref", "#/components/schemas/Error");
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteEnumsParameter(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("name", "enums");
        json.WriteString("in", "query");
        json.WriteString("description", "Enum values as names (default) or numbers.");
        json.WriteStartObject("schema");
        json.WriteString("type", "string");
        json.WriteStartArray("enum");
        json.WriteStringValue("names");
        json.WriteStringValue("numbers");
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteComponents(Utf8JsonWriter json, LayoutDescription layout, bool tokenRequired)
    {
        json.WriteStartObject("components");
        json.WriteStartObject("schemas");
        json.WriteStartObject("Error");
        json.WriteString("type", "object");
        json.WriteStartArray("required");
        json.WriteStringValue("error");
        json.WriteEndArray();
        json.WriteStartObject("properties");
        json.WriteStartObject("error");
        json.WriteString("type", "string");
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartObject("Layouts");
        json.WriteString("type", "object");
        json.WriteString("description", "See docs/serve.md: { served, layouts: [ { name, title, pages: [ { members } ], enums, roles, standings } ] }.");
        json.WriteEndObject();

        json.WriteStartObject(FrameSchema(layout));
        json.WriteString("type", "object");
        json.WriteStartObject("properties");
        json.WriteStartObject("source");
        json.WriteString("const", "shared-memory");
        json.WriteEndObject();
        json.WriteStartObject("sequence");
        json.WriteString("type", "integer");
        json.WriteString("description", "The frame's number since the server started reading, from 1.");
        json.WriteEndObject();
        json.WriteStartObject("capturedAt");
        json.WriteString("type", "string");
        json.WriteString("format", "date-time");
        json.WriteEndObject();
        foreach (var page in layout.Pages)
        {
            json.WriteStartObject(page.JsonName);
            json.WriteString("$ref", $"#/components/schemas/{PageSchema(layout, page)}");
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();

        foreach (var page in layout.Pages)
        {
            json.WritePropertyName(PageSchema(layout, page));
            WriteStruct(json, layout, PageMembers.Of(page).Members, page.Doc);
        }

        json.WriteEndObject();
        if (tokenRequired)
        {
            json.WriteStartObject("securitySchemes");
            json.WriteStartObject("bearer");
            json.WriteString("type", "http");
            json.WriteString("scheme", "bearer");
            json.WriteEndObject();
            json.WriteStartObject("tokenQuery");
            json.WriteString("type", "apiKey");
            json.WriteString("in", "query");
            json.WriteString("name", "token");
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static string FrameSchema(LayoutDescription layout) => $"{layout.Name}.frame";

    private static string PageSchema(LayoutDescription layout, PageDescription page) => $"{layout.Name}.{page.JsonName}";

    private static void WriteStruct(Utf8JsonWriter json, LayoutDescription layout, IEnumerable<MemberNode> members, string? doc)
    {
        json.WriteStartObject();
        json.WriteString("type", "object");
        if (doc is not null)
        {
            json.WriteString("description", doc);
        }

        json.WriteStartObject("properties");
        foreach (var member in members.Where(member => member.Field.IsInJson))
        {
            json.WritePropertyName(member.Field.JsonName);
            WriteMember(json, layout, member, member.ArrayDims.Count);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    // Arrays nest one level per dimension; an array with a declared count holds only its active entries.
    private static void WriteMember(Utf8JsonWriter json, LayoutDescription layout, MemberNode member, int dimensionsLeft)
    {
        if (dimensionsLeft > 0)
        {
            json.WriteStartObject();
            json.WriteString("type", "array");
            json.WriteNumber("maxItems", member.ArrayDims[member.ArrayDims.Count - dimensionsLeft]);
            if (dimensionsLeft == member.ArrayDims.Count)
            {
                WriteDescription(json, member.Field);
            }

            json.WritePropertyName("items");
            WriteMember(json, layout, member, dimensionsLeft - 1);
            json.WriteEndObject();
            return;
        }

        if (member.IsStruct)
        {
            WriteStruct(json, layout, member.Children, member.IsArray ? null : member.Field.Doc);
            return;
        }

        json.WriteStartObject();
        var enumeration = layout.Enums.FirstOrDefault(candidate => candidate.NativeName == member.Field.Enum);
        if (enumeration is not null)
        {
            WriteEnum(json, enumeration);
        }
        else
        {
            WriteScalarType(json, MemberValue.KindOf(member.Field));
        }

        if (!member.IsArray)
        {
            WriteDescription(json, member.Field);
        }

        json.WriteEndObject();
    }

    private static void WriteEnum(Utf8JsonWriter json, EnumDescription enumeration)
    {
        if (enumeration.IsFlags)
        {
            // The set flags by name; bits the layout does not name come as one number.
            json.WriteString("type", "array");
            json.WriteStartObject("items");
        }

        json.WriteStartArray("anyOf");
        json.WriteStartObject();
        json.WriteString("type", "string");
        json.WriteStartArray("enum");
        foreach (var member in enumeration.Members)
        {
            json.WriteStringValue(member.CSharpName);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteStartObject();
        json.WriteString("type", "integer");
        json.WriteEndObject();
        json.WriteEndArray();
        if (enumeration.IsFlags)
        {
            json.WriteEndObject();
        }
    }

    private static void WriteScalarType(Utf8JsonWriter json, ValueKind kind)
    {
        switch (kind)
        {
            case ValueKind.Boolean:
                json.WriteString("type", "boolean");
                break;
            case ValueKind.Float32 or ValueKind.Float64:
                // NaN and infinities are written as null.
                json.WriteStartArray("type");
                json.WriteStringValue("number");
                json.WriteStringValue("null");
                json.WriteEndArray();
                break;
            case ValueKind.Text or ValueKind.Utf16Text:
                json.WriteString("type", "string");
                break;
            case ValueKind.Unknown:
                break;
            default:
                // Integer members a layout declares as booleans (boolean: true) are written as true/false; the
                // metadata does not say which, so both are allowed.
                json.WriteStartArray("type");
                json.WriteStringValue("integer");
                json.WriteStringValue("boolean");
                json.WriteEndArray();
                break;
        }
    }

    private static void WriteDescription(Utf8JsonWriter json, LayoutField field)
    {
        var text = field.Unit is null ? field.Doc : $"{field.Doc} [{field.Unit}]".TrimStart();
        if (text is not null)
        {
            json.WriteString("description", text);
        }
    }
}
