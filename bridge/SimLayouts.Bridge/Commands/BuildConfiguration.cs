using System.Diagnostics;
using System.Reflection;

namespace SimLayouts.Bridge.Commands;

/// <summary>Whether an assembly was compiled for debugging (the JIT does not optimize it) or for release.</summary>
internal static class BuildConfiguration
{
    /// <summary>The name of a build the JIT optimizes.</summary>
    public const string Release = "Release";

    /// <summary>The name of a build compiled for debugging, what <c>dotnet run</c> gives by default.</summary>
    public const string Debug = "Debug";

    /// <summary><see cref="Debug"/> or <see cref="Release"/> for <paramref name="assembly"/>.</summary>
    public static string Of(Assembly assembly) =>
        assembly.GetCustomAttribute<DebuggableAttribute>()?.IsJITOptimizerDisabled == true ? Debug : Release;
}
