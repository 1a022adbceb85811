using System;
using System.Threading;
using SimLayouts.Sources;

namespace SimLayouts.Consistency;

/// <summary>
/// <c>none</c> (AC EVO's static page): no counter, so a copy is good when the page still reads the same after it
/// was taken, and a change is only seen by comparing bytes. Also how pages of files and recordings are read
/// whose counter says they were saved mid-write.
/// </summary>
internal readonly struct ContentComparison : IConsistencyProtocol<ContentComparison>
{
    /// <inheritdoc/>
    public static string Name => "none";

    /// <inheritdoc/>
    public static ConsistencyProtocol Declared => ConsistencyProtocol.None;

    /// <inheritdoc/>
    public static bool HasCounter => false;

    /// <inheritdoc/>
    public int RequiredLength => 0;

    /// <inheritdoc/>
    public static ContentComparison For(PageDescription page) => default;

    /// <inheritdoc/>
    public bool TryBegin(in LiveBytes live, ref int length, out uint counter)
    {
        counter = 0;
        return true;
    }

    /// <inheritdoc/>
    public bool IsConsistent(in LiveBytes live, uint counter, ReadOnlySpan<byte> copy)
    {
        Volatile.ReadBarrier();
        return live.ContentEquals(copy);
    }

    /// <inheritdoc/>
    public void Publish(Span<byte> live, ReadOnlySpan<byte> page) => page.CopyTo(live);
}
