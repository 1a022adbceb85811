using System;
using SimLayouts.Bridge.Members;

namespace SimLayouts.Bridge.Exporting;

/// <summary>
/// An element of an array with a declared active count (<c>count: mNumParticipants</c>) is there only while its index
/// is below the count (clamped to the array's length, as the JSON writers do); past it, the cell is empty.
/// </summary>
/// <param name="CountOffset">Where the count field is in the page.</param>
/// <param name="CountKind">The count field's type.</param>
/// <param name="Element">The element's index in the counted (first) dimension.</param>
internal readonly record struct CountGate(int CountOffset, ValueKind CountKind, int Element)
{
    /// <summary>Whether the element is active in <paramref name="page"/>.</summary>
    public bool IsOpen(ReadOnlySpan<byte> page) =>
        MemberValue.TryReadInteger(page, CountOffset, CountKind, out var count) && Element < count;
}
