using SimLayouts.Sources;

namespace SimLayouts.Bridge.Simulation;

/// <summary>The reader's side of a <see cref="MemoryPublishedSegment"/>: the same bytes, read-only.</summary>
internal sealed class MemorySegment(string name, byte[] bytes) : ISegment
{
    /// <inheritdoc/>
    public string Name { get; } = name;

    /// <inheritdoc/>
    public int Length => bytes.Length;

    /// <inheritdoc/>
    public LiveBytes Live => new(bytes);

    /// <inheritdoc/>
    public bool Refresh() => true;

    /// <inheritdoc/>
    public void Dispose()
    {
    }
}
