using System;
using Microsoft.CodeAnalysis;
using SimLayouts.Generator.Diagnostics;
using SimLayouts.Generator.Emit;
using SimLayouts.Generator.Model;

namespace SimLayouts.Generator;

/// <summary>
/// Turns every <c>*.layout.yaml</c> AdditionalFile into typed zero-copy views, writable views, enums and
/// metadata, plus one registry of the valid layouts (<c>SimLayouts.Generated.CompiledLayouts</c>). The pipeline
/// is: file text → parse + validate (<see cref="LayoutCompiler"/>) → location-free model → emitters; diagnostics
/// travel on a separate branch so that an edit which moves lines but changes no meaning (a comment) does not
/// regenerate code.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class LayoutGenerator : IIncrementalGenerator
{
    /// <summary>The file name suffix of layout files.</summary>
    public const string LayoutFileSuffix = ".layout.yaml";

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var sources = context.AdditionalTextsProvider
            .Where(static file => file.Path.EndsWith(LayoutFileSuffix, StringComparison.OrdinalIgnoreCase))
            .Select(static (file, token) => new LayoutSource(file.Path, file.GetText(token)?.ToString() ?? string.Empty))
            .WithTrackingName(TrackingNames.Source);

        var compiled = sources
            .Select(static (source, token) => LayoutCompiler.Compile(source, token))
            .WithTrackingName(TrackingNames.Compiled);

        var diagnostics = compiled
            .Select(static (result, _) => result.Diagnostics)
            .WithTrackingName(TrackingNames.Diagnostics);

        var models = compiled
            .Select(static (result, _) => result.Model)
            .WithTrackingName(TrackingNames.Model);

        var runtimeReferenced = context.CompilationProvider
            .Select(static (compilation, _) => compilation.GetTypeByMetadataName("SimLayouts.IStructView`1") is not null)
            .WithTrackingName(TrackingNames.RuntimeReferenced);

        // The registry needs only each valid layout's names, so a layout edit that keeps them leaves it cached.
        var registry = models
            .Select(static (model, _) => model is null ? null : new RegisteredLayout(model.Name, model.Namespace, model.CSharpName))
            .WithTrackingName(TrackingNames.RegisteredLayout)
            .Collect()
            .Select(static (layouts, _) => RegistryEmitter.Order(layouts))
            .WithTrackingName(TrackingNames.Registry);

        context.RegisterSourceOutput(diagnostics, static (output, items) =>
        {
            foreach (var item in items)
            {
                output.ReportDiagnostic(item.ToDiagnostic());
            }
        });

        context.RegisterSourceOutput(models.Combine(runtimeReferenced), static (output, input) =>
        {
            var (model, hasRuntime) = input;
            if (model is null)
            {
                return;
            }

            if (!hasRuntime)
            {
                output.ReportDiagnostic(Diagnostic.Create(
                    LayoutDiagnostics.RuntimeNotReferenced,
                    SourceSpan.StartOf(model.FilePath).ToLocation(),
                    model.Name));
                return;
            }

            try
            {
                foreach (var (hintName, source) in LayoutEmitter.Emit(model))
                {
                    output.AddSource(hintName, source);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                output.ReportDiagnostic(Diagnostic.Create(
                    LayoutDiagnostics.InternalError,
                    SourceSpan.StartOf(model.FilePath).ToLocation(),
                    exception.GetType().Name + ": " + exception.Message));
            }
        });

        context.RegisterSourceOutput(registry.Combine(runtimeReferenced), static (output, input) =>
        {
            var (layouts, hasRuntime) = input;
            if (layouts.Count > 0 && hasRuntime)
            {
                output.AddSource(RegistryEmitter.HintName, RegistryEmitter.Emit(layouts));
            }
        });
    }
}

/// <summary>The names of the pipeline steps, for incrementality tests.</summary>
internal static class TrackingNames
{
    public const string Source = nameof(Source);
    public const string Compiled = nameof(Compiled);
    public const string Diagnostics = nameof(Diagnostics);
    public const string Model = nameof(Model);
    public const string RuntimeReferenced = nameof(RuntimeReferenced);
    public const string RegisteredLayout = nameof(RegisteredLayout);
    public const string Registry = nameof(Registry);
}

/// <summary>The path and text of one layout file.</summary>
internal sealed record LayoutSource(string Path, string Text);
