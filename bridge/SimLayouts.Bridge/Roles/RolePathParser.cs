using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using SimLayouts.Bridge.Members;

namespace SimLayouts.Bridge.Roles;

/// <summary>
/// Reads the text of a <see cref="RolePath"/> (<c>page.member[index].member</c>, indexes <c>[n]</c>,
/// <c>[other.path]</c> and <c>[member=value]</c>) and resolves every name against the layout's metadata, so that a
/// roles file with a wrong path is one located line when the program starts, never a silent dash.
/// </summary>
internal static class RolePathParser
{
    /// <summary>Parses the whole of <paramref name="text"/>; see <see cref="RolePath.TryResolve"/>.</summary>
    public static bool TryResolve(string text, LayoutDescription layout, Func<PageDescription, PageMembers> members, bool allowFinalArray, bool allowFinalStruct, [NotNullWhen(true)] out RolePath? path, [NotNullWhen(false)] out string? error)
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
        var steps = new List<RoleStep>();
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

            RoleIndex? index = null;
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

            steps.Add(new RoleStep(member, index));
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
    private static bool TryParseIndex(string text, ref int position, LayoutDescription layout, Func<PageDescription, PageMembers> members, MemberNode array, IReadOnlyList<MemberNode> siblings, out RoleIndex? index, out string? error)
    {
        index = null;
        var start = position;
        while (position < text.Length && char.IsAsciiDigit(text[position]))
        {
            position++;
        }

        if (position > start)
        {
            index = new RoleIndex(long.Parse(text.AsSpan(start, position - start), System.Globalization.CultureInfo.InvariantCulture), null);
        }
        else
        {
            var selectorName = ReadName(text, ref position);
            RoleSelector? selector = null;
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
                index = new RoleIndex(literal, null, selector);
            }
            else
            {
                if (!TryParse(text, ref position, layout, members, allowFinalArray: false, out var path, out error))
                {
                    return false;
                }

                index = new RoleIndex(0, path, selector);
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
    private static bool TryResolveSelector(string text, MemberNode array, IReadOnlyList<MemberNode> siblings, string name, out RoleSelector? selector, out string? error)
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

        selector = new RoleSelector(member, PageMembers.CountOf(array, siblings));
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

}
