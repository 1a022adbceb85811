using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SimLayouts.Generator.Tests.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace SimLayouts.Generator.Tests;

/// <summary>
/// The layouts bundled in <c>layouts/</c> say what their authors wrote. YAML reads an unquoted <c> #</c> as the start
/// of a comment, so a description with a <c>#pragma</c> in it is silently cut there unless it is quoted. (A comment
/// after a name or a number is a comment; after free text it is almost always text that was lost.)
/// </summary>
public sealed class BundledLayoutTests
{
    private static IEnumerable<string> LayoutFiles() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "layouts"), "*.layout.yaml").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    [TestCaseSource(nameof(LayoutFiles))]
    public void No_doc_unit_or_title_is_cut_by_a_comment_on_its_line(string file)
    {
        var path = Path.Combine(RepositoryPaths.Root, "layouts", file);
        var lines = File.ReadAllLines(path);
        var stream = new YamlStream();
        using (var reader = new StringReader(File.ReadAllText(path)))
        {
            stream.Load(reader);
        }

        var cut = new List<string>();
        foreach (var (key, value) in Entries(stream.Documents[0].RootNode))
        {
            // A plain scalar ends where a comment starts; what follows it on its line must be punctuation, not text.
            if (key is "doc" or "unit" or "title" && value.Style == YamlDotNet.Core.ScalarStyle.Plain && value.End.Line == value.Start.Line)
            {
                var rest = lines[(int)value.End.Line - 1][(int)(value.End.Column - 1)..];
                if (rest.Contains('#', StringComparison.Ordinal))
                {
                    cut.Add($"line {value.Start.Line}: {key} '{value.Value}' is cut at '{rest.Trim()}'; quote it");
                }
            }
        }

        Assert.That(cut, Is.Empty);
    }

    /// <summary>Every key and scalar value of the document, at any depth.</summary>
    private static IEnumerable<(string Key, YamlScalarNode Value)> Entries(YamlNode node)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                foreach (var (key, value) in mapping.Children)
                {
                    if (value is YamlScalarNode scalar)
                    {
                        yield return (((YamlScalarNode)key).Value!, scalar);
                    }

                    foreach (var inner in Entries(value))
                    {
                        yield return inner;
                    }
                }

                break;
            case YamlSequenceNode sequence:
                foreach (var inner in sequence.Children.SelectMany(Entries))
                {
                    yield return inner;
                }

                break;
        }
    }
}
