using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace SimLayouts.Generator.Naming;

/// <summary>
/// How native header names become C# and JSON names. The rule is documented in layouts/README.md
/// ("Names"); a per-item <c>csharp</c> or <c>json</c> key overrides it.
/// </summary>
internal static class NameRules
{
    /// <summary>
    /// <c>mSpeed</c> → <c>Speed</c>, <c>fuel_liter_current_quantity</c> → <c>FuelLiterCurrentQuantity</c>,
    /// <c>GAME_EXITED</c> (prefix <c>GAME_</c>) → <c>Exited</c>, <c>speedKmh</c> → <c>SpeedKmh</c>.
    /// </summary>
    public static string ToCSharp(string native, string? prefix = null)
    {
        var name = native;
        if (!string.IsNullOrEmpty(prefix) && name.Length > prefix!.Length && name.StartsWith(prefix, System.StringComparison.Ordinal))
        {
            name = name.Substring(prefix.Length);
        }

        // The Hungarian "m" of C++ members (mSpeed, mRPM) is noise in C#.
        if (name.Length > 1 && name[0] == 'm' && char.IsUpper(name[1]))
        {
            name = name.Substring(1);
        }

        var result = new StringBuilder(name.Length);
        foreach (var part in name.Split('_'))
        {
            if (part.Length == 0)
            {
                continue;
            }

            result.Append(char.ToUpperInvariant(part[0]));
            var rest = part.Substring(1);
            result.Append(IsShouting(part) ? rest.ToLowerInvariant() : rest);
        }

        return result.ToString();
    }

    /// <summary>The C# name in camelCase, by the same rule as System.Text.Json's <c>JsonNamingPolicy.CamelCase</c>.</summary>
    public static string ToJson(string csharpName)
    {
        if (csharpName.Length == 0 || !char.IsUpper(csharpName[0]))
        {
            return csharpName;
        }

        var chars = csharpName.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (i == 1 && !char.IsUpper(chars[i]))
            {
                break;
            }

            var hasNext = i + 1 < chars.Length;
            if (i > 0 && hasNext && !char.IsUpper(chars[i + 1]))
            {
                break;
            }

            chars[i] = char.ToLowerInvariant(chars[i]);
        }

        return new string(chars);
    }

    public static bool IsValidIdentifier(string name) =>
        SyntaxFacts.IsValidIdentifier(name)
        && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None
        && !name.StartsWith("@", System.StringComparison.Ordinal);

    public static bool IsValidNamespace(string name)
    {
        foreach (var part in name.Split('.'))
        {
            if (!IsValidIdentifier(part))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>An all-capitals word such as <c>EXITED</c> or <c>B1RUMBLES</c> (C enum style).</summary>
    private static bool IsShouting(string part)
    {
        var letters = 0;
        foreach (var c in part)
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (!char.IsUpper(c))
                {
                    return false;
                }
            }
        }

        return letters > 1;
    }
}
