using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO.Compression;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SimLayouts.Bridge.Frames;
using SimLayouts.Bridge.Roles;

namespace SimLayouts.Bridge.Serving;

/// <summary>
/// The web server of <c>simlayouts serve</c> (Kestrel): the latest frame of one game as JSON, one page with chosen
/// members, a Server-Sent Events stream, the layouts' metadata, an OpenAPI document and the overlay page. Read-only,
/// CORS open (overlays live on other origins), gzip/brotli when the client asks. Nothing in it is about one game:
/// everything comes from the served layout's metadata and the registry.
/// </summary>
internal sealed class TelemetryServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly FrameKeeper _keeper;
    private readonly LayoutDescription _layout;
    private readonly byte[] _catalog;
    private readonly byte[] _openApi;
    private readonly IReadOnlyDictionary<string, (byte[] Bytes, string ContentType)> _overlay;
    private readonly byte[][] _pageNames;

    private TelemetryServer(FrameKeeper keeper, ServeSettings settings, IReadOnlyDictionary<LayoutDescription, LayoutRoles> roles)
    {
        _keeper = keeper;
        _layout = keeper.Layout;
        _catalog = LayoutCatalog.Write(_layout, BuiltInLayouts.All, roles);
        _openApi = OpenApiDocument.Write(_layout, settings.Token is not null, typeof(TelemetryServer).Assembly.GetName().Version?.ToString() ?? "0");
        _overlay = OverlayFiles.Load();
        _pageNames = [.. _layout.Pages.Select(page => (byte[])[(byte)'"', .. JsonEncodedText.Encode(page.JsonName).EncodedUtf8Bytes, (byte)'"', (byte)':'])];

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = "simlayouts", ContentRootPath = AppContext.BaseDirectory });
        // Status goes to stderr through the command's own lines; the framework's logs would only repeat them.
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(settings.Address, settings.Port);
        });
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(5));
        builder.Services.AddCors();
        builder.Services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            // Event streams stay uncompressed: every event must leave at once.
            options.MimeTypes = ["application/json", "text/html", "text/css", "text/javascript"];
        });
        builder.Services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        builder.Services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        _app = builder.Build();

        var gate = settings.Token is { } token ? new TokenGate(token) : null;
        _app.UseCors(cors => cors.AllowAnyOrigin().AllowAnyHeader().WithMethods("GET"));
        _app.Use(async (context, next) =>
        {
            if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
            {
                context.Response.Headers.Allow = "GET";
                await ApiError.WriteAsync(context, StatusCodes.Status405MethodNotAllowed, "this server is read-only: only GET requests.").ConfigureAwait(false);
                return;
            }

            if (gate is not null && TokenGate.Guards(context.Request) && !gate.Admits(context.Request))
            {
                context.Response.Headers.WWWAuthenticate = "Bearer";
                await ApiError.WriteAsync(context, StatusCodes.Status401Unauthorized, "this server needs its token: Authorization: Bearer <token>, or ?token=<token>.").ConfigureAwait(false);
                return;
            }

            await next(context).ConfigureAwait(false);
        });
        _app.UseResponseCompression();
        MapEndpoints(_app);
    }

    /// <summary>The address the server listens on (<c>http://127.0.0.1:8180</c>), known once started.</summary>
    public string Address { get; private set; } = string.Empty;

    /// <summary>Creates the server for <paramref name="keeper"/>'s game.</summary>
    public static TelemetryServer Create(FrameKeeper keeper, ServeSettings settings, IReadOnlyDictionary<LayoutDescription, LayoutRoles> roles)
    {
        ArgumentNullException.ThrowIfNull(keeper);
        ArgumentNullException.ThrowIfNull(settings);
        return new TelemetryServer(keeper, settings, roles);
    }

    /// <summary>Starts listening; throws <see cref="System.IO.IOException"/> when the address is taken.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await _app.StartAsync(cancellationToken).ConfigureAwait(false);
        var addresses = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        Address = addresses?.FirstOrDefault() ?? string.Empty;
    }

    /// <summary>Stops listening and ends every event stream.</summary>
    public Task StopAsync() => _app.StopAsync();

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private void MapEndpoints(IEndpointRouteBuilder routes)
    {
        foreach (var (path, file) in _overlay)
        {
            routes.MapGet(path, context => WriteBytesAsync(context, file.Bytes, file.ContentType));
        }

        routes.MapGet(OpenApiDocument.Path, context => WriteBytesAsync(context, _openApi, "application/json; charset=utf-8"));
        routes.MapGet("/api/layouts", context => WriteBytesAsync(context, _catalog, "application/json; charset=utf-8"));
        routes.MapGet("/api/{game}", FrameAsync);
        routes.MapGet("/api/{game}/events", EventsAsync);
        routes.MapGet("/api/{game}/{page}", PageAsync);
        routes.MapFallback(context => ApiError.WriteAsync(context, StatusCodes.Status404NotFound, $"no such endpoint: {context.Request.Path}. See {OpenApiDocument.Path}."));
    }

    private Task FrameAsync(HttpContext context)
    {
        if (CheckGame(context) is { } refused)
        {
            return refused;
        }

        if (!TryEnums(context, out var enums))
        {
            return BadEnums(context);
        }

        // A frame replaced while it is written is not written again: the newer one is taken.
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var state = _keeper.Current;
            if (state.Frame is not { } frame)
            {
                return ApiError.NoFrameAsync(context, state, _layout);
            }

            if (_keeper.FrameJson(frame, enums) is { } json)
            {
                return WriteBytesAsync(context, json, "application/json; charset=utf-8");
            }
        }

        return ApiError.NoFrameAsync(context, _keeper.Current, _layout);
    }

    private Task PageAsync(HttpContext context)
    {
        if (CheckGame(context) is { } refused)
        {
            return refused;
        }

        var name = (string)context.Request.RouteValues["page"]!;
        var index = FindPage(name);
        if (index < 0)
        {
            return ApiError.WriteAsync(context, StatusCodes.Status404NotFound, $"{_layout.Name} has no page '{name}'.", "pages", _layout.Pages.Select(page => page.JsonName));
        }

        var page = _layout.Pages[index];
        if (!TryEnums(context, out var enums))
        {
            return BadEnums(context);
        }

        PageFieldSelection? selection = null;
        if (context.Request.Query.TryGetValue("fields", out var fields) && !PageFieldSelection.TryParse(page, fields.ToString(), out selection, out var unknown))
        {
            var message = unknown.Length == 0 ? $"fields names no member of {page.JsonName}." : $"{page.JsonName} has no member '{unknown}'.";
            return ApiError.WriteAsync(context, StatusCodes.Status400BadRequest, message, "fields", PageFieldSelection.ValidNames(page));
        }

        using var frame = _keeper.AcquireFrame(out var state);
        if (frame is null)
        {
            return ApiError.NoFrameAsync(context, state, _layout);
        }

        var options = new PageJsonOptions { Enums = enums };
        var json = ServedFrame.Scratch();
        PagesFrameFormat.WriteStart(json, frame.Sequence, frame.CapturedAt);
        json.WritePropertyName(_pageNames[index]);
        if (selection is null)
        {
            page.WriteJson(frame[index].Bytes, json, options);
        }
        else
        {
            var whole = new RawJsonWriter(page.Size * 2) { Encoder = json.Encoder };
            page.WriteJson(frame[index].Bytes, whole, options);
            selection.WriteSelected(whole.WrittenSpan, json);
        }

        json.WriteRaw((byte)'}');
        // The scratch writer belongs to this thread: copy before anything awaits.
        return WriteBytesAsync(context, json.WrittenSpan.ToArray(), "application/json; charset=utf-8");
    }

    private Task EventsAsync(HttpContext context)
    {
        if (CheckGame(context) is { } refused)
        {
            return refused;
        }

        if (!TryEnums(context, out var enums))
        {
            return BadEnums(context);
        }

        var rate = EventStream.DefaultRate;
        if (context.Request.Query.TryGetValue("rate", out var rateText)
            && (!double.TryParse(rateText.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture, out rate) || !(rate > 0) || rate > EventStream.MaximumRate))
        {
            return ApiError.WriteAsync(context, StatusCodes.Status400BadRequest, $"rate must be a number of frames per second above 0 and at most {EventStream.MaximumRate.ToString(CultureInfo.InvariantCulture)}.");
        }

        var stopping = context.RequestServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        return EventStream.RunAsync(context, _keeper, rate, enums, stopping);
    }

    // Null when the request names the served game; otherwise the 404 that says which games there are.
    private Task? CheckGame(HttpContext context)
    {
        var game = (string)context.Request.RouteValues["game"]!;
        if (string.Equals(game, _layout.Name, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return BuiltInLayouts.TryGet(game, out var other)
            ? ApiError.WriteAsync(context, StatusCodes.Status404NotFound, $"this server serves {_layout.Name}, not {other.Name} (start simlayouts serve --game {other.Name} for it).", "served", [_layout.Name])
            : ApiError.WriteAsync(context, StatusCodes.Status404NotFound, $"unknown game '{game}'.", "games", BuiltInLayouts.Names);
    }

    private int FindPage(string name)
    {
        for (var index = 0; index < _layout.Pages.Count; index++)
        {
            var page = _layout.Pages[index];
            if (string.Equals(page.JsonName, name, StringComparison.OrdinalIgnoreCase) || string.Equals(page.NativeName, name, StringComparison.OrdinalIgnoreCase) || string.Equals(page.CSharpName, name, StringComparison.OrdinalIgnoreCase))
            {
                return index;
            }
        }

        return -1;
    }

    private static bool TryEnums(HttpContext context, out JsonEnumFormat enums)
    {
        enums = JsonEnumFormat.Names;
        if (!context.Request.Query.TryGetValue("enums", out var text))
        {
            return true;
        }

        switch (text.ToString())
        {
            case "names":
                return true;
            case "numbers":
                enums = JsonEnumFormat.Numbers;
                return true;
            default:
                return false;
        }
    }

    private static Task BadEnums(HttpContext context) =>
        ApiError.WriteAsync(context, StatusCodes.Status400BadRequest, "enums must be names or numbers.");

    private static Task WriteBytesAsync(HttpContext context, byte[] bytes, string contentType)
    {
        context.Response.ContentType = contentType;
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.Body.WriteAsync(bytes, context.RequestAborted).AsTask();
    }
}
