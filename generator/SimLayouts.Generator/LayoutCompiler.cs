using System;
using System.IO;
using System.Threading;
using SimLayouts.Generator.Diagnostics;
using SimLayouts.Generator.Model;
using SimLayouts.Generator.Parsing;
using SimLayouts.Generator.Validation;

namespace SimLayouts.Generator;

/// <summary>The model of one layout file (null when it has errors) and everything to report about it.</summary>
internal sealed record LayoutCompilation(LayoutModel? Model, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>Parses and validates one layout file. Whatever the input, this returns; it never throws.</summary>
internal static class LayoutCompiler
{
    public static LayoutCompilation Compile(LayoutSource source, CancellationToken token)
    {
        var context = new ParseContext(source.Path);
        LayoutModel? model = null;
        try
        {
            if (LayoutParser.Parse(source.Path, source.Text, context) is { } syntax)
            {
                token.ThrowIfCancellationRequested();
                model = LayoutValidator.Validate(context, syntax, Path.GetFileName(source.Path), source.Path);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            context.Report(LayoutDiagnostics.InternalError, SourceSpan.StartOf(source.Path), exception.GetType().Name + ": " + exception.Message + " " + FirstFrame(exception));
            model = null;
        }

        return new LayoutCompilation(context.Diagnostics.Count == 0 ? model : null, context.Diagnostics.ToEquatableArray());
    }

    /// <summary>Where it failed, so that a bug report is actionable without a debugger.</summary>
    private static string FirstFrame(Exception exception)
    {
        var trace = exception.StackTrace ?? string.Empty;
        var end = trace.IndexOf('\n');
        return (end < 0 ? trace : trace.Substring(0, end)).Trim();
    }
}
