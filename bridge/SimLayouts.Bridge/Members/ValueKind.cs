namespace SimLayouts.Bridge.Members;

/// <summary>What one element of a value member is, from its layout type (<see cref="LayoutField.Type"/>).</summary>
internal enum ValueKind
{
    /// <summary>A type this program does not read (a struct, or a type added to the language later).</summary>
    Unknown,

    /// <summary><c>bool</c>: one byte, non-zero is true.</summary>
    Boolean,

    /// <summary><c>i8</c>.</summary>
    Int8,

    /// <summary><c>u8</c>.</summary>
    UInt8,

    /// <summary><c>i16</c>.</summary>
    Int16,

    /// <summary><c>u16</c>.</summary>
    UInt16,

    /// <summary><c>i32</c>.</summary>
    Int32,

    /// <summary><c>u32</c>.</summary>
    UInt32,

    /// <summary><c>i64</c>.</summary>
    Int64,

    /// <summary><c>u64</c>.</summary>
    UInt64,

    /// <summary><c>f32</c>.</summary>
    Float32,

    /// <summary><c>f64</c>.</summary>
    Float64,

    /// <summary><c>string</c>: NUL-terminated UTF-8 in a fixed number of bytes.</summary>
    Text,

    /// <summary><c>string</c> with <c>encoding: utf16</c> (element size 2): NUL-terminated UTF-16LE in a fixed number of units.</summary>
    Utf16Text,
}
