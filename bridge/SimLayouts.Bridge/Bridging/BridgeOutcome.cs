namespace SimLayouts.Bridge.Bridging;

/// <summary>How a <see cref="FrameBridge"/> run ended.</summary>
public enum BridgeOutcome
{
    /// <summary>The frame limit was reached (<c>--frames</c>, <c>--once</c>).</summary>
    FrameLimitReached,

    /// <summary>Cancelled (Ctrl+C).</summary>
    Stopped,

    /// <summary>A finite source (a recording) ran out of frames.</summary>
    SourceEnded,

    /// <summary>The game was not running and the bridge was told not to wait (<c>--no-wait</c>).</summary>
    NoGame,
}
