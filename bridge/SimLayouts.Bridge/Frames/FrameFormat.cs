using System;
using System.Diagnostics.CodeAnalysis;
using SimLayouts.Reading;

namespace SimLayouts.Bridge.Frames;

/// <summary>
/// What the bridge sends for one game: the JSON frame built from a <see cref="LayoutFrame"/>, the ingest URL it
/// goes to by default, and what the status line says about it.
/// </summary>
public abstract class FrameFormat
{
    /// <summary>The server every default URL points at, as in the seed.</summary>
    public const string DefaultServer = "http://127.0.0.1:3000";

    /// <summary>The frame's <c>source</c>, as the seed names it.</summary>
    public const string SourceName = Pcars2FrameWriter.SourceName;

    /// <summary>The layout whose frames this format writes.</summary>
    public abstract LayoutDescription Layout { get; }

    /// <summary>Where frames are POSTed unless <c>--url</c> says otherwise.</summary>
    public abstract string DefaultUrl { get; }

    /// <summary>The format for <paramref name="layout"/>, if the bridge knows the game (a new instance each call).</summary>
    public static bool TryGet(LayoutDescription layout, [NotNullWhen(true)] out FrameFormat? format)
    {
        format = ReferenceEquals(layout, Pcars2.Pcars2Layout.Description) ? Pcars2FrameFormat.Create()
            : ReferenceEquals(layout, AcEvo.AcEvoLayout.Description) ? AcEvoFrameFormat.Instance
            : null;
        return format is not null;
    }

    /// <summary>Appends one frame as a compact JSON object; allocates nothing.</summary>
    /// <param name="json">Where the frame goes.</param>
    /// <param name="frame">The layout frame (a torn-free snapshot of every page).</param>
    /// <param name="sequence">The frame's number: 0 for the first frame sent, then +1 per frame.</param>
    /// <param name="capturedAt">When the pages were read for this frame.</param>
    public abstract void Write(RawJsonWriter json, LayoutFrame frame, long sequence, DateTimeOffset capturedAt);

    /// <summary>A few words for the periodic status line (<c>with 24 participants</c>), or an empty string.</summary>
    public abstract string Describe(LayoutFrame frame);
}
