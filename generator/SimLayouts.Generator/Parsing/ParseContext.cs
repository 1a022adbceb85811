using System.Collections.Generic;
using SimLayouts.Generator.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SimLayouts.Generator.Parsing;

/// <summary>Collects the diagnostics of one file and turns YamlDotNet marks into <see cref="SourceSpan"/>s.</summary>
internal sealed class ParseContext(string path)
{
    public string Path { get; } = path;

    public List<DiagnosticInfo> Diagnostics { get; } = [];

    /// <summary>
    /// The whole extent of <paramref name="node"/>. YamlDotNet gives a mapping or sequence only the extent of
    /// its opening event, so the end is taken from the last descendant.
    /// </summary>
    public SourceSpan SpanOf(YamlNode node) => SpanOf(node.Start, EndOf(node));

    private static Mark EndOf(YamlNode node)
    {
        var end = node.End;
        var pending = new Stack<YamlNode>();
        var seen = new HashSet<YamlNode>(YamlNodeIdentity.Instance);
        pending.Push(node);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            if (!seen.Add(current))
            {
                continue; // An alias can make the graph cyclic.
            }

            if (current.End.Index > end.Index)
            {
                end = current.End;
            }

            switch (current)
            {
                case YamlMappingNode mapping:
                    foreach (var entry in mapping.Children)
                    {
                        pending.Push(entry.Key);
                        pending.Push(entry.Value);
                    }

                    break;
                case YamlSequenceNode sequence:
                    foreach (var item in sequence.Children)
                    {
                        pending.Push(item);
                    }

                    break;
            }
        }

        return end;
    }

    public SourceSpan SpanOf(Mark start, Mark end) => new(
        Path,
        (int)start.Index,
        (int)System.Math.Max(start.Index, end.Index),
        (int)System.Math.Max(0, start.Line - 1),
        (int)System.Math.Max(0, start.Column - 1),
        (int)System.Math.Max(0, end.Line - 1),
        (int)System.Math.Max(0, end.Column - 1));

    public void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, SourceSpan span, params string[] arguments) =>
        Diagnostics.Add(DiagnosticInfo.Create(descriptor, span, arguments));
}

/// <summary>Compares YAML nodes by identity: YamlDotNet's own equality walks whole subtrees.</summary>
internal sealed class YamlNodeIdentity : IEqualityComparer<YamlNode>
{
    public static readonly YamlNodeIdentity Instance = new();

    public bool Equals(YamlNode? x, YamlNode? y) => ReferenceEquals(x, y);

    public int GetHashCode(YamlNode obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
}
