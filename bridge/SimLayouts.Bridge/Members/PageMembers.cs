using System;
using System.Collections.Generic;

namespace SimLayouts.Bridge.Members;

/// <summary>
/// The members of one page as a tree (<see cref="MemberNode"/>), built from the metadata rows' paths: <c>a</c> is a
/// top-level member, <c>a.b</c> a member of the embedded struct <c>a</c>, <c>a[].b</c> a member of each element of
/// the struct array <c>a</c> (and so on, to any depth).
/// </summary>
internal sealed class PageMembers
{
    private PageMembers(PageDescription page, List<MemberNode> members)
    {
        Page = page;
        Members = members;
    }

    /// <summary>The page.</summary>
    public PageDescription Page { get; }

    /// <summary>The top-level members, in row order.</summary>
    public IReadOnlyList<MemberNode> Members { get; }

    /// <summary>
    /// The member an array's <c>count:</c> names among the array's <paramref name="siblings"/>: a sibling
    /// (<c>mNumVehicles</c>) or a member of an embedded struct beside it (<c>mScoringInfo.mNumVehicles</c>), by native
    /// names; null when the array has no count or the path names nothing.
    /// </summary>
    public static MemberNode? CountOf(MemberNode array, IReadOnlyList<MemberNode> siblings)
    {
        ArgumentNullException.ThrowIfNull(array);
        MemberNode? count = null;
        var scope = siblings;
        foreach (var name in array.Field.CountField?.Split('.') ?? [])
        {
            count = null;
            foreach (var node in scope)
            {
                if (node.Field.NativeName == name)
                {
                    count = node;
                    break;
                }
            }

            if (count is null)
            {
                return null;
            }

            scope = count.Children;
        }

        return count;
    }

    /// <summary>Builds the tree of <paramref name="page"/>'s rows.</summary>
    public static PageMembers Of(PageDescription page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var top = new List<MemberNode>();
        var byPath = new Dictionary<string, MemberNode>(StringComparer.Ordinal);
        foreach (var field in page.Fields)
        {
            var parent = ParentOf(field.Path, byPath);
            var node = new MemberNode(field, parent);
            (parent?.Children ?? top).Add(node);
            byPath[field.Path] = node;
        }

        return new PageMembers(page, top);
    }

    /// <summary>The top-level member with JSON or native name <paramref name="name"/>, or null.</summary>
    public MemberNode? Find(string name) => Find(Members, name);

    /// <summary>
    /// The member named <paramref name="name"/> among <paramref name="members"/>: its JSON name (<c>speed</c>) or its
    /// native name (<c>mSpeed</c>), exactly, else ignoring case.
    /// </summary>
    public static MemberNode? Find(IReadOnlyList<MemberNode> members, string name)
    {
        foreach (var comparison in (ReadOnlySpan<StringComparison>)[StringComparison.Ordinal, StringComparison.OrdinalIgnoreCase])
        {
            foreach (var member in members)
            {
                if (string.Equals(member.Field.JsonName, name, comparison) || string.Equals(member.Field.NativeName, name, comparison))
                {
                    return member;
                }
            }
        }

        return null;
    }

    // The parent of "a[].b" is "a", of "a.b[].c" is "a.b": the row path up to the last separator, without "[]".
    private static MemberNode? ParentOf(string path, Dictionary<string, MemberNode> byPath)
    {
        var dot = path.LastIndexOf('.');
        if (dot < 0)
        {
            return null;
        }

        var parentPath = path[..dot];
        if (parentPath.EndsWith("[]", StringComparison.Ordinal))
        {
            parentPath = parentPath[..^2];
        }

        return byPath.GetValueOrDefault(parentPath);
    }
}
