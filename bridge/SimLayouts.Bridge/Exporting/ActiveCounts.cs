using System;
using System.Collections.Generic;
using System.Linq;
using SimLayouts.Bridge.Members;

namespace SimLayouts.Bridge.Exporting;

/// <summary>
/// How many elements of each counted array (<c>count: mNumVehicles</c>) the frames of a recording use: the largest
/// active count seen. The table then has columns for those elements only, as the JSON frames hold only them.
/// rFactor 2's telemetry has 128 vehicle slots of about 400 values each, of which a race uses 20-odd; a column for
/// every slot (over 50,000) is wider than DuckDB reads, and all but a few thousand would be empty in every row.
/// </summary>
internal sealed class ActiveCounts
{
    private readonly (CountedArray Array, long Largest)[] _arrays;

    /// <summary>Starts with no element in use for each counted array of <paramref name="schema"/>.</summary>
    public ActiveCounts(TableSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        _arrays = [.. schema.Columns.SelectMany(column => column.Gates.Select(gate => CountedArray.Of(column.PageIndex, gate))).Distinct().Select(array => (array, 0L))];
    }

    /// <summary>Whether the schema has counted arrays at all (if not, there is nothing to observe).</summary>
    public bool Any => _arrays.Length > 0;

    /// <summary>Takes in one frame's counts.</summary>
    public void Observe(PageBytes pages)
    {
        for (var index = 0; index < _arrays.Length; index++)
        {
            ref var entry = ref _arrays[index];
            if (MemberValue.TryReadInteger(pages(entry.Array.PageIndex), entry.Array.CountOffset, entry.Array.CountKind, out var count) && count > entry.Largest)
            {
                entry.Largest = count;
            }
        }
    }

    /// <summary>Whether some observed frame has <paramref name="column"/>'s element inside every active count it depends on.</summary>
    public bool Uses(TableColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        foreach (var gate in column.Gates)
        {
            var array = CountedArray.Of(column.PageIndex, gate);
            if (gate.Element >= Array.Find(_arrays, entry => entry.Array == array).Largest)
            {
                return false;
            }
        }

        return true;
    }

    // One counted array of a page, told by where its count is.
    private readonly record struct CountedArray(int PageIndex, int CountOffset, ValueKind CountKind)
    {
        public static CountedArray Of(int pageIndex, CountGate gate) => new(pageIndex, gate.CountOffset, gate.CountKind);
    }
}
