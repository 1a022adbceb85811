using SimLayouts.Bridge.Members;

namespace SimLayouts.Bridge.Roles;

/// <summary>One member of a <see cref="RolePath"/>, with the element it picks when it is an array.</summary>
/// <param name="Member">The member.</param>
/// <param name="Index">The element picked, for an array member (none for a standings table's final array).</param>
internal sealed record RoleStep(MemberNode Member, RoleIndex? Index);

/// <summary>
/// An element pick: a literal index, another path's value as the index, or (with a selector) the value the
/// selector's member must equal, given as the literal or the path.
/// </summary>
/// <param name="Literal">The literal index, or the literal value a selector compares with.</param>
/// <param name="Path">The path whose value is the index or the compared value, instead of the literal.</param>
/// <param name="Selector">For <c>[member=value]</c>: the member compared.</param>
internal sealed record RoleIndex(double Literal, RolePath? Path, RoleSelector? Selector = null);

/// <summary><c>[member=value]</c>: the member of each element compared, and the array's active count member, if any.</summary>
/// <param name="Member">The member of each element that is compared.</param>
/// <param name="Count">The array's active count (<c>count:</c>), so that empty slots never match.</param>
internal sealed record RoleSelector(MemberNode Member, MemberNode? Count);
