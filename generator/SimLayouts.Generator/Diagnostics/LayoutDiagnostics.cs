using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace SimLayouts.Generator.Diagnostics;

/// <summary>
/// Every diagnostic the generator can report, each with a stable ID. The table in layouts/README.md lists
/// the same IDs; a test checks that each one can be triggered.
/// </summary>
internal static class LayoutDiagnostics
{
    private const string Category = "SimLayouts";

    public static readonly DiagnosticDescriptor MalformedYaml = Error(
        "SL0001", "Malformed YAML", "The layout file is not valid YAML: {0}");

    public static readonly DiagnosticDescriptor UnknownKey = Error(
        "SL0002", "Unknown key", "Unknown key '{0}' in {1}; expected one of: {2}");

    public static readonly DiagnosticDescriptor MissingKey = Error(
        "SL0003", "Missing required key", "{0} has no '{1}'");

    public static readonly DiagnosticDescriptor InvalidValue = Error(
        "SL0004", "Invalid value", "Invalid value for '{0}': {1}");

    public static readonly DiagnosticDescriptor UnknownType = Error(
        "SL0005", "Unknown type", "Unknown type '{0}'; expected u8, i8, u16, i16, u32, i32, u64, i64, f32, f64, bool, string or a struct of this layout ({1})");

    public static readonly DiagnosticDescriptor UnknownEnum = Error(
        "SL0006", "Unknown enum", "Unknown enum '{0}'; this layout declares: {1}");

    public static readonly DiagnosticDescriptor OverlappingFields = Error(
        "SL0007", "Overlapping fields", "Field '{0}' (bytes {1}..{2}) overlaps field '{3}' (bytes {4}..{5})");

    public static readonly DiagnosticDescriptor FieldOutOfBounds = Error(
        "SL0008", "Field beyond its page or struct", "Field '{0}' ends at byte {1}, beyond the {2} bytes of '{3}'");

    public static readonly DiagnosticDescriptor StrideTooSmall = Error(
        "SL0009", "Stride smaller than its element", "Stride {0} of '{1}' is smaller than its element of {2} bytes");

    public static readonly DiagnosticDescriptor DuplicateNativeName = Error(
        "SL0010", "Duplicate native name", "'{0}' is declared twice in {1}");

    public static readonly DiagnosticDescriptor DuplicateDerivedName = Error(
        "SL0011", "Duplicate derived name", "The {0} name '{1}' of '{2}' is already used by '{3}' in {4}; set '{5}' to choose another");

    public static readonly DiagnosticDescriptor DuplicateEnumValue = Error(
        "SL0012", "Duplicate enum value", "Enum '{0}': '{1}' has the value {2} that '{3}' already has");

    public static readonly DiagnosticDescriptor InvalidIdentifier = Error(
        "SL0013", "Name cannot become a C# identifier", "'{0}' cannot become a C# identifier (derived '{1}'); set 'csharp' to a valid name");

    public static readonly DiagnosticDescriptor EnumTypeMismatch = Error(
        "SL0014", "Enum type mismatch", "{0}");

    public static readonly DiagnosticDescriptor EnumValueOutOfRange = Error(
        "SL0015", "Enum value out of range", "Value {0} of '{1}' does not fit the enum's type {2}");

    public static readonly DiagnosticDescriptor UnknownFieldReference = Error(
        "SL0016", "Unknown field reference", "{0} refers to '{1}', which is not {2}");

    public static readonly DiagnosticDescriptor UnsupportedShape = Error(
        "SL0017", "Unsupported field shape", "Field '{0}': {1}");

    public static readonly DiagnosticDescriptor RecursiveStruct = Error(
        "SL0018", "Recursive struct", "Struct '{0}' contains itself through '{1}'");

    public static readonly DiagnosticDescriptor RuntimeNotReferenced = Error(
        "SL0019", "SimLayouts.Runtime is not referenced", "The code generated for layout '{0}' needs the SimLayouts.Runtime assembly; add a reference to it");

    public static readonly DiagnosticDescriptor DuplicateKey = Error(
        "SL0020", "Duplicate key", "The key '{0}' appears twice in the same mapping");

    public static readonly DiagnosticDescriptor InternalError = Error(
        "SL0099", "Internal generator error", "The SimLayouts generator failed on this file; please report it: {0}");

    private static readonly Dictionary<string, DiagnosticDescriptor> All = Index(
        MalformedYaml, UnknownKey, MissingKey, InvalidValue, UnknownType, UnknownEnum, OverlappingFields,
        FieldOutOfBounds, StrideTooSmall, DuplicateNativeName, DuplicateDerivedName, DuplicateEnumValue,
        InvalidIdentifier, EnumTypeMismatch, EnumValueOutOfRange, UnknownFieldReference, UnsupportedShape,
        RecursiveStruct, RuntimeNotReferenced, DuplicateKey, InternalError);

    public static IEnumerable<DiagnosticDescriptor> Descriptors => All.Values;

    public static DiagnosticDescriptor ById(string id) => All[id];

    private static DiagnosticDescriptor Error(string id, string title, string message) =>
        new(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    private static Dictionary<string, DiagnosticDescriptor> Index(params DiagnosticDescriptor[] descriptors)
    {
        var index = new Dictionary<string, DiagnosticDescriptor>();
        foreach (var descriptor in descriptors)
        {
            index.Add(descriptor.Id, descriptor);
        }

        return index;
    }
}
