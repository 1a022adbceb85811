using System;
using System.Linq;
using SimLayouts.Generator.Diagnostics;
using SimLayouts.Generator.Model;
using SimLayouts.Generator.Parsing;

namespace SimLayouts.Generator.Validation;

/// <summary>
/// The keys that say which game a layout is, for people and for the bridge: <c>title</c> and
/// <c>bridge: { ingest, frame }</c>. Defaults are applied here, the one place they are derived.
/// </summary>
internal static class GameKeysValidator
{
    /// <summary>The frame format of a game that declares none: the generic frame of every page.</summary>
    private const string DefaultFrame = "pages";

    public static string Title(ValidationContext context, Located<string> layoutName)
    {
        if (context.Syntax.Title is not { } title)
        {
            return layoutName.Value;
        }

        if (title.Value.Trim().Length == 0)
        {
            context.Report(LayoutDiagnostics.InvalidValue, title.Span, "title", "a title cannot be empty; leave the key out to use the layout name");
        }

        return title.Value;
    }

    public static BridgeModel Bridge(ValidationContext context, Located<string> layoutName)
    {
        var ingest = "/api/ingest/" + Uri.EscapeDataString(layoutName.Value) + "-shared-memory";
        var frame = DefaultFrame;
        if (context.Syntax.Bridge?.Ingest is { } declaredIngest)
        {
            ingest = declaredIngest.Value;
            if (!ingest.StartsWith("/", StringComparison.Ordinal) || ingest.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
            {
                context.Report(LayoutDiagnostics.InvalidValue, declaredIngest.Span, "ingest", $"'{ingest}' is not a path starting with '/' without spaces (e.g. /api/ingest/{layoutName.Value}-shared-memory)");
            }
        }

        if (context.Syntax.Bridge?.Frame is { } declaredFrame)
        {
            frame = declaredFrame.Value;
            if (frame.Length == 0 || !frame.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
            {
                context.Report(LayoutDiagnostics.InvalidValue, declaredFrame.Span, "frame", $"'{frame}' is not a frame format name: lowercase letters, digits and '-' (e.g. {DefaultFrame})");
            }
        }

        return new BridgeModel(ingest, frame);
    }
}
