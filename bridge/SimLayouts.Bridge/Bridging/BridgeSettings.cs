using System;

namespace SimLayouts.Bridge.Bridging;

/// <summary>How a <see cref="FrameBridge"/> runs: the seed's options plus a frame limit.</summary>
public sealed record BridgeSettings
{
    /// <summary>The Node server every default URL points at, as in the seed.</summary>
    public const string DefaultServer = "http://127.0.0.1:3000";

    /// <summary>The seed's default time between frames.</summary>
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromSeconds(0.2);

    /// <summary>The seed's default HTTP timeout.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(2.0);

    /// <summary>
    /// Where <paramref name="layout"/>'s frames are POSTed unless <c>--url</c> says otherwise: <see cref="DefaultServer"/>
    /// and the path the layout declares (<c>bridge: { ingest: … }</c>, <see cref="BridgeDescription.IngestPath"/>).
    /// </summary>
    public static string DefaultUrl(LayoutDescription layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        return DefaultServer + layout.Bridge.IngestPath;
    }

    /// <summary>Where frames are POSTed (ignored when <see cref="Print"/> is set).</summary>
    public required Uri Url { get; init; }

    /// <summary>Time between frames; must be positive.</summary>
    public TimeSpan Interval { get; init; } = DefaultInterval;

    /// <summary>How long one POST may take, connecting included.</summary>
    public TimeSpan Timeout { get; init; } = DefaultTimeout;

    /// <summary>Stop after this many frames (built and sent or printed); null runs until cancelled.</summary>
    public long? FrameLimit { get; init; }

    /// <summary>Write frames to the output (one JSON document per line) instead of POSTing them.</summary>
    public bool Print { get; init; }

    /// <summary>Indent printed frames for people (a frame then spans several lines).</summary>
    public bool Indented { get; init; }

    /// <summary>Give up at once when the game is not running, instead of waiting for it.</summary>
    public bool NoWait { get; init; }

    /// <summary>How often repeated POST failures are reported on the status stream.</summary>
    public TimeSpan FailureReportInterval { get; init; } = TimeSpan.FromSeconds(5);
}
