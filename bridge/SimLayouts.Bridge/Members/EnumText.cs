using System.Collections.Generic;
using System.Globalization;

namespace SimLayouts.Bridge.Members;

/// <summary>
/// An enum value as text from metadata, the way the generated <c>ToDisplayString</c> writes it: the member's C# name
/// (<c>IngamePlaying</c>), set flags joined by <c> | </c>, and what the layout does not name as <c>Unknown(n)</c>
/// (<c>0</c> for no flags).
/// </summary>
internal sealed class EnumText
{
    private readonly EnumDescription _description;
    private readonly Dictionary<long, string> _names = [];

    private EnumText(EnumDescription description)
    {
        _description = description;
        foreach (var member in description.Members)
        {
            _names.TryAdd(member.Value, member.CSharpName);
        }
    }

    /// <summary>The enum named <paramref name="nativeName"/> in <paramref name="layout"/>, or null when it declares none by that name.</summary>
    public static EnumText? Find(LayoutDescription layout, string? nativeName)
    {
        if (nativeName is null)
        {
            return null;
        }

        foreach (var description in layout.Enums)
        {
            if (description.NativeName == nativeName)
            {
                return new EnumText(description);
            }
        }

        return null;
    }

    /// <summary>The text of <paramref name="value"/>.</summary>
    public string Format(long value)
    {
        if (_names.TryGetValue(value, out var name))
        {
            return name;
        }

        if (!_description.IsFlags)
        {
            return Unknown(value);
        }

        var parts = new List<string>();
        var rest = value;
        foreach (var member in _description.Members)
        {
            var bits = member.Value;
            if (bits != 0 && (rest & bits) == bits)
            {
                parts.Add(member.CSharpName);
                rest &= ~bits;
            }
        }

        if (rest != 0)
        {
            parts.Add(Unknown(rest));
        }

        return parts.Count == 0 ? "0" : string.Join(" | ", parts);
    }

    private string Unknown(long value)
    {
        // The generated code prints the enum's own underlying type: a u32 flag word never shows as negative.
        var text = _description.UnderlyingType switch
        {
            "u8" => ((byte)value).ToString(CultureInfo.InvariantCulture),
            "u16" => ((ushort)value).ToString(CultureInfo.InvariantCulture),
            "u32" => ((uint)value).ToString(CultureInfo.InvariantCulture),
            "u64" => ((ulong)value).ToString(CultureInfo.InvariantCulture),
            _ => value.ToString(CultureInfo.InvariantCulture),
        };
        return "Unknown(" + text + ")";
    }
}
