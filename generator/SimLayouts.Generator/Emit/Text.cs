using System.Collections.Generic;
using System.Text;

namespace SimLayouts.Generator.Emit;

/// <summary>Escaping for text that goes into XML doc comments and C# string literals.</summary>
internal static class Text
{
    public static string Xml(string? text) =>
        (text ?? string.Empty).Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    /// <summary>A native name shown in docs: <c>mSpeed</c>.</summary>
    public static string Code(string text) => "<c>" + Xml(text) + "</c>";

    public static string Literal(string? text)
    {
        if (text is null)
        {
            return "null";
        }

        var builder = new StringBuilder("\"");
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\': builder.Append("\\\\"); break;
                case '"': builder.Append("\\\""); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (char.IsControl(c) || char.IsSurrogate(c) || c > '\u007e')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>A UTF-8 string literal (<c>"…"u8</c>) of ASCII text.</summary>
    public static string Utf8Literal(string text) => Literal(text) + "u8";

    /// <summary>
    /// A JSON string token, quoted and escaped as System.Text.Json's default encoder escapes it, so names written
    /// from literals read exactly like names a <c>Utf8JsonWriter</c> writes: always ASCII.
    /// </summary>
    public static string JsonString(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                default:
                    if (c < ' ' || c > '~' || c is '"' or '&' or '\'' or '+' or '<' or '>' or '`')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    public static string Number(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string Number(decimal value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string Bool(bool value) => value ? "true" : "false";

    /// <summary>
    /// An array creation with one element per line (<c>new T[]</c>, then the elements in braces), or <c>new T[] { }</c>
    /// when there are none; a multi-line text that <see cref="CodeWriter.Call"/> indents as one argument.
    /// </summary>
    public static string ArrayLines(string elementType, IEnumerable<string> items)
    {
        var list = new List<string>(items);
        return list.Count == 0
            ? $"new {elementType}[] {{ }}"
            : $"new {elementType}[]\n{{\n" + string.Concat(list.ConvertAll(item => "    " + item.Replace("\n", "\n    ") + ",\n")) + "}";
    }

    /// <summary>An array creation on one line: <c>new T[] { a, b }</c>, or <c>new T[] { }</c>.</summary>
    public static string ArrayInline(string elementType, IEnumerable<string> items)
    {
        var text = string.Join(", ", items);
        return text.Length == 0 ? $"new {elementType}[] {{ }}" : $"new {elementType}[] {{ {text} }}";
    }

    /// <summary>A <c>long</c> literal; a u64 value above <see cref="long.MaxValue"/> wraps, as the runtime reads it.</summary>
    public static string Long(decimal value) =>
        value > long.MaxValue ? $"unchecked((long){Number(value)}UL)" : Number(value) + "L";
}
