namespace System.Runtime.CompilerServices;

/// <summary>Marks a type with <c>required</c> members, and those members (netstandard2.0 lacks it).</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Field | AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
internal sealed class RequiredMemberAttribute : Attribute
{
}
