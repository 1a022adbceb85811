using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text.Json;
using System.Threading.Tasks;
using NUnit.Framework;
using SimLayouts.Bridge.Tests.Infrastructure;

namespace SimLayouts.Bridge.Tests.Serving;

/// <summary>
/// <c>simlayouts serve</c> around the game's life and the server's settings: 503 with a reason while the game is not
/// there and frames again when it starts (a <c>simulate</c> process writing real segment files), the token, and
/// options that cannot work.
/// </summary>
[NonParallelizable]
public sealed class ServeLifecycleTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);
    private string _directory = null!;

    [SetUp]
    public void SetUp()
    {
        _directory = Path.Combine(Path.GetTempPath(), "simlayouts-serve-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_directory, recursive: true);

    [Test]
    public async Task Without_the_game_the_api_says_503_with_the_reason_and_serves_frames_once_it_starts_and_503_after_it_leaves()
    {
        using var server = ServeProcess.Start("--source", "shm", "--shm-dir", _directory);
        using var client = server.Client();

        using (var waiting = await client.GetAsync("api/pcars2"))
        {
            Assert.That(waiting.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(waiting.Headers.RetryAfter, Is.Not.Null);
            using var body = JsonDocument.Parse(await waiting.Content.ReadAsStringAsync());
            Assert.That(body.RootElement.GetProperty("state").GetString(), Is.AnyOf("starting", "waiting"));
            Assert.That(body.RootElement.GetProperty("error").GetString(), Does.Contain("not running"));
        }

        // The game starts (the simulator writes the real segment files), runs a few seconds and leaves (removing them).
        using (var game = StartSimulator("pcars2", seconds: 8))
        {
            await WaitForStatusAsync(client, HttpStatusCode.OK, server);
            await WaitForStatusAsync(client, HttpStatusCode.ServiceUnavailable, server);
            game.WaitForExit(30_000);
        }

        using var after = await client.GetAsync("api/pcars2");
        using var reason = JsonDocument.Parse(await after.Content.ReadAsStringAsync());
        Assert.That(reason.RootElement.GetProperty("state").GetString(), Is.AnyOf("waiting", "detached"), reason.RootElement.GetRawText());
        Assert.That(server.Error, Does.Contain("Attached to pcars2"));
    }

    [Test]
    public async Task With_a_token_data_needs_it_as_a_bearer_or_query_token_and_the_overlay_page_does_not()
    {
        using var server = ServeProcess.Start("--source", "sim", "--token", "s3cret");
        using var client = server.Client();

        using (var refused = await client.GetAsync("api/layouts"))
        {
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(refused.Headers.WwwAuthenticate.ToString(), Is.EqualTo("Bearer"));
            Assert.That(JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString(), Does.Contain("token"));
        }

        using (var wrong = new HttpRequestMessage(HttpMethod.Get, "api/layouts"))
        {
            wrong.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "s3cre");
            Assert.That((await client.SendAsync(wrong)).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        }

        using (var bearer = new HttpRequestMessage(HttpMethod.Get, "api/layouts"))
        {
            bearer.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "s3cret");
            Assert.That((await client.SendAsync(bearer)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        Assert.That((await client.GetAsync("api/layouts?token=s3cret")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await client.GetAsync("openapi.json")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await client.GetAsync("/")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "the overlay's files hold no data");
    }

    [TestCase("--port", "70000")]
    [TestCase("--listen", "not-an-address")]
    [TestCase("--game", "nogame")]
    [TestCase("--token", "")]
    [TestCase("--source", "replay:/nonexistent.rec")]
    public void Options_that_cannot_work_are_one_line_and_exit_2(string option, string value)
    {
        var result = CommandLine.Run("serve", option, value);

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error.TrimEnd('\n').Split('\n'), Has.Length.EqualTo(1), result.Error);
        Assert.That(result.Output, Is.Empty);
    }

    [Test]
    public void A_port_in_use_is_one_line_and_exit_1()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var result = CommandLine.Run("serve", "--source", "sim", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.That(result.ExitCode, Is.EqualTo(1), result.Error);
        Assert.That(result.Error, Does.Contain($"cannot listen on 127.0.0.1:{port}"));
    }

    private static async Task WaitForStatusAsync(HttpClient client, HttpStatusCode status, ServeProcess server)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            using var response = await client.GetAsync("api/pcars2");
            if (response.StatusCode == status)
            {
                return;
            }

            Assert.That(DateTime.UtcNow, Is.LessThan(deadline), $"still {response.StatusCode}, waiting for {status}: {server.Error}");
            await Task.Delay(100);
        }
    }

    private Process StartSimulator(string game, int seconds)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(TestContext.CurrentContext.TestDirectory, "simlayouts.dll"), "simulate", game, "--shm-dir", _directory, "--duration", seconds.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        return Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
    }
}
