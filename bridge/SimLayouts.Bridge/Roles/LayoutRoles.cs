using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.IO;
using System.Linq;
using SimLayouts.Bridge.Members;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SimLayouts.Bridge.Roles;

/// <summary>
/// Which member of a layout plays which role (<see cref="RoleNames"/>: the speed, the gear, the standings, ...) for
/// the overlay page and <c>simlayouts plot</c>. Games are data: each layout may ship
/// <c>layouts/&lt;layout&gt;.roles.yaml</c>, compiled into the program as a resource; a layout without one has no
/// roles (the API serves it all the same). Paths are checked against the layout's metadata when loaded.
/// </summary>
internal sealed class LayoutRoles
{
    private LayoutRoles(LayoutDescription layout, IReadOnlyList<Role> roles, Standings? standings)
    {
        Layout = layout;
        Roles = roles;
        Standings = standings;
    }

    /// <summary>The layout.</summary>
    public LayoutDescription Layout { get; }

    /// <summary>The roles the file declares, in its order.</summary>
    public IReadOnlyList<Role> Roles { get; }

    /// <summary>The standings table, when the layout has one (an array of per-car structs).</summary>
    public Standings? Standings { get; }

    /// <summary>The resource name of <paramref name="layout"/>'s roles file.</summary>
    public static string ResourceName(LayoutDescription layout) => $"roles/{layout.Name}.roles.yaml";

    /// <summary>The role named <paramref name="name"/>, or null.</summary>
    public Role? Find(string name) => Roles.FirstOrDefault(role => role.Name == name);

    /// <summary>
    /// Loads the roles shipped for <paramref name="layout"/>. A layout without a roles file gets an empty set; a
    /// file that does not fit the layout is an error (a test loads every shipped file).
    /// </summary>
    public static bool TryLoad(LayoutDescription layout, [NotNullWhen(true)] out LayoutRoles? roles, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(layout);
        using var stream = typeof(LayoutRoles).Assembly.GetManifestResourceStream(ResourceName(layout));
        if (stream is null)
        {
            roles = new LayoutRoles(layout, [], null);
            error = null;
            return true;
        }

        using var reader = new StreamReader(stream);
        return TryParse(reader.ReadToEnd(), $"{layout.Name}.roles.yaml", layout, out roles, out error);
    }

    /// <summary>Parses a roles file's text for <paramref name="layout"/>; errors name the file, line and column.</summary>
    public static bool TryParse(string text, string fileName, LayoutDescription layout, [NotNullWhen(true)] out LayoutRoles? roles, [NotNullWhen(false)] out string? error)
    {
        roles = null;
        var members = new Dictionary<PageDescription, PageMembers>();
        PageMembers MembersOf(PageDescription page) => members.TryGetValue(page, out var found) ? found : members[page] = PageMembers.Of(page);
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                error = $"{fileName}: expected one mapping with layout, roles and standings.";
                return false;
            }

            var list = new List<Role>();
            Standings? standings = null;
            foreach (var (keyNode, value) in root.Children)
            {
                var key = ((YamlScalarNode)keyNode).Value;
                switch (key)
                {
                    case "layout":
                        if (Scalar(value) != layout.Name)
                        {
                            error = Located(fileName, value, $"the file is for layout '{Scalar(value)}', not {layout.Name}.");
                            return false;
                        }

                        break;
                    case "roles" when value is YamlMappingNode mapping:
                        foreach (var (roleKey, roleValue) in mapping.Children)
                        {
                            if (!TryParseRole(fileName, layout, MembersOf, roleKey, roleValue, out var role, out error))
                            {
                                return false;
                            }

                            list.Add(role);
                        }

                        break;
                    case "standings" when value is YamlMappingNode mapping:
                        if (!TryParseStandings(fileName, layout, MembersOf, mapping, out standings, out error))
                        {
                            return false;
                        }

                        break;
                    default:
                        error = Located(fileName, keyNode, $"unknown key '{key}'; expected layout, roles (a mapping) or standings (a mapping).");
                        return false;
                }
            }

            roles = new LayoutRoles(layout, list, standings);
            error = null;
            return true;
        }
        catch (YamlException exception)
        {
            error = $"{fileName}({exception.Start.Line},{exception.Start.Column}): {exception.Message}";
            return false;
        }
        catch (InvalidCastException)
        {
            error = $"{fileName}: keys must be plain names.";
            return false;
        }
    }

    private static bool TryParseRole(string fileName, LayoutDescription layout, Func<PageDescription, PageMembers> members, YamlNode keyNode, YamlNode value, [NotNullWhen(true)] out Role? role, [NotNullWhen(false)] out string? error)
    {
        role = null;
        var name = Scalar(keyNode) ?? string.Empty;
        if (!RoleNames.IsRole(name))
        {
            error = Located(fileName, keyNode, $"unknown role '{name}'; roles are {string.Join(", ", RoleNames.All.Select(known => known.Name))}.");
            return false;
        }

        string? pathText;
        double add = 0;
        var magnitude = false;
        if (value is YamlMappingNode options)
        {
            pathText = null;
            foreach (var (optionKey, optionValue) in options.Children)
            {
                switch (Scalar(optionKey))
                {
                    case "path":
                        pathText = Scalar(optionValue);
                        break;
                    case "add" when double.TryParse(Scalar(optionValue), NumberStyles.Float, CultureInfo.InvariantCulture, out var number):
                        add = number;
                        break;
                    case "magnitude" when bool.TryParse(Scalar(optionValue), out var length):
                        magnitude = length;
                        break;
                    default:
                        error = Located(fileName, optionKey, $"role {name}: expected path (a member path), add (a number) and magnitude (true or false).");
                        return false;
                }
            }
        }
        else
        {
            pathText = Scalar(value);
        }

        if (string.IsNullOrEmpty(pathText))
        {
            error = Located(fileName, value, $"role {name} needs a path.");
            return false;
        }

        if (!RolePath.TryResolve(pathText, layout, members, allowFinalArray: false, out var path, out var pathError, allowFinalStruct: magnitude))
        {
            error = Located(fileName, value, $"role {name}: {pathError}");
            return false;
        }

        if (magnitude ? !path.Member.IsStruct || path.Member.Children.Exists(child => child.IsStruct || child.IsArray || !IsNumber(child)) : !IsNumber(path.Member))
        {
            error = Located(fileName, value, magnitude ? $"role {name}: magnitude needs a struct of numbers (a vector); {path.Text} is not one." : $"role {name}: {path.Text} is not a number.");
            return false;
        }

        role = new Role(name, path, add, magnitude);
        error = null;
        return true;
    }

    private static bool TryParseStandings(string fileName, LayoutDescription layout, Func<PageDescription, PageMembers> members, YamlMappingNode mapping, [NotNullWhen(true)] out Standings? standings, [NotNullWhen(false)] out string? error)
    {
        standings = null;
        RolePath? rows = null;
        var columns = new Dictionary<string, MemberNode>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = Scalar(keyNode) ?? string.Empty;
            if (key == "rows")
            {
                if (!RolePath.TryResolve(Scalar(value) ?? string.Empty, layout, members, allowFinalArray: true, out rows, out var pathError) || !rows.Member.IsStruct || !rows.Member.IsArray)
                {
                    error = Located(fileName, value, $"standings rows: {pathError ?? "expected an array of structs"}");
                    return false;
                }

                continue;
            }

            if (!RoleNames.StandingsColumns.Contains(key))
            {
                error = Located(fileName, keyNode, $"unknown standings key '{key}'; expected rows, {string.Join(", ", RoleNames.StandingsColumns)}.");
                return false;
            }

            if (rows?.ElementMember(Scalar(value) ?? string.Empty) is not { } member)
            {
                error = Located(fileName, value, $"standings {key}: no member '{Scalar(value)}' in the rows (give rows first).");
                return false;
            }

            columns[key] = member;
        }

        if (rows is null || !columns.ContainsKey("name") || !columns.ContainsKey("position"))
        {
            error = $"{fileName}: standings need rows, name and position.";
            return false;
        }

        standings = new Standings(rows, columns);
        error = null;
        return true;
    }

    private static bool IsNumber(MemberNode member) => MemberValue.KindOf(member.Field) is not (ValueKind.Unknown or ValueKind.Text or ValueKind.Utf16Text);

    private static string? Scalar(YamlNode node) => (node as YamlScalarNode)?.Value;

    private static string Located(string fileName, YamlNode node, string message) => $"{fileName}({node.Start.Line},{node.Start.Column}): {message}";
}

/// <summary>One role: its name, where its value is, and a number added to it (a game's gear index minus one is the gear).</summary>
/// <param name="Name">The role (<see cref="RoleNames"/>).</param>
/// <param name="Path">Where the value is.</param>
/// <param name="Add">Added to the value read.</param>
/// <param name="Magnitude">The path names a struct of numbers (a velocity vector) read as its Euclidean length.</param>
internal sealed record Role(string Name, RolePath Path, double Add, bool Magnitude = false)
{
    /// <summary>The unit the layout gives the member, if any.</summary>
    public string? Unit => Path.Member.Field.Unit;

    /// <summary>Reads the role's value from a frame's pages.</summary>
    public bool TryRead(Func<int, ReadOnlySpan<byte>> page, out double value)
    {
        if (!(Magnitude ? Path.TryReadMagnitude(page, out value) : Path.TryRead(page, out value)))
        {
            return false;
        }

        value += Add;
        return true;
    }
}

/// <summary>The standings: an array of per-car structs and which of their members is the name, the position and the lap.</summary>
/// <param name="Rows">The array of structs (trimmed to its active count in JSON).</param>
/// <param name="Columns">The member of each row for <c>name</c>, <c>position</c> and (optionally) <c>lap</c>.</param>
internal sealed record Standings(RolePath Rows, IReadOnlyDictionary<string, MemberNode> Columns)
{
    /// <summary>The JSON path of a column's member within a row (<c>driverInfo.name</c> through an embedded struct).</summary>
    public string ColumnPath(MemberNode column)
    {
        var path = column.Field.JsonName;
        for (var parent = column.Parent; parent is not null && parent != Rows.Member; parent = parent.Parent)
        {
            path = parent.Field.JsonName + "." + path;
        }

        return path;
    }
}
