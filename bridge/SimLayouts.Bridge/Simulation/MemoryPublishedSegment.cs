using System;

namespace SimLayouts.Bridge.Simulation;

/// <summary>
/// A segment that lives in this process's memory: the writer's side for <see cref="SimulatorSource"/>, so that
/// simulated pages go through <see cref="Publishing.PagePublisher"/> and its consistency protocol like a game's.
/// </summary>
internal sealed class MemoryPublishedSegment : Publishing.PublishedSegment
{
    private readonly byte[] _bytes;

    public MemoryPublishedSegment(string name, int length)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 1);
        Name = name;
        _bytes = new byte[length];
    }

    /// <inheritdoc/>
    public override string Name { get; }

    /// <inheritdoc/>
    public override Span<byte> Bytes => _bytes;

    /// <inheritdoc/>
    public override int Length => _bytes.Length;

    /// <inheritdoc/>
    public override string Location => "memory of this process";

    /// <summary>The reader's side of the same bytes.</summary>
    public MemorySegment OpenForReading() => new(Name, _bytes);

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
    }
}
