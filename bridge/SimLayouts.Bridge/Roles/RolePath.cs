using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using SimLayouts.Bridge.Members;

namespace SimLayouts.Bridge.Roles;

/// <summary>
/// A path to one value of a frame, written as the served JSON frame shows it: the page, then members by JSON (or
/// native) name, with <c>[n]</c> or <c>[other.path]</c> picking an array element (<c>sharedMemory.participantInfo
/// [sharedMemory.viewedParticipantIndex].racePosition</c>). Resolved against a layout's metadata, it reads the value
/// from a frame's page bytes.
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
                    text.Append('[').Append(index.Path?.Text ?? index.Literal.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(']');
                }
            }

            return text.ToString();
        }
    }

    /// <summary>
    /// Parses and resolves <paramref name="text"/> in <paramref name="layout"/>. Every array on the way needs an index
    /// unless <paramref name="allowFinalArray"/> lets the last member be a whole array (a standings table).
    /// </summary>
    public static bool TryResolve(string text, LayoutDescription layout, Func<PageDescription, PageMembers> members, bool allowFinalArray, [NotNullWhen(true)] out RolePath? path, [NotNullWhen(false)] out string? error)
    {
        var position = 0;
        if (!TryParse(text, ref position, layout, members, allowFinalArray, out path, out error))
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

    /// <summary>Resolves a member of each element of this path's final array (a standings column) by name.</summary>
    public MemberNode? ElementMember(string name) => Member.Child(name);

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
    public bool TryLocate(Func<int, ReadOnlySpan<byte>> page, out int offset)
    {
        offset = 0;
        var elementBase = 0;
        foreach (var step in _steps)
        {
            offset = step.Member.OffsetFrom(elementBase);
            if (step.Index is not { } index)
            {
                continue;
            }

            long element = index.Literal;
            if (index.Path is { } indexPath)
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

    private static bool TryParse(string text, ref int position, LayoutDescription layout, Func<PageDescription, PageMembers> members, bool allowFinalArray, out RolePath? path, out string? error)
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
                if (!TryParseIndex(text, ref position, layout, members, out index, out error))
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

        if (steps[^1].Member.IsStruct && !(allowFinalArray && steps[^1].Index is null))
        {
            error = $"'{text}' names a struct, not a value.";
            return false;
        }

        path = new RolePath(pageIndex, page, [.. steps]);
        error = null;
        return true;
    }

    private static bool TryParseIndex(string text, ref int position, LayoutDescription layout, Func<PageDescription, PageMembers> members, out Index? index, out string? error)
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
            if (!TryParse(text, ref position, layout, members, allowFinalArray: false, out var path, out error))
            {
                return false;
            }

            index = new Index(0, path);
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

    private static string ReadName(string text, ref int position)
    {
        var start = position;
        while (position < text.Length && (char.IsAsciiLetterOrDigit(text[position]) || text[position] == '_'))
        {
            position++;
        }

        return text[start..position];
    }

    private sealed record Index(long Literal, RolePath? Path);

    private sealed record Step(MemberNode Member, Index? Index);
}
