using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace SimLayouts.Bridge.Tests.Infrastructure;

/// <summary>How a <see cref="MisbehavingServer"/> treats each request.</summary>
public enum Misbehaviour
{
    /// <summary>Reads the request, then closes the connection without a word.</summary>
    CloseWithoutAnswer,

    /// <summary>Starts a 200 answer with a body it never finishes, then closes.</summary>
    CloseMidResponse,

    /// <summary>Answers with bytes that are not HTTP.</summary>
    Garbage,

    /// <summary>Reads the request and never answers.</summary>
    Silent,
}

/// <summary>A raw TCP server on 127.0.0.1 that is reached but does not behave like an HTTP server.</summary>
internal sealed class MisbehavingServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly List<TcpClient> _clients = [];
    private readonly Task _loop;

    public MisbehavingServer(Misbehaviour behaviour)
    {
        Behaviour = behaviour;
        _listener.Start();
        _loop = Task.Run(AcceptLoopAsync);
    }

    public Misbehaviour Behaviour { get; }

    public Uri Url => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}{IngestServer.Path}");

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }

        lock (_clients)
        {
            _clients.ForEach(client => client.Dispose());
        }

        _stop.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is SocketException or OperationCanceledException or ObjectDisposedException)
            {
                return;
            }

            lock (_clients)
            {
                _clients.Add(client);
            }

            _ = Task.Run(() => HandleAsync(client));
        }
    }

    private async Task HandleAsync(TcpClient client)
    {
        try
        {
            var stream = client.GetStream();
            var buffer = new byte[64 * 1024];
            var request = new StringBuilder();
            while (!request.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
            {
                var read = await stream.ReadAsync(buffer, _stop.Token).ConfigureAwait(false);
                if (read == 0)
                {
                    return;
                }

                request.Append(Encoding.ASCII.GetString(buffer, 0, read));
            }

            switch (Behaviour)
            {
                case Misbehaviour.CloseMidResponse:
                    await stream.WriteAsync("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 1000\r\n\r\npartial"u8.ToArray(), _stop.Token).ConfigureAwait(false);
                    break;
                case Misbehaviour.Garbage:
                    await stream.WriteAsync("this is not HTTP at all\r\n\r\n"u8.ToArray(), _stop.Token).ConfigureAwait(false);
                    break;
                case Misbehaviour.Silent:
                    await Task.Delay(Timeout.Infinite, _stop.Token).ConfigureAwait(false);
                    break;
            }

            client.Client.Shutdown(SocketShutdown.Both);
            client.Close();
        }
        catch (Exception exception) when (exception is SocketException or System.IO.IOException or OperationCanceledException or ObjectDisposedException)
        {
        }
    }
}
