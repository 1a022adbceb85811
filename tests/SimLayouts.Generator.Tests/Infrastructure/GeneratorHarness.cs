using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace SimLayouts.Generator.Tests.Infrastructure;

/// <summary>Runs <see cref="LayoutGenerator"/> in memory over layout texts, like the compiler would.</summary>
internal static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions =
        new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    private static readonly Lazy<ImmutableArray<MetadataReference>> FrameworkReferences = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll")
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray());

    /// <summary>The framework plus SimLayouts.Runtime, which holds the types generated code builds on.</summary>
    public static IEnumerable<MetadataReference> References(bool withRuntime = true) =>
        withRuntime
            ? FrameworkReferences.Value.Add(MetadataReference.CreateFromFile(typeof(IStructView<>).Assembly.Location))
            : FrameworkReferences.Value;

    public static CSharpCompilation Compilation(IEnumerable<string> sources, bool withRuntime = true) =>
        CSharpCompilation.Create(
            "LayoutConsumer",
            sources.Select(source => CSharpSyntaxTree.ParseText(source, ParseOptions)),
            References(withRuntime),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver Driver(IEnumerable<AdditionalText> layouts, bool trackSteps = true) =>
        CSharpGeneratorDriver.Create(
            [new LayoutGenerator().AsSourceGenerator()],
            layouts,
            ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackSteps));

    /// <summary>Runs the generator once; returns the run result and the compilation with generated code added.</summary>
    public static GeneratorRun Run(string layoutYaml, string path = "/layouts/test.layout.yaml", bool withRuntime = true, params string[] sources) =>
        Run([new LayoutText(path, layoutYaml)], withRuntime, sources);

    public static GeneratorRun Run(IEnumerable<AdditionalText> layouts, bool withRuntime = true, params string[] sources)
    {
        var compilation = Compilation(sources, withRuntime);
        var driver = Driver(layouts).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _, CancellationToken.None);
        return new GeneratorRun(driver.GetRunResult(), output);
    }

    /// <summary>A real layout file from layouts/, with its namespace moved so it cannot clash with the runtime's copy.</summary>
    public static string RealLayout(string fileName)
    {
        var text = File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "layouts", fileName));
        return text.Replace("namespace: SimLayouts.", "namespace: Consumer.", StringComparison.Ordinal);
    }
}

internal sealed record GeneratorRun(GeneratorDriverRunResult Result, Compilation Output)
{
    public ImmutableArray<Diagnostic> GeneratorDiagnostics => Result.Diagnostics;

    public IEnumerable<Diagnostic> CompileErrors(bool includeWarnings = false) =>
        Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error || (includeWarnings && d.Severity == DiagnosticSeverity.Warning));

    public ImmutableArray<GeneratedSourceResult> GeneratedSources => Result.Results.Single().GeneratedSources;

    public Exception? Exception => Result.Results.Single().Exception;
}

/// <summary>An AdditionalFile held in memory.</summary>
internal sealed class LayoutText(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
