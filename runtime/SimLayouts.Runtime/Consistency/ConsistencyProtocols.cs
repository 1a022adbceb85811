using System;
using System.Collections.Generic;
using System.Linq;
using SimLayouts.Snapshots;

namespace SimLayouts.Consistency;

/// <summary>
/// The consistency protocols the runtime implements, by the names layouts give them
/// (<c>consistency: { protocol: seqlock }</c>): the one list readers, publishers and the layout language's
/// documents are held to. A new protocol is one <see cref="IConsistencyProtocol{TSelf}"/> struct and one line in
/// this list; the generator's list of names follows it (a test compares them).
/// </summary>
internal static class ConsistencyProtocols
{
    private static readonly ProtocolEntry[] s_entries =
    [
        ProtocolEntry.Of<ContentComparison>(),
        ProtocolEntry.Of<Seqlock>(),
        ProtocolEntry.Of<ChangeCounter>(),
        ProtocolEntry.Of<VersionBlock>(),
    ];

    /// <summary>The protocol names, as layouts write them (<c>none</c>, <c>seqlock</c>, <c>counter</c>, <c>version-block</c>).</summary>
    public static IReadOnlyList<string> Names { get; } = [.. s_entries.Select(entry => entry.Name)];

    /// <summary>The name of the protocol <paramref name="page"/> declares.</summary>
    /// <exception cref="NotSupportedException">The page declares a protocol this runtime does not implement.</exception>
    public static string NameOf(PageDescription page) => Find(page).Name;

    /// <summary>Whether <paramref name="page"/>'s protocol keeps a counter that moves with every update.</summary>
    /// <exception cref="NotSupportedException">The page declares a protocol this runtime does not implement.</exception>
    public static bool HasCounter(PageDescription page) => Find(page).HasCounter;

    /// <summary>Whether the protocol named <paramref name="name"/> keeps a counter (layouts then name it: <c>counter: FIELD</c>).</summary>
    /// <exception cref="ArgumentException">No protocol has that name.</exception>
    public static bool HasCounter(string name)
    {
        foreach (var entry in s_entries)
        {
            if (string.Equals(entry.Name, name, StringComparison.Ordinal))
            {
                return entry.HasCounter;
            }
        }

        throw new ArgumentException($"'{name}' is not one of the consistency protocols ({string.Join(", ", Names)}).", nameof(name));
    }

    /// <summary>The protocol <paramref name="page"/> declares, for writing pages (publishers).</summary>
    /// <exception cref="NotSupportedException">The page declares a protocol this runtime does not implement.</exception>
    public static IConsistencyProtocol For(PageDescription page) => Find(page).Create(page);

    /// <summary>A snapshot reader of <paramref name="page"/>, generic over the page's protocol.</summary>
    internal static SnapshotReader CreateReader(PageDescription page, int maximumAttempts, TimeProvider? time, bool atRest) =>
        Find(page).CreateReader(page, maximumAttempts, time, atRest);

    private static ProtocolEntry Find(PageDescription page)
    {
        ArgumentNullException.ThrowIfNull(page);
        foreach (var entry in s_entries)
        {
            if (entry.Declared == page.Consistency)
            {
                return entry;
            }
        }

        throw new NotSupportedException($"Page {page.LayoutName}/{page.NativeName} declares the consistency protocol {page.Consistency}, which this runtime does not implement.");
    }

    private abstract class ProtocolEntry
    {
        public abstract string Name { get; }

        public abstract ConsistencyProtocol Declared { get; }

        public abstract bool HasCounter { get; }

        public static ProtocolEntry Of<TProtocol>()
            where TProtocol : struct, IConsistencyProtocol<TProtocol>
            => new Entry<TProtocol>();

        public abstract IConsistencyProtocol Create(PageDescription page);

        public abstract SnapshotReader CreateReader(PageDescription page, int maximumAttempts, TimeProvider? time, bool atRest);
    }

    private sealed class Entry<TProtocol> : ProtocolEntry
        where TProtocol : struct, IConsistencyProtocol<TProtocol>
    {
        public override string Name => TProtocol.Name;

        public override ConsistencyProtocol Declared => TProtocol.Declared;

        public override bool HasCounter => TProtocol.HasCounter;

        public override IConsistencyProtocol Create(PageDescription page) => TProtocol.For(page);

        public override SnapshotReader CreateReader(PageDescription page, int maximumAttempts, TimeProvider? time, bool atRest) =>
            new SnapshotReader<TProtocol>(page, TProtocol.For(page), maximumAttempts, time, atRest);
    }
}
