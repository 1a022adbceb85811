using System;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using SimLayouts.Bridge.Members;

namespace SimLayouts.Bridge.Roles;

/// <summary>
/// A path to one value of a frame, written as the served JSON frame shows it: the page, then members by JSON (or
/// native) name, with <c>[n]</c> or <c>[other.path]</c> picking an array element (<c>sharedMemory.participantInfo
/// [sharedMemory.viewedParticipantIndex].racePosition</c>), and <c>[member=value]</c> picking the first element of
/// an array of structs whose member equals a number or another path's value (<c>scoring.vehicles[isPlayer=1]</c>,
/// <c>telemetry.vehicles[id=scoring.vehicles[isPlayer=1].id]</c>; within the active count when the array has one).
/// Resolved against a layout's metadata (<see cref="RolePathParser"/>), it reads the value from a frame's page bytes.
/// </summary>
internal sealed class RolePath
{
    private readonly RoleStep[] _steps;

    /// <summary>A resolved path (<see cref="RolePathParser"/> makes them): the page and the member steps to the value.</summary>
    internal RolePath(int pageIndex, PageDescription page, RoleStep[] steps)
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
    /// Parses and resolves <paramref name="text"/> in <paramref name="layout"/> (<see cref="RolePathParser"/>). Every
    /// array on the way needs an index unless <paramref name="allowFinalArray"/> lets the last member be a whole array
    /// (a standings table); the last member must be a value unless <paramref name="allowFinalStruct"/> lets it be one
    /// struct (a role's <c>magnitude</c>).
    /// </summary>
    public static bool TryResolve(string text, LayoutDescription layout, Func<PageDescription, PageMembers> members, bool allowFinalArray, [NotNullWhen(true)] out RolePath? path, [NotNullWhen(false)] out string? error, bool allowFinalStruct = false)
        => RolePathParser.TryResolve(text, layout, members, allowFinalArray, allowFinalStruct, out path, out error);

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
    private bool TrySelect(Func<int, ReadOnlySpan<byte>> page, MemberNode array, int arrayOffset, RoleSelector selector, RoleIndex index, out long element)
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

}
