// netstandard2.0 lacks the types the compiler needs for newer language features; these internal copies stand in for
// them, as in the .NET generators that target netstandard2.0 (System.Text.Json's among them).
namespace System.Runtime.CompilerServices;

/// <summary>Marks init-only setters (records, <c>init</c>).</summary>
internal static class IsExternalInit
{
}
