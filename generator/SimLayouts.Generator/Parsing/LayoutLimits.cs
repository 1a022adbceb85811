using System.Collections.Generic;
using System.Globalization;
using System.Text;
using SimLayouts.Generator.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace SimLayouts.Generator.Parsing;

/// <summary>
/// Sizes no real header comes near, checked before a layout is read, so that an absurd file (a name of a megabyte,
/// a description of a hundred) is one diagnostic at the YAML instead of a C# error inside generated code (CS7013) or
/// a build log of megabytes. The values are documented in layouts/README.md ("Limits").
/// </summary>
internal static class LayoutLimits
{
    /// <summary>
    /// UTF-8 bytes of a name or any other value (512 ASCII characters). .NET metadata takes names of up to 1,024 bytes
    /// (beyond that, C# reports CS7013), and generated names add to the layout's: <c>get_</c>, <c>WritableView</c>.
    /// </summary>
    public const int MaxNameLength = 512;

    /// <summary>Characters of a free text: <c>doc</c>, <c>unit</c>, <c>title</c>.</summary>
    public const int MaxTextLength = 65_536;

    /// <summary>Levels of YAML mappings and lists inside each other (the parser recurses once per level).</summary>
    public const int MaxYamlNesting = 64;

    /// <summary>Levels of structs a page or struct holds: itself, the structs of its struct fields, theirs, ...</summary>
    public const int MaxStructNesting = 32;

    private static readonly HashSet<string> TextKeys = ["doc", "unit", "title"];

    /// <summary>Reports every key and value longer than its limit, at the node; returns whether all fit.</summary>
    public static bool Check(ParseContext context, YamlNode root)
    {
        var fits = true;
        var seen = new HashSet<YamlNode>(YamlNodeIdentity.Instance);
        var pending = new Stack<(YamlNode Node, string Key)>();
        pending.Push((root, string.Empty));
        while (pending.Count > 0)
        {
            var (node, key) = pending.Pop();
            if (!seen.Add(node))
            {
                continue; // An alias repeats a node already checked.
            }

            switch (node)
            {
                case YamlScalarNode scalar:
                    fits &= TextKeys.Contains(key) ? FitsText(context, scalar, key) : FitsName(context, scalar, key);
                    break;
                case YamlMappingNode mapping:
                    foreach (var entry in mapping.Children)
                    {
                        var entryKey = entry.Key is YamlScalarNode { Value: { Length: <= 64 } name } ? name : "a key";
                        pending.Push((entry.Key, "a key"));
                        pending.Push((entry.Value, entryKey));
                    }

                    break;
                case YamlSequenceNode sequence:
                    foreach (var item in sequence.Children)
                    {
                        pending.Push((item, key));
                    }

                    break;
            }
        }

        return fits;
    }

    private static bool FitsName(ParseContext context, YamlScalarNode scalar, string key)
    {
        var text = scalar.Value ?? string.Empty;

        // A character takes at most three bytes of UTF-8: a text of a third of the limit fits without counting.
        if (text.Length <= MaxNameLength / 3 || Encoding.UTF8.GetByteCount(text) <= MaxNameLength)
        {
            return true;
        }

        Report(context, scalar, key, $"{Number(text.Length)} characters, {Number(Encoding.UTF8.GetByteCount(text))} bytes of UTF-8; a name or value has at most {Number(MaxNameLength)} bytes");
        return false;
    }

    private static bool FitsText(ParseContext context, YamlScalarNode scalar, string key)
    {
        var length = scalar.Value?.Length ?? 0;
        if (length <= MaxTextLength)
        {
            return true;
        }

        Report(context, scalar, key, $"{Number(length)} characters; a text has at most {Number(MaxTextLength)}");
        return false;
    }

    private static void Report(ParseContext context, YamlScalarNode scalar, string key, string why) =>
        context.Report(LayoutDiagnostics.InvalidValue, context.SpanOf(scalar), key.Length == 0 ? "the layout" : key, why);

    private static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
