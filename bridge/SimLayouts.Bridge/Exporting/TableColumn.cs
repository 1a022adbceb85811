using System;
using System.Collections.Generic;
using SimLayouts.Bridge.Members;

namespace SimLayouts.Bridge.Exporting;

/// <summary>
/// One column of an exported table: one value of one page per frame (a member, or one element of an array member,
/// flattened as <c>page.member[i].child</c>), where it is in the page, and how to read it. A cell is empty (null) when
/// the page is too short to hold it (an older revision) or its element is past an array's active count.
/// </summary>
internal sealed class TableColumn
{
    private readonly CountGate[] _gates;
    private byte[] _lastText = [];
    private string? _lastString;

    public TableColumn(string name, int pageIndex, int offset, LayoutField field, ValueKind kind, EnumText? enumText, IReadOnlyList<CountGate> gates)
    {
        Name = name;
        PageIndex = pageIndex;
        Offset = offset;
        Field = field;
        Kind = kind;
        Enum = enumText;
        _gates = [.. gates];
    }

    /// <summary>The column name: the value's path in the served JSON frame (<c>sharedMemory.participantInfo[3].name</c>).</summary>
    public string Name { get; }

    /// <summary>The page, by index in the layout.</summary>
    public int PageIndex { get; }

    /// <summary>The value's byte offset in its page.</summary>
    public int Offset { get; }

    /// <summary>The member's metadata row (unit, doc, type).</summary>
    public LayoutField Field { get; }

    /// <summary>How the value is stored.</summary>
    public ValueKind Kind { get; }

    /// <summary>For enum members, the names of their values: the column holds text.</summary>
    public EnumText? Enum { get; }

    /// <summary>The active counts the column's element depends on (one per counted array it is inside).</summary>
    public IReadOnlyList<CountGate> Gates => _gates;

    /// <summary>Whether the column holds text (strings, and enums as their names).</summary>
    public bool IsText => MemberValue.IsText(Kind) || Enum is not null;

    /// <summary>Reads an integer or boolean cell (0/1); false for an empty cell.</summary>
    public bool TryReadInteger(ReadOnlySpan<byte> page, out long value)
    {
        value = 0;
        return IsPresent(page) && MemberValue.TryReadInteger(page, Offset, Kind, out value);
    }

    /// <summary>Reads a floating-point cell; false for an empty cell.</summary>
    public bool TryReadFloat(ReadOnlySpan<byte> page, out double value)
    {
        value = 0;
        return IsPresent(page) && MemberValue.TryReadNumber(page, Offset, Kind, out value);
    }

    /// <summary>
    /// Reads a text cell: a string decoded as lossy UTF-8 or UTF-16, or an enum value's name; null for an empty cell. The same text
    /// in consecutive frames gives the same string instance (names rarely change; long sessions stay light).
    /// </summary>
    public string? ReadText(ReadOnlySpan<byte> page)
    {
        if (!IsPresent(page))
        {
            return null;
        }

        if (Enum is not null)
        {
            return MemberValue.TryReadInteger(page, Offset, Kind, out var value) ? Enum.Format(value) : null;
        }

        if (!MemberValue.TryReadText(page, Offset, Field.Dims[^1] * Field.ElementSize, Kind, out var text))
        {
            return null;
        }

        if (_lastString is not null && text.SequenceEqual(_lastText))
        {
            return _lastString;
        }

        _lastText = text.ToArray();
        _lastString = MemberValue.DecodeText(text, Kind);
        return _lastString;
    }

    private bool IsPresent(ReadOnlySpan<byte> page)
    {
        foreach (var gate in _gates)
        {
            if (!gate.IsOpen(page))
            {
                return false;
            }
        }

        return true;
    }
}
