using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace SimLayouts.Bridge.Tests.Infrastructure;

/// <summary>Reads a Server-Sent Events stream as a browser's EventSource does: <c>event:</c> and <c>data:</c> lines up to a blank line.</summary>
internal static class EventStreamReader
{
    /// <summary>One event: its type (<c>message</c> unless named) and its data.</summary>
    public sealed record ServerEvent(string Type, string Data);

    /// <summary>Reads events from <paramref name="path"/> until <paramref name="enough"/> says so or <paramref name="timeout"/> passes.</summary>
    public static async Task<List<ServerEvent>> ReadAsync(HttpClient client, string path, Func<List<ServerEvent>, bool> enough, TimeSpan timeout)
    {
        using var stop = new CancellationTokenSource(timeout);
        var events = new List<ServerEvent>();
        try
        {
            using var response = await client.GetAsync(path, HttpCompletionOption.ResponseHeadersRead, stop.Token);
            response.EnsureSuccessStatusCode();
            using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(stop.Token));
            var type = "message";
            var data = new List<string>();
            while (!enough(events) && await reader.ReadLineAsync(stop.Token) is { } line)
            {
                if (line.Length == 0)
                {
                    if (data.Count > 0)
                    {
                        events.Add(new ServerEvent(type, string.Join('\n', data)));
                    }

                    type = "message";
                    data.Clear();
                }
                else if (line.StartsWith("event: ", StringComparison.Ordinal))
                {
                    type = line["event: ".Length..];
                }
                else if (line.StartsWith("data: ", StringComparison.Ordinal))
                {
                    data.Add(line["data: ".Length..]);
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Bounded: the caller asserts on what came.
        }

        return events;
    }

    /// <summary>The sequence numbers of the frame events.</summary>
    public static List<long> Sequences(IEnumerable<ServerEvent> events)
    {
        var sequences = new List<long>();
        foreach (var serverEvent in events)
        {
            if (serverEvent.Type == "message")
            {
                using var frame = JsonDocument.Parse(serverEvent.Data);
                sequences.Add(frame.RootElement.GetProperty("sequence").GetInt64());
            }
        }

        return sequences;
    }
}
