using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SimLayouts.Generator.Parsing;

/// <summary>
/// Wraps YamlDotNet's parser to remember where the last good event ended (so a failure inside the scanner
/// still has a location) and to stop at absurd nesting, because the representation model recurses once per
/// level and a deep enough file would overflow the compiler's stack.
/// </summary>
internal sealed class GuardedParser(IParser inner) : IParser
{
    private int _depth;

    public ParsingEvent? Current => inner.Current;

    /// <summary>The end of the last event read successfully.</summary>
    public Mark LastGood { get; private set; } = Mark.Empty;

    public bool MoveNext()
    {
        if (!inner.MoveNext())
        {
            return false;
        }

        if (inner.Current is { } current)
        {
            LastGood = current.End;
            switch (current)
            {
                case MappingStart or SequenceStart:
                    if (++_depth > LayoutLimits.MaxYamlNesting)
                    {
                        throw new YamlException(current.Start, current.End, $"nesting is deeper than {LayoutLimits.MaxYamlNesting} levels");
                    }

                    break;
                case MappingEnd or SequenceEnd:
                    _depth--;
                    break;
            }
        }

        return true;
    }
}
