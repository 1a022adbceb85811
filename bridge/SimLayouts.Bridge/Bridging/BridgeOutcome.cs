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

    /// <summary>
    /// Nothing to send: the game was not running and the bridge was told not to wait (<c>--no-wait</c>), or a file
    /// or recording held no page that can be read.
    /// </summary>
    NoGame,

    /// <summary>The reader of the printed frames went away (a closed pipe: <c>--print | head -n 1</c>).</summary>
    OutputClosed,
}
