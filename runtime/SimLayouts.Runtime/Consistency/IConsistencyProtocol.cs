using System;
using SimLayouts.Sources;

namespace SimLayouts.Consistency;

/// <summary>
/// One way of taking a copy of a page that its writer did not change halfway, and the matching way of writing it.
/// A reader calls <see cref="TryBegin"/>, copies the page, then asks <see cref="IsConsistent"/>; a publisher calls
/// <see cref="Publish"/>. Implementations are small readonly structs registered in <see cref="ConsistencyProtocols"/>;
/// the snapshot reader is generic over them, so their calls inline.
/// </summary>
internal interface IConsistencyProtocol
{
    /// <summary>How many bytes of the page the protocol needs to exist (its counter's end; 0 for none).</summary>
    int RequiredLength { get; }

    /// <summary>
    /// Before a copy: reads what the copy will be checked against. False when the writer is in the middle of an
    /// update (nothing worth copying now) or the counter cannot be read.
    /// </summary>
    /// <param name="live">The segment's bytes.</param>
    /// <param name="length">
    /// How many bytes to copy: all the page bytes the segment holds on entry; a protocol whose writer says how much
    /// it updated (a "bytes updated" hint) may lower it, and the snapshot is then that long.
    /// </param>
    /// <param name="counter">The counter the copy is taken under (0 for protocols without one).</param>
    bool TryBegin(in LiveBytes live, ref int length, out uint counter);

    /// <summary>After a copy: whether <paramref name="copy"/> is one consistent state of the page.</summary>
    /// <param name="live">The segment's bytes.</param>
    /// <param name="counter">What <see cref="TryBegin"/> returned.</param>
    /// <param name="copy">The bytes copied.</param>
    bool IsConsistent(in LiveBytes live, uint counter, ReadOnlySpan<byte> copy);

    /// <summary>The writer's side: writes <paramref name="page"/> over the start of <paramref name="live"/> as one update.</summary>
    /// <param name="live">The segment's writable memory, at least <see cref="RequiredLength"/> bytes.</param>
    /// <param name="page">The new page, at most as long as <paramref name="live"/>; its counter bytes are ignored.</param>
    void Publish(Span<byte> live, ReadOnlySpan<byte> page);
}

/// <summary>A protocol's identity and factory, for the registry and for readers generic over it.</summary>
/// <typeparam name="TSelf">The implementing struct.</typeparam>
internal interface IConsistencyProtocol<TSelf> : IConsistencyProtocol
    where TSelf : struct, IConsistencyProtocol<TSelf>
{
    /// <summary>The name layouts give it: <c>consistency: { protocol: NAME }</c>.</summary>
    static abstract string Name { get; }

    /// <summary>The value generated metadata carries for pages that declare this protocol.</summary>
    static abstract ConsistencyProtocol Declared { get; }

    /// <summary>
    /// Whether the page carries a counter that moves with every update: an unchanged counter then means an
    /// unchanged page (no copy needed), and counters that stop mean the writer left.
    /// </summary>
    static abstract bool HasCounter { get; }

    /// <summary>The protocol for <paramref name="page"/> (its counter offset, ...).</summary>
    static abstract TSelf For(PageDescription page);
}
