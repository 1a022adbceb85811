namespace SimLayouts.Generator.Parsing;

/// <summary>
/// YAML indents with spaces only. YamlDotNet reports a tab used for indentation where the block it was reading
/// starts (often line 1, column 1); this finds the tab itself, so the diagnostic points at it.
/// </summary>
internal static class TabIndentation
{
    /// <summary>
    /// The first tab in the indentation (the leading white space) of a line, looking from the zero-based line
    /// <paramref name="fromLine"/> on, then from the start of the file: its index, line and column (zero-based).
    /// </summary>
    public static (int Index, int Line, int Column)? Find(string text, int fromLine)
    {
        return Search(text, fromLine) ?? Search(text, 0);
    }

    private static (int Index, int Line, int Column)? Search(string text, int fromLine)
    {
        var line = 0;
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            if (line >= fromLine)
            {
                for (var i = lineStart; i < text.Length && text[i] is ' ' or '\t'; i++)
                {
                    if (text[i] == '\t')
                    {
                        return (i, line, i - lineStart);
                    }
                }
            }

            var end = text.IndexOf('\n', lineStart);
            if (end < 0)
            {
                return null;
            }

            lineStart = end + 1;
            line++;
        }

        return null;
    }
}
