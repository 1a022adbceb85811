using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace SimLayouts.Bridge.Serving;

/// <summary>
/// Every answer that is not data: a status code and one JSON object, <c>{"error":"…"}</c> plus what helps the client
/// on (the valid names, the game's state), so scripts and overlays can show the reason.
/// </summary>
internal static class ApiError
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the error; <paramref name="list"/> (when given) goes under <paramref name="listName"/>.</summary>
    public static Task WriteAsync(HttpContext context, int status, string message, string? listName = null, IEnumerable<string>? list = null, Action<Utf8JsonWriter>? more = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("error", message);
            if (listName is not null && list is not null)
            {
                json.WriteStartArray(listName);
                foreach (var item in list)
                {
                    json.WriteStringValue(item);
                }

                json.WriteEndArray();
            }

            more?.Invoke(json);
            json.WriteEndObject();
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.Body.WriteAsync(buffer.WrittenMemory, context.RequestAborted).AsTask();
    }

    /// <summary>503: the game is not there, with the reader's state and reason; clients retry after a second.</summary>
    public static Task NoFrameAsync(HttpContext context, ServedState state, LayoutDescription layout)
    {
        context.Response.Headers.RetryAfter = "1";
        var message = state.State == Reading.SourceState.Ended
            ? $"the source of {layout.Name} has ended: there are no more frames."
            : $"{layout.Title} is not running (or not publishing its shared memory).";
        return WriteAsync(context, StatusCodes.Status503ServiceUnavailable, message, more: json =>
        {
            json.WriteString("state", state.StateName);
            json.WriteString("reason", state.Reason);
        });
    }
}
