using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Text;
using SimLayouts.Bridge.Members;

namespace SimLayouts.Bridge.Roles;

/// <summary>
/// A path to one value of a frame, written as the served JSON frame shows it: the page, then members by JSON (or
/// native) name, with <c>[n]</c> or <c>[other.path]</c> picking an array element (<c>sharedMemory.participantInfo
/// [sharedMemory.viewedParticipantIndex].racePosition</c>), and <c>[member=value]</c> picking the first element of
/// an array of structs whose member equals a number or another path's value (<c>scoring.vehicles[isPlayer=1]</c>,
/// <c>telemetry.vehicles[id=scoring.vehicles[isPlayer=1].id]</c>; within the active count when the array has one).
/// Resolved against a layout's metadata, it reads the value from a frame's page bytes.
/// </summary>
internal sealed class RolePath
{
    private readonly Step[] _steps;

    private RolePath(int pageIndex, PageDescription page, Step[] steps)
    {
        PageIndex = pageIndex;
        Page = page;
        _steps = steps;
    }

    /// <summary>The page the value is on, by index in <see cref="LayoutDescription.Pages"/>.</summary>
    public int PageIndex { get; }

    /// <summary>The page the value is on.</summary>
    public PageDescription Page { get; }

    /// <summary>The member at the end of the path.</summary>
    public MemberNode Member => _steps[^1].Member;

    /// <summary>The path in JSON names (<c>sharedMemory.participantInfo[sharedMemory.viewedParticipantIndex].racePosition</c>).</summary>
    public string Text
    {
        get
        {
            var text = new StringBuilder(Page.JsonName);
            foreach (var step in _steps)
            {
                text.Append('.').Append(step.Member.Field.JsonName);
                if (step.Index is { } index)
                {
                    text.Append('[');
                    if (index.Selector is { } selector)
                    {
                        text.Append(selector.Member.Field.JsonName).Append('=');
                    }

                    text.Append(index.Path?.Text ?? index.Literal.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(']');
                }
            }

            return text.ToString();
        }
    }

    /// <summary>
    /// Parses and resolves <paramref name="text"/> in <paramref name="layout"/>. Every array on the way needs an index
    /// unless <paramref name="allowFinalArray"/> lets the last member be a whole array (a standings table); the last
    /// member must be a value unless <paramref name="allowFinalStruct"/> lets it be one struct (a role's
    /// <c>magnitude</c>).
    /// </summary>
    public static bool TryResolve(string text, LayoutDescription layout, Func<PageDescription, PageMembers> members, bool allowFinalArray, [NotNullWhen(true)] out RolePath? path, [NotNullWhen(false)] out string? error, bool allowFinalStruct = false)
    {
        var position = 0;
        if (!TryParse(text, ref position, layout, members, allowFinalArray, allowFinalStruct, out path, out error))
        {
            error ??= $"'{text}' is not a path.";
            return false;
        }

        if (position != text.Length || path is null)
        {
            path = null;
            error = $"'{text}': unexpected '{text[position..]}'.";
            return false;
        }

        error = null;
        return true;
    }

    /// <summary>
    /// Resolves a member of each element of this path's final array (a standings column) by name, or by a dotted path
    /// through embedded structs (<c>driverInfo.name</c>).
    /// </summary>
    public MemberNode? ElementMember(string name)
    {
        var member = Member;
        foreach (var part in name.Split('.'))
        {
            if (member.Child(part) is not { } child || child.IsArray && child.IsStruct)
            {
                return null;
            }

            member = child;
        }

        return member == Member || member.IsStruct ? null : member;
    }

    /// <summary>Reads the value at the end of the path from the frame's page bytes, or false when it is not there (an index out of range, a shorter page).</summary>
    public bool TryRead(Func<int, ReadOnlySpan<byte>> page, out double value)
    {
        value = 0;
        if (!TryLocate(page, out var offset))
        {
            return false;
        }

        return MemberValue.TryReadNumber(page(PageIndex), offset, MemberValue.KindOf(Member.Field), out value);
    }

    /// <summary>
    /// Finds the byte offset of the value (or of the final array, for <c>allowFinalArray</c> paths) in its page,
    /// following every index.
    /// </summary>
    public bool TryLocate(Func<int, ReadOnlySpan<byte>> page, out int offset) => TryLocate(page, out offset, out _);

    /// <summary>
    /// Reads the struct at the end of the path (a <c>magnitude</c> role) as the Euclidean length of its members, all
    /// of them numbers (a velocity's x, y and z), or false when it is not there.
    /// </summary>
    public bool TryReadMagnitude(Func<int, ReadOnlySpan<byte>> page, out double value)
    {
        value = 0;
        if (!TryLocate(page, out _, out var elementBase))
        {
            return false;
        }

        var bytes = page(PageIndex);
        var sum = 0.0;
        foreach (var child in Member.Children)
        {
            if (!MemberValue.TryReadNumber(bytes, child.OffsetFrom(elementBase), MemberValue.KindOf(child.Field), out var component))
            {
                return false;
            }

            sum += component * component;
        }

        value = Math.Sqrt(sum);
        return true;
    }

    // The offset of the value and the start of the innermost array element around it (where the rows of an embedded
    // struct at the end of the path count from).
    private bool TryLocate(Func<int, ReadOnlySpan<byte>> page, out int offset, out int elementBase)
    {
        offset = 0;
        elementBase = 0;
        foreach (var step in _steps)
        {
            offset = step.Member.OffsetFrom(elementBase);
            if (step.Index is not { } index)
            {
                continue;
            }

            var element = (long)index.Literal;
            if (index.Selector is { } selector)
            {
                if (!TrySelect(page, step.Member, offset, selector, index, out element))
                {
                    return false;
                }
            }
            else if (index.Path is { } indexPath)
            {
                if (!indexPath.TryRead(page, out var read) || read != Math.Floor(read))
                {
                    return false;
                }

                element = (long)read;
            }

            if (element < 0 || element >= step.Member.ElementCount)
            {
                return false;
            }

            offset += (int)element * step.Member.Stride;
            if (step.Member.IsStruct)
            {
                elementBase = offset;
            }
        }

        return true;
    }

    // The first element of the struct array at arrayOffset (within its active count, when it has one) whose selector
    // member equals the literal or the other path's value; none is no value.
    private bool TrySelect(Func<int, ReadOnlySpan<byte>> page, MemberNode array, int arrayOffset, Selector selector, Index index, out long element)
    {
        element = -1;
        double wanted = index.Literal;
        if (index.Path is { } valuePath && !valuePath.TryRead(page, out wanted))
        {
            return false;
        }

        var bytes = page(PageIndex);
        long elements = array.ElementCount;
        if (selector.Count is { } count)
        {
            if (!MemberValue.TryReadNumber(bytes, count.OffsetFrom(arrayOffset - array.Field.Offset), MemberValue.KindOf(count.Field), out var active))
            {
                return false;
            }

            elements = Math.Clamp((long)active, 0, elements);
        }

        var kind = MemberValue.KindOf(selector.Member.Field);
        for (var candidate = 0L; candidate < elements; candidate++)
        {
            var elementStart = arrayOffset + (int)candidate * array.Stride;
            if (MemberValue.TryReadNumber(bytes, selector.Member.OffsetFrom(elementStart), kind, out var read) && read == wanted)
            {
                element = candidate;
                return true;
            }
        }

        return false;
    }

    private static bool TryParse(string text, ref int position, LayoutDescription layout, Func<PageDescription, PageMembers> members, bool allowFinalArray, out RolePath? path, out string? error)
        => TryParse(text, ref position, layout, members, allowFinalArray, allowFinalStruct: false, out path, out error);

    private static bool TryParse(string text, ref int position, LayoutDescription layout, Func<PageDescription, PageMembers> members, bool allowFinalArray, bool allowFinalStruct, out RolePath? path, out string? error)
    {
        path = null;
        var pageName = ReadName(text, ref position);
        var pageIndex = -1;
        for (var index = 0; index < layout.Pages.Count; index++)
        {
            var candidate = layout.Pages[index];
            if (string.Equals(candidate.JsonName, pageName, StringComparison.OrdinalIgnoreCase) || string.Equals(candidate.NativeName, pageName, StringComparison.OrdinalIgnoreCase))
            {
                pageIndex = index;
            }
        }

        if (pageIndex < 0)
        {
            error = $"'{text}': {layout.Name} has no page '{pageName}'.";
            return false;
        }

        var page = layout.Pages[pageIndex];
        var steps = new List<Step>();
        IReadOnlyList<MemberNode> scope = members(page).Members;
        while (position < text.Length && text[position] == '.')
        {
            position++;
            var name = ReadName(text, ref position);
            var member = PageMembers.Find(scope, name);
            if (member is null)
            {
                error = $"'{text}': no member '{name}' there.";
                return false;
            }

            Index? index = null;
            if (position < text.Length && text[position] == '[')
            {
                position++;
                if (!TryParseIndex(text, ref position, layout, members, member, scope, out index, out error))
                {
                    return false;
                }
            }

            if (member.IsArray && index is null && !(allowFinalArray && (position == text.Length || text[position] != '.')))
            {
                error = $"'{text}': {member.Field.JsonName} is an array; pick an element with [n] or [path].";
                return false;
            }

            if (!member.IsArray && index is not null)
            {
                error = $"'{text}': {member.Field.JsonName} is not an array.";
                return false;
            }

            steps.Add(new Step(member, index));
            scope = member.Children;
        }

        if (steps.Count == 0)
        {
            error = $"'{text}' names a page, not a member.";
            return false;
        }

        if (steps[^1].Member.IsStruct && !(allowFinalArray && steps[^1].Index is null) && !(allowFinalStruct && !steps[^1].Member.IsArray))
        {
            error = $"'{text}' names a struct, not a value.";
            return false;
        }

        path = new RolePath(pageIndex, page, [.. steps]);
        error = null;
        return true;
    }

    // [n], [other.path] or [member=value] after the array member `array`, found among `siblings`.
    private static bool TryParseIndex(string text, ref int position, LayoutDescription layout, Func<PageDescription, PageMembers> members, MemberNode array, IReadOnlyList<MemberNode> siblings, out Index? index, out string? error)
    {
        index = null;
        var start = position;
        while (position < text.Length && char.IsAsciiDigit(text[position]))
        {
            position++;
        }

        if (position > start)
        {
            index = new Index(long.Parse(text.AsSpan(start, position - start), System.Globalization.CultureInfo.InvariantCulture), null);
        }
        else
        {
            var selectorName = ReadName(text, ref position);
            Selector? selector = null;
            if (selectorName.Length > 0 && position < text.Length && text[position] == '=')
            {
                position++;
                if (!TryResolveSelector(text, array, siblings, selectorName, out selector, out error))
                {
                    return false;
                }
            }
            else
            {
                position = start;
            }

            if (selector is not null && TryReadNumber(text, ref position) is { } literal)
            {
                index = new Index(literal, null, selector);
            }
            else
            {
                if (!TryParse(text, ref position, layout, members, allowFinalArray: false, out var path, out error))
                {
                    return false;
                }

                index = new Index(0, path, selector);
            }
        }

        if (position >= text.Length || text[position] != ']')
        {
            error = $"'{text}': an index must end with ']'.";
            return false;
        }

        position++;
        error = null;
        return true;
    }

    // The member of each element that [member=value] compares, and the array's active count (`count:`, a sibling of
    // the array or a member of an embedded struct beside it), if it has one.
    private static bool TryResolveSelector(string text, MemberNode array, IReadOnlyList<MemberNode> siblings, string name, out Selector? selector, out string? error)
    {
        selector = null;
        if (!array.IsArray || !array.IsStruct)
        {
            error = $"'{text}': [{name}=...] picks an element by member; {array.Field.JsonName} is not an array of structs.";
            return false;
        }

        var member = array.Child(name);
        if (member is null || member.IsStruct || member.IsArray || MemberValue.KindOf(member.Field) is ValueKind.Unknown or ValueKind.Text or ValueKind.Utf16Text)
        {
            error = member is null ? $"'{text}': the elements of {array.Field.JsonName} have no member '{name}'." : $"'{text}': {array.Field.JsonName}'s {member.Field.JsonName} is not a number to compare.";
            return false;
        }

        MemberNode? count = null;
        if (array.Field.CountField is { } countName)
        {
            var scope = siblings;
            foreach (var part in countName.Split('.'))
            {
                count = scope.FirstOrDefault(node => node.Field.NativeName == part);
                scope = count?.Children ?? [];
            }
        }

        selector = new Selector(member, count);
        error = null;
        return true;
    }

    // A number literal (-1, 0.5) at position, or null (position unchanged).
    private static double? TryReadNumber(string text, ref int position)
    {
        var start = position;
        var end = position;
        if (end < text.Length && text[end] == '-')
        {
            end++;
        }

        while (end < text.Length && (char.IsAsciiDigit(text[end]) || text[end] == '.'))
        {
            end++;
        }

        if (!double.TryParse(text.AsSpan(start, end - start), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            return null;
        }

        position = end;
        return number;
    }

    private static string ReadName(string text, ref int position)
    {
        var start = position;
        while (position < text.Length && (char.IsAsciiLetterOrDigit(text[position]) || text[position] == '_'))
        {
            position++;
        }

        return text[start..position];
    }

    // An element pick: a literal index, another path's value as the index, or (with a selector) the value the
    // selector's member must equal, given as the literal or the path.
    private sealed record Index(double Literal, RolePath? Path, Selector? Selector = null);

    // [member=value]: the member of each element compared, and the array's active count member, if any.
    private sealed record Selector(MemberNode Member, MemberNode? Count);

    private sealed record Step(MemberNode Member, Index? Index);
}
