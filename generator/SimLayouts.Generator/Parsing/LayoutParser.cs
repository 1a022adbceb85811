using System.Collections.Generic;
using System.IO;
using SimLayouts.Generator.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SimLayouts.Generator.Parsing;

/// <summary>
/// Reads a layout file into <see cref="LayoutSyntax"/> with YamlDotNet's representation model, which keeps
/// the line and column of every node: this loads the YAML and turns its errors into located diagnostics, checks
/// the <see cref="LayoutLimits"/>, and hands the tree to <see cref="LayoutReader"/>. Nothing here throws on bad input.
/// </summary>
internal static class LayoutParser
{
    public static LayoutSyntax? Parse(string path, string text, ParseContext context)
    {
        var stream = new YamlStream();
        var parser = new GuardedParser(new Parser(new StringReader(text)));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException exception) when (IsDuplicateKey(exception, out var key))
        {
            context.Report(LayoutDiagnostics.DuplicateKey, context.SpanOf(exception.Start, exception.End), key);
            return null;
        }
        catch (YamlException exception) when (IsAboutTabs(exception) && TabIndentation.Find(text, (int)System.Math.Max(0, exception.Start.Line - 1)) is { } tab)
        {
            var at = new Mark(tab.Index, tab.Line + 1, tab.Column + 1);
            context.Report(LayoutDiagnostics.MalformedYaml, context.SpanOf(at, new Mark(tab.Index + 1, tab.Line + 1, tab.Column + 2)), "a tab is used for indentation; YAML indents with spaces only");
            return null;
        }
        catch (YamlException exception)
        {
            context.Report(LayoutDiagnostics.MalformedYaml, context.SpanOf(exception.Start, exception.End), FirstLine(exception.Message));
            return null;
        }
        catch (System.Exception exception) when (exception is System.InvalidOperationException or System.ArgumentException or System.FormatException or System.OverflowException)
        {
            // YamlDotNet's scanner throws these on some malformed text; the text is at fault, not the generator.
            context.Report(LayoutDiagnostics.MalformedYaml, context.SpanOf(parser.LastGood, parser.LastGood), "unreadable text after this point (" + FirstLine(exception.Message) + ")");
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            context.Report(LayoutDiagnostics.MissingKey, SourceSpan.StartOf(path), "The layout file", "layout");
            return null;
        }

        if (stream.Documents.Count > 1)
        {
            var second = stream.Documents[1].RootNode;
            context.Report(LayoutDiagnostics.InvalidValue, context.SpanOf(second), "document", "a layout file holds exactly one YAML document");
        }

        return LayoutLimits.Check(context, stream.Documents[0].RootNode) ? LayoutReader.Read(context, stream.Documents[0].RootNode) : null;
    }

    private static bool IsAboutTabs(YamlException exception) =>
        (exception.Message ?? string.Empty).IndexOf("tab", System.StringComparison.OrdinalIgnoreCase) >= 0;

    private static bool IsDuplicateKey(YamlException exception, out string key)
    {
        const string Marker = "Duplicate key";
        var message = exception.Message ?? string.Empty;
        var at = message.IndexOf(Marker, System.StringComparison.OrdinalIgnoreCase);
        key = at < 0 ? string.Empty : message.Substring(at + Marker.Length).Trim().Trim('\'', '"', '.');
        return at >= 0;
    }

    private static string FirstLine(string? message)
    {
        var text = message ?? "unknown error";
        var end = text.IndexOf('\n');
        return (end < 0 ? text : text.Substring(0, end)).Trim();
    }
}
