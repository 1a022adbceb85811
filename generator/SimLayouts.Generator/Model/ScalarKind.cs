namespace SimLayouts.Generator.Model;

/// <summary>The primitive types a layout field can be made of, as written in YAML.</summary>
internal enum ScalarKind
{
    None,
    U8,
    I8,
    U16,
    I16,
    U32,
    I32,
    U64,
    I64,
    F32,
    F64,
    Bool,
}

internal static class ScalarKinds
{
    public static ScalarKind Parse(string text) => text switch
    {
        "u8" => ScalarKind.U8,
        "i8" => ScalarKind.I8,
        "u16" => ScalarKind.U16,
        "i16" => ScalarKind.I16,
        "u32" => ScalarKind.U32,
        "i32" => ScalarKind.I32,
        "u64" => ScalarKind.U64,
        "i64" => ScalarKind.I64,
        "f32" => ScalarKind.F32,
        "f64" => ScalarKind.F64,
        "bool" => ScalarKind.Bool,
        _ => ScalarKind.None,
    };

    public static string YamlName(this ScalarKind kind) => kind switch
    {
        ScalarKind.U8 => "u8",
        ScalarKind.I8 => "i8",
        ScalarKind.U16 => "u16",
        ScalarKind.I16 => "i16",
        ScalarKind.U32 => "u32",
        ScalarKind.I32 => "i32",
        ScalarKind.U64 => "u64",
        ScalarKind.I64 => "i64",
        ScalarKind.F32 => "f32",
        ScalarKind.F64 => "f64",
        ScalarKind.Bool => "bool",
        _ => "?",
    };

    public static int Size(this ScalarKind kind) => kind switch
    {
        ScalarKind.U8 or ScalarKind.I8 or ScalarKind.Bool => 1,
        ScalarKind.U16 or ScalarKind.I16 => 2,
        ScalarKind.U32 or ScalarKind.I32 or ScalarKind.F32 => 4,
        ScalarKind.U64 or ScalarKind.I64 or ScalarKind.F64 => 8,
        _ => 0,
    };

    public static string CSharpType(this ScalarKind kind) => kind switch
    {
        ScalarKind.U8 => "byte",
        ScalarKind.I8 => "sbyte",
        ScalarKind.U16 => "ushort",
        ScalarKind.I16 => "short",
        ScalarKind.U32 => "uint",
        ScalarKind.I32 => "int",
        ScalarKind.U64 => "ulong",
        ScalarKind.I64 => "long",
        ScalarKind.F32 => "float",
        ScalarKind.F64 => "double",
        ScalarKind.Bool => "bool",
        _ => "?",
    };

    public static bool IsInteger(this ScalarKind kind) =>
        kind is not (ScalarKind.None or ScalarKind.F32 or ScalarKind.F64 or ScalarKind.Bool);

    public static bool IsSigned(this ScalarKind kind) =>
        kind is ScalarKind.I8 or ScalarKind.I16 or ScalarKind.I32 or ScalarKind.I64;

    /// <summary>Whether every value of integer type <paramref name="kind"/> is a value of <paramref name="wider"/>.</summary>
    public static bool FitsWithin(this ScalarKind kind, ScalarKind wider) =>
        wider.Fits(Minimum(kind)) && wider.Fits(Maximum(kind));

    private static decimal Minimum(ScalarKind kind) => kind switch
    {
        ScalarKind.I8 => sbyte.MinValue,
        ScalarKind.I16 => short.MinValue,
        ScalarKind.I32 => int.MinValue,
        ScalarKind.I64 => long.MinValue,
        _ => 0,
    };

    private static decimal Maximum(ScalarKind kind) => kind switch
    {
        ScalarKind.U8 => byte.MaxValue,
        ScalarKind.I8 => sbyte.MaxValue,
        ScalarKind.U16 => ushort.MaxValue,
        ScalarKind.I16 => short.MaxValue,
        ScalarKind.U32 => uint.MaxValue,
        ScalarKind.I32 => int.MaxValue,
        ScalarKind.U64 => ulong.MaxValue,
        _ => long.MaxValue,
    };

    /// <summary>Whether <paramref name="value"/> fits the integer type; used to check enum values.</summary>
    public static bool Fits(this ScalarKind kind, decimal value) => kind switch
    {
        ScalarKind.U8 => value is >= byte.MinValue and <= byte.MaxValue,
        ScalarKind.I8 => value is >= sbyte.MinValue and <= sbyte.MaxValue,
        ScalarKind.U16 => value is >= ushort.MinValue and <= ushort.MaxValue,
        ScalarKind.I16 => value is >= short.MinValue and <= short.MaxValue,
        ScalarKind.U32 => value is >= uint.MinValue and <= uint.MaxValue,
        ScalarKind.I32 => value is >= int.MinValue and <= int.MaxValue,
        ScalarKind.U64 => value is >= ulong.MinValue and <= ulong.MaxValue,
        ScalarKind.I64 => value is >= long.MinValue and <= long.MaxValue,
        _ => false,
    };
}
