using System;
using System.Buffers;
using System.Diagnostics;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace SimLayouts.Bridge.Serving;

/// <summary>
/// <c>GET /api/{game}/events?rate=HZ</c>: Server-Sent Events, one <c>data: {frame}</c> per new frame and at most
/// <c>rate</c> a second, and an <c>event: status</c> whenever the game comes or goes. Each client has its own loop that
/// takes the latest frame when it is ready for one: a slow client skips frames instead of queueing them, and a client
/// that stops reading holds up nobody but itself (Kestrel drops it when it stays below its minimum data rate).
/// </summary>
internal static class EventStream
{
    /// <summary>Frames per second when the client does not say.</summary>
    public const double DefaultRate = 20;

    /// <summary>The highest rate a client may ask for.</summary>
    public const double MaximumRate = 1000;

    /// <summary>How long a quiet stream waits before a keep-alive comment (so dead connections are noticed).</summary>
    public static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);

    private static readonly JsonWriterOptions StatusOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Streams until the client leaves or the server stops.</summary>
    public static async Task RunAsync(HttpContext context, FrameKeeper keeper, double rate, JsonEnumFormat enums, CancellationToken stopping)
    {
        using var both = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        var cancellationToken = both.Token;
        var response = context.Response;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        var body = response.BodyWriter;
        var interval = TimeSpan.FromSeconds(1 / rate);
        var clock = Stopwatch.StartNew();
        var lastSent = TimeSpan.MinValue;
        long seenVersion = -1;
        long sentSequence = -1;
        ServedState? sentStatus = null;
        try
        {
            await response.StartAsync(cancellationToken).ConfigureAwait(false);
            // Browsers reconnect after a second when the connection drops.
            body.Write("retry: 1000\n\n"u8);
            await body.FlushAsync(cancellationToken).ConfigureAwait(false);
            while (!cancellationToken.IsCancellationRequested)
            {
                var state = await keeper.WaitForChangeAsync(seenVersion, KeepAlive, cancellationToken).ConfigureAwait(false);
                if (state.Version == seenVersion)
                {
                    body.Write(": keep-alive\n\n"u8);
                    await body.FlushAsync(cancellationToken).ConfigureAwait(false);
                    continue;
                }

                seenVersion = state.Version;
                if (sentStatus is null || sentStatus.State != state.State || sentStatus.Reason != state.Reason)
                {
                    body.Write("event: status\ndata: "u8);
                    body.Write(Status(state));
                    body.Write("\n\n"u8);
                    sentStatus = state;
                }

                if (state.Frame is { } frame && frame.Sequence != sentSequence && keeper.FrameJson(frame, enums) is { } json)
                {
                    body.Write("data: "u8);
                    body.Write(json);
                    body.Write("\n\n"u8);
                    sentSequence = frame.Sequence;
                    lastSent = clock.Elapsed;
                }

                await body.FlushAsync(cancellationToken).ConfigureAwait(false);

                // At most `rate` frames a second: wait out the rest of the interval, then take whatever is latest.
                var wait = lastSent + interval - clock.Elapsed;
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException or ObjectDisposedException)
        {
            // The client left or the server is stopping.
        }
    }

    private static byte[] Status(ServedState state)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, StatusOptions))
        {
            json.WriteStartObject();
            json.WriteString("state", state.StateName);
            json.WriteString("reason", state.Reason);
            json.WriteEndObject();
        }

        return stream.ToArray();
    }
}
