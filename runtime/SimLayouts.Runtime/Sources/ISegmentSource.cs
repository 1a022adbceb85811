using System;

namespace SimLayouts.Sources;

/// <summary>
/// Where segment bytes come from: shared memory, files, or a recording. A reader opens each page's segment by
/// name and asks the source to <see cref="Advance"/> once per poll.
/// </summary>
public interface ISegmentSource : IDisposable
{
    /// <summary>A human-readable description for status messages (<c>shared memory in /dev/shm</c>).</summary>
    string Description { get; }

    /// <summary>
    /// Whether the bytes are written by a running game: only then do a stopped counter or a removed segment mean
    /// that the game left. Files and recordings are not live.
    /// </summary>
    bool IsLive { get; }

    /// <summary>Opens a segment by the name the layout declares, or returns null when it does not exist (yet).</summary>
    /// <param name="segmentName">The layout's segment name (<c>$pcars2$</c>, <c>Local\acevo_pmf_physics</c>).</param>
    /// <exception cref="System.IO.IOException">
    /// The segment exists but cannot be read (another user's file, a directory or FIFO in its place); the message
    /// says why in one sentence. Readers report it and try again later.
    /// </exception>
    ISegment? TryOpen(string segmentName);

    /// <summary>
    /// Called by readers before each poll. Live sources do nothing; a replay moves its pages to the frame that is
    /// due. Returns false once a finite source has nothing more to give.
    /// </summary>
    bool Advance();

    /// <summary>How long a poller should wait before the next poll, or null to use its own interval.</summary>
    TimeSpan? DelayBeforeNextPoll { get; }
}
