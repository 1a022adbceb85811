using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;
using System.Text;
using SimLayouts.Bridge.Members;

namespace SimLayouts.Bridge.Exporting;

/// <summary>
/// The columns of a layout's table, from metadata: after <c>sequence</c> and <c>capturedAt</c>, one column per value
/// of every page member that JSON writes, arrays and arrays of structs flattened with indexed names
/// (<c>sharedMemory.speeds[3]</c>, <c>sharedMemory.participantInfo[3].worldPosition[0]</c>,
/// <c>graphics.tyreLf.slip</c>), in page and row order. <c>--pages</c> and <c>--fields</c> keep some of them.
/// </summary>
internal sealed class TableSchema
{
    private TableSchema(LayoutDescription layout, IReadOnlyList<TableColumn> columns, IReadOnlyList<string> skipped)
    {
        Layout = layout;
        Columns = columns;
        Skipped = skipped;
    }

    /// <summary>The layout.</summary>
    public LayoutDescription Layout { get; }

    /// <summary>The value columns (after sequence and capturedAt).</summary>
    public IReadOnlyList<TableColumn> Columns { get; }

    /// <summary>Members left out because this program cannot read their type (a type added to the language later).</summary>
    public IReadOnlyList<string> Skipped { get; }

    /// <summary>
    /// Builds the table of <paramref name="layout"/>, keeping the pages named in <paramref name="pages"/> (JSON or native
    /// names; all when empty) and the top-level members named in <paramref name="fields"/> (<c>speed</c>,
    /// <c>mSpeed</c> or <c>sharedMemory.speed</c>; all when empty). An unknown name is an error that lists the valid ones.
    /// </summary>
    public static bool TryBuild(LayoutDescription layout, IReadOnlyCollection<string> pages, IReadOnlyCollection<string> fields, [NotNullWhen(true)] out TableSchema? schema, [NotNullWhen(false)] out string? error)
    {
        schema = null;
        var pageIndexes = new List<int>();
        foreach (var name in pages)
        {
            var index = IndexOfPage(layout, name);
            if (index < 0)
            {
                error = $"{layout.Name} has no page '{name}'; its pages are {string.Join(", ", layout.Pages.Select(page => page.JsonName))}.";
                return false;
            }

            pageIndexes.Add(index);
        }

        if (pageIndexes.Count == 0)
        {
            pageIndexes.AddRange(Enumerable.Range(0, layout.Pages.Count));
        }

        var trees = pageIndexes.Distinct().Order().Select(index => (Index: index, Members: PageMembers.Of(layout.Pages[index]))).ToArray();
        var chosen = new HashSet<MemberNode>();
        foreach (var name in fields)
        {
            var found = trees.Select(tree => Find(tree.Members, name)).FirstOrDefault(member => member is not null);
            if (found is null || !found.Field.IsInJson)
            {
                var valid = trees.SelectMany(tree => tree.Members.Members.Where(member => member.Field.IsInJson).Select(member => member.Field.JsonName));
                error = $"no member '{name}' in {string.Join(", ", trees.Select(tree => tree.Members.Page.JsonName))}; members: {string.Join(", ", valid)}.";
                return false;
            }

            chosen.Add(found);
        }

        var columns = new List<TableColumn>();
        var skipped = new List<string>();
        foreach (var (index, members) in trees)
        {
            foreach (var member in members.Members)
            {
                if (member.Field.IsInJson && (chosen.Count == 0 || chosen.Contains(member)))
                {
                    Expand(layout, index, members.Members, member, members.Page.JsonName + ".", 0, [], columns, skipped);
                }
            }
        }

        if (columns.Count == 0)
        {
            error = "no column to export: every chosen member is of a type this program cannot read.";
            return false;
        }

        schema = new TableSchema(layout, columns, skipped);
        error = null;
        return true;
    }

    /// <summary>The same table without the elements of counted arrays that no frame uses (see <see cref="ActiveCounts"/>).</summary>
    public TableSchema KeepingUsed(ActiveCounts active)
    {
        ArgumentNullException.ThrowIfNull(active);
        return new TableSchema(Layout, [.. Columns.Where(active.Uses)], Skipped);
    }

    private static MemberNode? Find(PageMembers members, string name)
    {
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        if (dot > 0)
        {
            var page = members.Page;
            var pageName = name[..dot];
            if (!string.Equals(pageName, page.JsonName, StringComparison.OrdinalIgnoreCase) && !string.Equals(pageName, page.NativeName, StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            name = name[(dot + 1)..];
        }

        return members.Find(name);
    }

    private static int IndexOfPage(LayoutDescription layout, string name)
    {
        for (var index = 0; index < layout.Pages.Count; index++)
        {
            var page = layout.Pages[index];
            if (string.Equals(page.JsonName, name, StringComparison.OrdinalIgnoreCase) || string.Equals(page.NativeName, name, StringComparison.OrdinalIgnoreCase) || string.Equals(page.CSharpName, name, StringComparison.OrdinalIgnoreCase))
            {
                return index;
            }
        }

        return -1;
    }

    // Embedded struct members keep their enclosing base; each array element starts a new one (LayoutField's rule).
    private static void Expand(LayoutDescription layout, int pageIndex, IReadOnlyList<MemberNode> siblings, MemberNode member, string prefix, int elementBase, IReadOnlyList<CountGate> gates, List<TableColumn> columns, List<string> skipped)
    {
        if (!member.Field.IsInJson)
        {
            return;
        }

        var name = prefix + member.Field.JsonName;
        var counted = CountOf(siblings, member, elementBase);
        if (member.IsStruct && !member.IsArray)
        {
            foreach (var child in member.Children)
            {
                Expand(layout, pageIndex, member.Children, child, name + ".", elementBase, gates, columns, skipped);
            }

            return;
        }

        var kind = MemberValue.KindOf(member.Field);
        if (!member.IsStruct && kind == ValueKind.Unknown)
        {
            skipped.Add(member.Field.Path);
            return;
        }

        var enumText = EnumText.Find(layout, member.Field.Enum);
        var dims = member.ArrayDims;
        var count = member.ElementCount;
        var inner = count / Math.Max(1, dims.Count == 0 ? 1 : dims[0]);
        for (var element = 0; element < count; element++)
        {
            var elementGates = gates;
            if (counted is { } gate)
            {
                elementGates = [.. gates, gate with { Element = element / inner }];
            }

            var offset = member.OffsetFrom(elementBase) + (element * member.Stride);
            var elementName = name + Indexes(dims, element);
            if (member.IsStruct)
            {
                foreach (var child in member.Children)
                {
                    Expand(layout, pageIndex, member.Children, child, elementName + ".", offset, elementGates, columns, skipped);
                }
            }
            else
            {
                columns.Add(new TableColumn(elementName, pageIndex, offset, member.Field, kind, enumText, elementGates));
            }
        }
    }

    // The count field named by `count:` is a sibling of the array, or a member of an embedded struct sibling
    // (`mScoringInfo.mNumVehicles`): embedded members keep the enclosing base, so the offset comes the same way.
    private static CountGate? CountOf(IReadOnlyList<MemberNode> siblings, MemberNode member, int elementBase)
    {
        if (member.Field.CountField is null || !member.IsArray)
        {
            return null;
        }

        var count = PageMembers.CountOf(member, siblings);
        return count is null ? null : new CountGate(count.OffsetFrom(elementBase), MemberValue.KindOf(count.Field), 0);
    }

    private static string Indexes(IReadOnlyList<int> dims, int element)
    {
        if (dims.Count == 0)
        {
            return string.Empty;
        }

        var indexes = new int[dims.Count];
        for (var dimension = dims.Count - 1; dimension >= 0; dimension--)
        {
            indexes[dimension] = element % dims[dimension];
            element /= dims[dimension];
        }

        var text = new StringBuilder();
        foreach (var index in indexes)
        {
            text.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
        }

        return text.ToString();
    }
}
