using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace SimLayouts.Bridge.Tests.Infrastructure;

/// <summary>How the test server answers.</summary>
internal enum IngestBehaviour
{
    /// <summary>204 at once.</summary>
    Accept,

    /// <summary>500 at once.</summary>
    Fail,

    /// <summary>204 after <see cref="IngestServer.SlowDelay"/>.</summary>
    Slow,
}

/// <summary>
/// A real HTTP server on 127.0.0.1 (HttpListener) standing in for the Node ingest endpoint: it parses every body it
/// gets, keeps the frames it accepted, and tracks how many requests ever ran at once.
/// </summary>
internal sealed class IngestServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<JsonDocument> _frames = new();
    private readonly ConcurrentQueue<string> _problems = new();
    private readonly Task _loop;
    private int _concurrent;
    private int _maxConcurrent;
    private int _requests;

    public IngestServer(int port, IngestBehaviour behaviour = IngestBehaviour.Accept)
    {
        Port = port;
        Behaviour = behaviour;
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _loop = Task.Run(AcceptLoopAsync);
    }

    public const string Path = "/api/ingest/shared-memory";

    public int Port { get; }

    public Uri Url => new($"http://127.0.0.1:{Port}{Path}");

    public IngestBehaviour Behaviour { get; set; }

    public TimeSpan SlowDelay { get; set; } = TimeSpan.FromSeconds(1);

    public IReadOnlyCollection<JsonDocument> Frames => _frames;

    public IReadOnlyCollection<string> Problems => _problems;

    public int Requests => Volatile.Read(ref _requests);

    public int MaxConcurrentRequests => Volatile.Read(ref _maxConcurrent);

    /// <summary>A port nothing listens on right now.</summary>
    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }

        foreach (var frame in _frames)
        {
            frame.Dispose();
        }
    }

    private async Task AcceptLoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        var now = Interlocked.Increment(ref _concurrent);
        Interlocked.Increment(ref _requests);
        int seen;
        while (now > (seen = Volatile.Read(ref _maxConcurrent)) && Interlocked.CompareExchange(ref _maxConcurrent, now, seen) != seen)
        {
        }

        try
        {
            var request = context.Request;
            using var body = new MemoryStream();
            await request.InputStream.CopyToAsync(body).ConfigureAwait(false);
            var behaviour = Behaviour;
            if (request.HttpMethod != "POST" || request.Url?.AbsolutePath != Path || request.ContentType != "application/json")
            {
                _problems.Enqueue($"{request.HttpMethod} {request.Url?.AbsolutePath} content-type {request.ContentType}");
            }

            if (behaviour == IngestBehaviour.Slow)
            {
                await Task.Delay(SlowDelay).ConfigureAwait(false);
            }

            if (behaviour == IngestBehaviour.Fail)
            {
                context.Response.StatusCode = 500;
            }
            else
            {
                try
                {
                    _frames.Enqueue(JsonDocument.Parse(body.ToArray()));
                }
                catch (JsonException exception)
                {
                    _problems.Enqueue("invalid JSON: " + exception.Message);
                }

                context.Response.StatusCode = 204;
            }

            context.Response.Close();
        }
        catch (Exception exception) when (exception is HttpListenerException or IOException or ObjectDisposedException or InvalidOperationException)
        {
            // The client gave up (its timeout) or the server is closing.
        }
        finally
        {
            Interlocked.Decrement(ref _concurrent);
        }
    }
}
