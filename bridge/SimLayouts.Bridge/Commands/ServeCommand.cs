using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using SimLayouts.Bridge.Bridging;
using SimLayouts.Bridge.Roles;
using SimLayouts.Bridge.Serving;
using SimLayouts.Reading;

namespace SimLayouts.Bridge.Commands;

/// <summary>
/// <c>simlayouts serve [--game G] [--source ...] [--port 8180] [--listen ADDR] [--token T]</c>: serves the game's latest
/// frame over HTTP (JSON, Server-Sent Events, the overlay page at <c>/</c>) until Ctrl+C. See docs/serve.md.
/// </summary>
internal static class ServeCommand
{
    /// <summary>The exit code for bad arguments.</summary>
    public const int UsageExitCode = 2;

    /// <summary>The exit code when the server cannot listen (the port is taken, the address is not this machine's).</summary>
    public const int ListenExitCode = 1;

    /// <summary>Builds the <c>serve</c> command.</summary>
    public static Command Create()
    {
        var gameOption = new Option<string>("--game")
        {
            Description = $"The game to serve ({GameArgument.List(BuiltInLayouts.Names)}).",
            // The bridge's default game, which is CREST2's too.
            DefaultValueFactory = _ => BridgeCommand.DefaultGame,
            HelpName = GameArgument.Choices(BuiltInLayouts.Names),
        };
        gameOption.CompletionSources.Add([.. BuiltInLayouts.Names]);
        var portOption = new Option<int>("--port")
        {
            Description = "TCP port (0: any free port; the status line says which).",
            DefaultValueFactory = _ => ServeSettings.DefaultPort,
            HelpName = "PORT",
        };
        var listenOption = new Option<string>("--listen")
        {
            Description = "Address to listen on: 127.0.0.1 (this machine only), or 0.0.0.0 / :: / an address of this machine to let other devices in (then give --token).",
            DefaultValueFactory = _ => "127.0.0.1",
            HelpName = "ADDR",
        };
        var tokenOption = new Option<string?>("--token")
        {
            Description = "Require this token on every /api request, as 'Authorization: Bearer T' or ?token=T.",
            HelpName = "T",
        };

        var command = new Command("serve", "Serve the game's live telemetry over HTTP: JSON frames, pages with chosen fields, Server-Sent Events, and an overlay page at /.")
        {
            gameOption,
            portOption,
            listenOption,
            tokenOption,
        };
        var sourceOptions = SourceOptions.AddTo(command);

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var status = new StatusWriter(parseResult.InvocationConfiguration.Error);
            var game = parseResult.GetValue(gameOption);
            if (!BuiltInLayouts.TryGet(game, out var layout))
            {
                return Fail(status, GameArgument.Unknown("game", game));
            }

            var port = parseResult.GetValue(portOption);
            if (port is < 0 or > 65535)
            {
                return Fail(status, "--port must be between 0 and 65535.");
            }

            var listen = parseResult.GetValue(listenOption) ?? "127.0.0.1";
            if (!TryParseAddress(listen, out var address))
            {
                return Fail(status, $"--listen '{listen}' is not an IP address (127.0.0.1, 0.0.0.0, ::, or one of this machine's).");
            }

            var token = parseResult.GetValue(tokenOption);
            if (token is not null && (token.Length == 0 || token.Trim() != token))
            {
                return Fail(status, "--token must not be empty or start or end with spaces.");
            }

            if (!sourceOptions.TryResolve(parseResult, layout, out var source, out var sourceError))
            {
                return Fail(status, sourceError);
            }

            var settings = new ServeSettings { Address = address, Port = port, Token = token };
            return await RunAsync(layout, new LayoutReader(layout, source), settings, status, cancellationToken).ConfigureAwait(false);
        });

        return command;
    }

    private static async Task<int> RunAsync(LayoutDescription layout, LayoutReader reader, ServeSettings settings, StatusWriter status, CancellationToken cancellationToken)
    {
        using var keeper = new FrameKeeper(reader, settings.PollInterval);
        keeper.StateChanged += (_, change) => status.Line(change.Message);
        reader.Warning += (_, warning) => status.Line("warning: " + warning.Message);
        var server = TelemetryServer.Create(keeper, settings, LoadRoles(status));
        await using (server.ConfigureAwait(false))
        {
            try
            {
                await server.StartAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (IOException exception)
            {
                status.Line(string.Create(CultureInfo.InvariantCulture, $"cannot listen on {settings.Address}:{settings.Port}: {exception.Message}"));
                return ListenExitCode;
            }
            catch (OperationCanceledException)
            {
                return 0;
            }

            status.Line($"serving {layout.Name} from {reader.Source.Description} on {server.Address}/ (overlay at /, frames at /api/{layout.Name}, events at /api/{layout.Name}/events); Ctrl+C stops.");
            if (!IPAddress.IsLoopback(settings.Address) && settings.Token is null)
            {
                status.Line("warning: listening beyond this machine without --token: anyone on the network can read the telemetry.");
            }

            try
            {
                await keeper.RunAsync(cancellationToken).ConfigureAwait(false);
                if (!cancellationToken.IsCancellationRequested)
                {
                    // A recording that ended: keep answering (503, "ended") until Ctrl+C.
                    await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // Ctrl+C.
            }

            await server.StopAsync().ConfigureAwait(false);
            status.Line(string.Create(CultureInfo.InvariantCulture, $"stopped after reading {reader.FrameCount} frames."));
        }

        return 0;
    }

    // The roles of every layout, for /api/layouts and the overlay; a roles file that does not fit its layout is
    // reported and left out (a test keeps the shipped ones fitting).
    private static Dictionary<LayoutDescription, LayoutRoles> LoadRoles(StatusWriter status)
    {
        var roles = new Dictionary<LayoutDescription, LayoutRoles>();
        foreach (var layout in BuiltInLayouts.All)
        {
            if (LayoutRoles.TryLoad(layout, out var loaded, out var error))
            {
                roles[layout] = loaded;
            }
            else
            {
                status.Line("warning: " + error);
            }
        }

        return roles;
    }

    private static bool TryParseAddress(string text, out IPAddress address)
    {
        if (string.Equals(text, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            address = IPAddress.Loopback;
            return true;
        }

        return IPAddress.TryParse(text.Trim('[', ']'), out address!);
    }

    private static int Fail(StatusWriter status, string message)
    {
        status.Line(message);
        return UsageExitCode;
    }
}
