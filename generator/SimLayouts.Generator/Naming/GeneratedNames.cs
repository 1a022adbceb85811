using System.Collections.Generic;
using System.Linq;
using SimLayouts.Generator.Model;

namespace SimLayouts.Generator.Naming;

/// <summary>
/// The catalogue of every name the generator declares where a name from a layout can also appear: the types of the
/// layout's namespace, the members of views, of enums, of enum extensions and of the constants class. The emitters
/// build these names from here, and the validators claim them from here before any layout name can take them, so
/// a field called <c>Bytes</c> or <c>WriteJsonPart1</c> is an SL0011 at its YAML line, never a C# error inside
/// generated code. A new generated member is one more entry; its test case is derived from the entry.
/// </summary>
internal static class GeneratedNames
{
    /// <summary>The namespace of the registry of a project's layouts.</summary>
    public const string RegistryNamespace = "SimLayouts.Generated";

    // Members of generated classes that hold no name taken from a layout: nothing can collide with them, so they are
    // not claimed; they are here so that every emitter spells them the same way.

    /// <summary>The metadata of a layout, struct or page (<c>{Name}Layout.Description</c>).</summary>
    public const string Description = nameof(Description);

    /// <summary>A page's segment name (<c>{Page}Layout.SegmentName</c>).</summary>
    public const string SegmentName = nameof(SegmentName);

    /// <summary>The field rows of a struct or page (a private array of <c>{Name}Layout</c>).</summary>
    public const string Fields = nameof(Fields);

    /// <summary>The layout name (<c>{Layout}Layout.Name</c>).</summary>
    public const string LayoutName = "Name";

    /// <summary>Every layout of the registry (<c>CompiledLayouts.All</c>).</summary>
    public const string RegistryAll = "All";

    // ---- Types in the layout's namespace ----

    public static readonly GeneratedName LayoutClass = Type("{Layout}Layout", NameSource.Layout, "the layout's class (its name and metadata)");

    public static readonly GeneratedName ConstantsClass = Type("{Layout}Constants", NameSource.Layout, "the layout's constants class");

    public static readonly GeneratedName EnumTypeName = Type("{Enum}", NameSource.Enum, "an enum");

    public static readonly GeneratedName EnumExtensions = Type("{Enum}Extensions", NameSource.Enum, "an enum's extensions class (names, parsing, JSON)");

    public static readonly GeneratedName View = Type("{Struct}View", NameSource.Struct, "the read-only view of a struct or page");

    public static readonly GeneratedName WritableView = Type("{Struct}WritableView", NameSource.Struct, "the writable view of a struct or page");

    public static readonly GeneratedName StructLayout = Type("{Struct}Layout", NameSource.Struct, "the class of a struct's or page's size, offsets and metadata");

    public static readonly GeneratedName Registry = new("CompiledLayouts", NameScope.LayoutNamespace, NameSource.Fixed, "the registry of the project's layouts", RegistryNamespace);

    // ---- Members of a struct's or page's views, beside its fields and helpers ----

    public static readonly GeneratedName Data = Member("_data", "the bytes a view holds (a private field)");

    public static readonly GeneratedName Bytes = Member("Bytes", "the bytes a view reads");

    public static readonly GeneratedName Size = Member("Size", "the size the layout declares (also in the class of offsets)");

    public static readonly GeneratedName Create = Member("Create", "the factory generic code creates views with");

    public static readonly GeneratedName Page = Member("Page", "a page view's metadata");

    public static readonly GeneratedName Offsets = Member("Offsets", "the class of offset constants, which has a constant per field");

    public static readonly GeneratedName Has = Member("Has", "whether the bytes given hold a member");

    public static readonly GeneratedName Revision = Member("Revision", "the newest revision the bytes given cover");

    public static readonly GeneratedName AsReadOnly = Member("AsReadOnly", "the read-only view of a writable view's bytes");

    public static readonly GeneratedName WriteJson = Member("WriteJson", "the JSON writer");

    public static readonly GeneratedName WriteJsonProperties = Member("WriteJsonProperties", "the JSON writer of the members alone");

    public static readonly GeneratedName WriteJsonPart = new("WriteJsonPart{n}", NameScope.ViewMembers, NameSource.Numbered, "a part of the JSON writer of a view with many members");

    public static readonly GeneratedName ArrayJsonWriter = new("Write{Field}Json", NameScope.ViewMembers, NameSource.JsonArrayField, "the JSON writer of an array field");

    public static readonly GeneratedName StringBytes = new("{Field}Bytes", NameScope.ViewMembers, NameSource.StringField, "the raw bytes of a string field");

    public static readonly GeneratedName ActiveEntries = new("Active{Field}", NameScope.ViewMembers, NameSource.CountedField, "the entries of a counted array in use (its count, clamped to the array)");

    public static readonly GeneratedName HasField = new("Has{Field}", NameScope.ViewMembers, NameSource.LaterField, "whether the bytes given hold a field added in a later revision");

    public static readonly GeneratedName OwnView = View.Within(NameScope.ViewMembers, NameSource.Struct, "the read-only view's own name (its constructor)");

    public static readonly GeneratedName OwnWritableView = WritableView.Within(NameScope.ViewMembers, NameSource.Struct, "the writable view's own name (its constructor)");

    public static readonly GeneratedName OwnLayoutClass = StructLayout.Within(NameScope.ViewMembers, NameSource.Struct, "the class a view reads its size and offsets from");

    public static readonly GeneratedName FieldEnumExtensions = EnumExtensions.Within(NameScope.ViewMembers, NameSource.EnumField, "the extensions class that writes an enum field as JSON");

    // Members every type inherits from object: a view or the class of offsets declaring one hides it (CS0108).
    public static readonly GeneratedName ObjectToString = Member("ToString", "a member inherited from object");

    public static readonly GeneratedName ObjectGetHashCode = Member("GetHashCode", "a member inherited from object");

    public static readonly GeneratedName ObjectEquals = Member("Equals", "a member inherited from object");

    public static readonly GeneratedName ObjectGetType = Member("GetType", "a member inherited from object");

    public static readonly GeneratedName ObjectMemberwiseClone = Member("MemberwiseClone", "a member inherited from object");

    public static readonly GeneratedName ObjectReferenceEquals = Member("ReferenceEquals", "a member inherited from object");

    // ---- Members of an enum, beside its values ----

    public static readonly GeneratedName EnumValueField = new("value__", NameScope.EnumMembers, NameSource.Fixed, "the field .NET keeps an enum's value in");

    public static readonly GeneratedName EnumOwnName = EnumTypeName.Within(NameScope.EnumMembers, NameSource.Enum, "the enum's own name");

    // ---- Members of an enum's extensions class, where the code names the enum's type ----

    public static readonly GeneratedName EnumText = ExtensionMember("Text", "the enum's names and the runtime's formatting and parsing (a private field)");

    public static readonly GeneratedName EnumValues = ExtensionMember("Values", "every value the layout names");

    public static readonly GeneratedName EnumNames = ExtensionMember("Names", "the C# names of the values");

    public static readonly GeneratedName EnumNativeNames = ExtensionMember("NativeNames", "the header's names of the values");

    public static readonly GeneratedName EnumIsNamed = ExtensionMember("IsNamed", "whether the layout names a value");

    public static readonly GeneratedName EnumToDisplayString = ExtensionMember("ToDisplayString", "a value's display string");

    public static readonly GeneratedName EnumToNativeName = ExtensionMember("ToNativeName", "a value's header name");

    public static readonly GeneratedName EnumTryParse = ExtensionMember("TryParse", "parsing a value back");

    public static readonly GeneratedName EnumWriteJson = ExtensionMember("WriteJson", "the JSON writer of a value");

    // ---- Constants of {Layout}Constants, beside the layout's constants ----

    public static readonly GeneratedName ConstantsOwnName = ConstantsClass.Within(NameScope.Constants, NameSource.Layout, "the constants class's own name");

    /// <summary>Every entry above, in declaration order.</summary>
    public static IReadOnlyList<GeneratedName> All { get; } =
    [
        LayoutClass, ConstantsClass, EnumTypeName, EnumExtensions, View, WritableView, StructLayout, Registry,
        Data, Bytes, Size, Create, Page, Offsets, Has, Revision, AsReadOnly, WriteJson, WriteJsonProperties,
        WriteJsonPart, ArrayJsonWriter, StringBytes, ActiveEntries, HasField, OwnView, OwnWritableView, OwnLayoutClass, FieldEnumExtensions,
        ObjectToString, ObjectGetHashCode, ObjectEquals, ObjectGetType, ObjectMemberwiseClone, ObjectReferenceEquals,
        EnumValueField, EnumOwnName,
        EnumText, EnumValues, EnumNames, EnumNativeNames, EnumIsNamed, EnumToDisplayString, EnumToNativeName, EnumTryParse, EnumWriteJson,
        ConstantsOwnName,
    ];

    /// <summary>The entries declared in <paramref name="scope"/>.</summary>
    public static IEnumerable<GeneratedName> In(NameScope scope) => All.Where(name => name.Scope == scope);

    /// <summary>
    /// What a field-sourced entry's placeholder is for <paramref name="field"/> (the C# name of the member it is
    /// generated for), or null when <paramref name="field"/> does not get that member. <paramref name="counted"/>:
    /// whether the field declares a <c>count</c> (validation claims names before it resolves counts).
    /// </summary>
    public static string? PartFor(GeneratedName name, FieldModel field, bool counted) => name.Source switch
    {
        NameSource.StringField when field.Type is StringType or Utf16StringType && !field.IsArray => field.CSharpName,
        NameSource.LaterField when field.Since is not null => field.CSharpName,
        NameSource.JsonArrayField when field.IsArray && field.InJson => field.CSharpName,
        NameSource.EnumField when field.Type is EnumType enumType => enumType.EnumCSharpName,
        NameSource.CountedField when field.IsArray && (counted || field.Count is not null) => field.CSharpName,
        _ => null,
    };

    /// <summary>Whether an entry is declared once per field (its placeholder comes from <see cref="PartFor"/>).</summary>
    public static bool IsPerField(GeneratedName name) =>
        name.Source is NameSource.StringField or NameSource.LaterField or NameSource.JsonArrayField or NameSource.EnumField or NameSource.CountedField;

    private static GeneratedName Type(string pattern, NameSource source, string purpose) => new(pattern, NameScope.LayoutNamespace, source, purpose);

    private static GeneratedName Member(string name, string purpose) => new(name, NameScope.ViewMembers, NameSource.Fixed, purpose);

    private static GeneratedName ExtensionMember(string name, string purpose) => new(name, NameScope.EnumExtensionsMembers, NameSource.Fixed, purpose);
}
