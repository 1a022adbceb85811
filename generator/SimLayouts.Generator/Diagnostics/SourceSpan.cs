using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SimLayouts.Generator.Diagnostics;

/// <summary>
/// Where something sits in a layout file. Kept instead of a Roslyn <see cref="Location"/> so models stay
/// equatable and free of compiler objects; lines and columns are zero-based like <see cref="LinePosition"/>.
/// </summary>
internal readonly record struct SourceSpan(
    string Path, int StartIndex, int EndIndex, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    public Location ToLocation() => Location.Create(
        Path,
        new TextSpan(StartIndex, System.Math.Max(0, EndIndex - StartIndex)),
        new LinePositionSpan(new LinePosition(StartLine, StartColumn), new LinePosition(EndLine, EndColumn)));

    public static SourceSpan StartOf(string path) => new(path, 0, 0, 0, 0, 0, 0);
}
