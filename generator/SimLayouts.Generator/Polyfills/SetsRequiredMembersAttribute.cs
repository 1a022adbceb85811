namespace System.Diagnostics.CodeAnalysis;

/// <summary>
/// Marks a constructor that sets every required member itself; the compiler puts it on the copy constructor of each
/// record with required members (netstandard2.0 lacks it).
/// </summary>
[AttributeUsage(AttributeTargets.Constructor, AllowMultiple = false, Inherited = false)]
internal sealed class SetsRequiredMembersAttribute : Attribute
{
}
