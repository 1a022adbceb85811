namespace SimLayouts.Generator.Naming;

/// <summary>Where a generated name is declared, and so which names from a layout it could collide with.</summary>
internal enum NameScope
{
    /// <summary>A type in the layout's namespace, beside the enums and the types of every struct and page.</summary>
    LayoutNamespace,

    /// <summary>
    /// A member of a struct's or page's views, beside its field properties and helpers (field names are also the
    /// constants of its <c>Offsets</c> class).
    /// </summary>
    ViewMembers,

    /// <summary>A member of an enum, beside its values.</summary>
    EnumMembers,

    /// <summary>A member of an enum's extensions class, whose code names the enum's type (<c>Mode.On</c>).</summary>
    EnumExtensionsMembers,

    /// <summary>A constant of <c>{Layout}Constants</c>, beside the layout's constants.</summary>
    Constants,
}

/// <summary>What makes the generator declare a name, and so what the placeholder of its pattern stands for.</summary>
internal enum NameSource
{
    /// <summary>Always declared, as written.</summary>
    Fixed,

    /// <summary><c>{Layout}</c>: once per layout, the layout's C# name.</summary>
    Layout,

    /// <summary><c>{Enum}</c>: once per enum, its C# name.</summary>
    Enum,

    /// <summary><c>{Struct}</c>: once per struct and page, its C# name (for view members: the view's own struct).</summary>
    Struct,

    /// <summary><c>{Field}</c>: per single string field, its C# name.</summary>
    StringField,

    /// <summary><c>{Field}</c>: per field added in a later revision (<c>since:</c>), its C# name.</summary>
    LaterField,

    /// <summary><c>{Field}</c>: per array field written to JSON, its C# name.</summary>
    JsonArrayField,

    /// <summary><c>{Enum}</c>: per field of enum values, the enum's C# name.</summary>
    EnumField,

    /// <summary><c>{Field}</c>: per array field with an active count (<c>count:</c>), its C# name.</summary>
    CountedField,

    /// <summary><c>{n}</c>: 1, 2, 3, ... as many as needed.</summary>
    Numbered,
}

/// <summary>
/// One name the generator declares, as a pattern (<c>Has{Field}</c>) with the scope it is declared in and what
/// declares it. Emitters build the name through <see cref="Of"/> (or <see cref="Name"/> for a fixed one), and the
/// validators claim the same names before a layout can take them, so the two cannot drift apart.
/// </summary>
internal sealed class GeneratedName
{
    private readonly string _prefix;
    private readonly string _suffix;

    public GeneratedName(string pattern, NameScope scope, NameSource source, string purpose, string? fixedNamespace = null)
    {
        Pattern = pattern;
        Scope = scope;
        Source = source;
        Purpose = purpose;
        FixedNamespace = fixedNamespace;
        var open = pattern.IndexOf('{');
        var close = pattern.IndexOf('}');
        (_prefix, _suffix) = open < 0 ? (pattern, string.Empty) : (pattern.Substring(0, open), pattern.Substring(close + 1));
        if ((open < 0) != (source == NameSource.Fixed))
        {
            throw new System.ArgumentException($"'{pattern}' and its source {source} disagree about a placeholder", nameof(pattern));
        }
    }

    /// <summary>The name with its placeholder: <c>Bytes</c>, <c>{Field}Bytes</c>, <c>WriteJsonPart{n}</c>.</summary>
    public string Pattern { get; }

    public NameScope Scope { get; }

    public NameSource Source { get; }

    /// <summary>What the generated member or type is, for people (shown when a layout name collides with it).</summary>
    public string Purpose { get; }

    /// <summary>For a fixed type name outside the layout's own namespace: that namespace (the registry's).</summary>
    public string? FixedNamespace { get; }

    /// <summary>The name of a fixed entry.</summary>
    public string Name => Source == NameSource.Fixed ? Pattern : throw new System.InvalidOperationException($"'{Pattern}' needs a value for its placeholder");

    /// <summary>The name for one item: <c>Of("Speed")</c> of <c>{Field}Bytes</c> is <c>SpeedBytes</c>.</summary>
    public string Of(string part) => Source == NameSource.Fixed ? Pattern : _prefix + part + _suffix;

    /// <summary>Whether <paramref name="name"/> is one of the names a numbered pattern gives (<c>WriteJsonPart7</c>).</summary>
    public bool IsNumbered(string name) =>
        Source == NameSource.Numbered
        && name.Length > _prefix.Length + _suffix.Length
        && name.StartsWith(_prefix, System.StringComparison.Ordinal)
        && name.EndsWith(_suffix, System.StringComparison.Ordinal)
        && IsDigits(name.Substring(_prefix.Length, name.Length - _prefix.Length - _suffix.Length));

    /// <summary>
    /// The same pattern seen from another scope (a type named again inside its own members), declared there because of
    /// <paramref name="source"/>; the pattern stays in one place.
    /// </summary>
    public GeneratedName Within(NameScope scope, NameSource source, string purpose) => new(Pattern, scope, source, purpose);

    public override string ToString() => Pattern;

    private static bool IsDigits(string text)
    {
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
