using System;
using SimLayouts.Reading;

namespace SimLayouts.Bridge.Frames;

/// <summary>
/// What the bridge sends for one game: the JSON frame built from a <see cref="LayoutFrame"/>, and what the status
/// line says about it. A layout names its format in YAML (<c>bridge: { frame: … }</c>,
/// <see cref="BridgeDescription.Frame"/>); <see cref="FrameFormats"/> finds it by that name.
/// </summary>
public abstract class FrameFormat
{
    /// <summary>The frame's <c>source</c>, as the seed names it.</summary>
    public const string SourceName = Pcars2FrameWriter.SourceName;

    /// <summary>The layout whose frames this format writes.</summary>
    public abstract LayoutDescription Layout { get; }

    /// <summary>Appends one frame as a compact JSON object; allocates nothing.</summary>
    /// <param name="json">Where the frame goes.</param>
    /// <param name="frame">The layout frame (a torn-free snapshot of every page).</param>
    /// <param name="sequence">The frame's number: 0 for the first frame sent, then +1 per frame.</param>
    /// <param name="capturedAt">When the pages were read for this frame.</param>
    public abstract void Write(RawJsonWriter json, LayoutFrame frame, long sequence, DateTimeOffset capturedAt);

    /// <summary>A few words for the periodic status line (<c>with 24 participants</c>), or an empty string.</summary>
    public abstract string Describe(LayoutFrame frame);
}
