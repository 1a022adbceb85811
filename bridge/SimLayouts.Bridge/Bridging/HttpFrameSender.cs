using System;
using System.Globalization;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace SimLayouts.Bridge.Bridging;

/// <summary>
/// POSTs frames to the ingest URL with one reused <see cref="HttpClient"/> (connections kept alive), one request at
/// a time: while a POST runs, <see cref="IsBusy"/> is true and the bridge builds no new frame. Failures (refused,
/// timed out, non-2xx) are counted and reported, never thrown.
/// </summary>
internal sealed class HttpFrameSender : IDisposable
{
    private readonly HttpClient _client;
    private readonly Uri _url;
    private readonly BridgeCounters _counters;
    private readonly FailureReporter _failures;
    private readonly StatusWriter _status;
    private readonly TimeSpan _timeout;
    private Task _inFlight = Task.CompletedTask;

    public HttpFrameSender(Uri url, TimeSpan timeout, BridgeCounters counters, StatusWriter status, TimeSpan failureReportInterval, HttpMessageHandler? handler = null)
    {
        _url = url;
        _timeout = timeout;
        _counters = counters;
        _status = status;
        _failures = new FailureReporter(status, failureReportInterval, TimeProvider.System);
        handler ??= new SocketsHttpHandler
        {
            ConnectTimeout = timeout,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1),
        };
        _client = new HttpClient(handler, disposeHandler: true) { Timeout = timeout };
    }

    /// <summary>Whether a POST is still running.</summary>
    public bool IsBusy => !_inFlight.IsCompleted;

    /// <summary>
    /// Starts POSTing <paramref name="json"/>, which must stay unchanged until <see cref="IsBusy"/> is false.
    /// <paramref name="successNote"/>, when given, becomes a status line once the server accepted the frame.
    /// </summary>
    public void Start(ReadOnlyMemory<byte> json, string? successNote, CancellationToken cancellationToken)
    {
        if (IsBusy)
        {
            throw new InvalidOperationException("A POST is already running.");
        }

        _inFlight = SendAsync(json, successNote, cancellationToken);
    }

    /// <summary>Waits for the running POST, if any, to finish (it ends by its own timeout at the latest).</summary>
    public Task WhenIdleAsync() => _inFlight;

    public void Dispose() => _client.Dispose();

    // "cannot reach" only when the server was not reached; a server that was reached and then failed is another story.
    private string Describe(HttpRequestException exception) => exception.HttpRequestError switch
    {
        HttpRequestError.NameResolutionError or HttpRequestError.ConnectionError or HttpRequestError.ProxyTunnelError or HttpRequestError.SecureConnectionError
            => $"cannot reach {_url}: {exception.Message}",
        HttpRequestError.ResponseEnded => $"{_url} closed the connection before its answer was complete.",
        HttpRequestError.InvalidResponse => $"{_url} answered with something that is not HTTP.",
        _ => $"{_url} failed: {exception.Message}",
    };

    private async Task SendAsync(ReadOnlyMemory<byte> json, string? successNote, CancellationToken cancellationToken)
    {
        // Leave the caller's loop first: the POST runs beside it.
        await Task.Yield();
        try
        {
            using var content = new ReadOnlyMemoryContent(json);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var response = await _client.PostAsync(_url, content, cancellationToken).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
            {
                _counters.CountSent();
                _failures.Succeeded();
                if (successNote is not null)
                {
                    _status.Line(successNote);
                }

                return;
            }

            _counters.CountFailed();
            _failures.Failed(string.Create(CultureInfo.InvariantCulture, $"{_url} answered {(int)response.StatusCode} {response.ReasonPhrase}."));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping: the frame was neither sent nor refused.
        }
        catch (OperationCanceledException)
        {
            _counters.CountFailed();
            _failures.Failed(string.Create(CultureInfo.InvariantCulture, $"{_url} did not answer within {_timeout.TotalSeconds:0.###} s."));
        }
        catch (HttpRequestException exception)
        {
            _counters.CountFailed();
            _failures.Failed(Describe(exception));
        }
    }
}
