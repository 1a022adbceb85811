using System;
using System.Net;

namespace SimLayouts.Bridge.Serving;

/// <summary>What <c>simlayouts serve</c> was asked to do.</summary>
internal sealed record ServeSettings
{
    /// <summary>The port when none is given (CREST2's).</summary>
    public const int DefaultPort = 8180;

    /// <summary>The address to listen on: loopback unless the user says otherwise.</summary>
    public IPAddress Address { get; init; } = IPAddress.Loopback;

    /// <summary>The TCP port; 0 lets the system pick a free one (the status line says which).</summary>
    public int Port { get; init; } = DefaultPort;

    /// <summary>When set, every <c>/api</c> request must carry it as a bearer token or <c>?token=</c>.</summary>
    public string? Token { get; init; }

    /// <summary>How often the game's pages are polled.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(10);
}
