using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SimLayouts.Runtime.Tests.Infrastructure;

/// <summary>
/// Compiles a generated test program against SimLayouts.Runtime and runs its <c>RoundTrip.Run()</c>: views are ref
/// structs, so a typed accessor per member can only be reached from code written for it.
/// </summary>
internal static class RoundTripProgram
{
    /// <summary>Runs <paramref name="source"/> (a <c>public static class RoundTrip</c> with <c>List&lt;string&gt; Run()</c>) and returns its failures.</summary>
    public static List<string> Run(string source)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Select(path => MetadataReference.CreateFromFile(path))
            .Append(MetadataReference.CreateFromFile(typeof(LayoutField).Assembly.Location));
        var compilation = CSharpCompilation.Create(
            "RoundTrip",
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.That(emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()), Is.Empty, source);

        image.Position = 0;
        var context = new AssemblyLoadContext("round-trip", isCollectible: true);
        try
        {
            var run = context.LoadFromStream(image).GetType("RoundTrip")!.GetMethod("Run", BindingFlags.Public | BindingFlags.Static)!;
            return (List<string>)run.Invoke(null, null)!;
        }
        finally
        {
            context.Unload();
        }
    }
}
