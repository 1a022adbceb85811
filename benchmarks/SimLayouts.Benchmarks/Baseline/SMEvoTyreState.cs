// Hand-written-style interop declaration of the AC EVO embedded struct <c>SMEvoTyreState</c>, the way C# telemetry tools declare shared-memory pages:
// public fields in header order, fixed arrays as ByValArray, strings as ByValTStr, 2-D arrays flattened.
// Written once from reference/acevo/graphics.tsv (see README.md in this folder); the member list is the page's, unchanged.
using System.Runtime.InteropServices;
using System.Text.Json.Serialization;

namespace SimLayouts.Benchmarks.Baseline;

/// <summary>The AC EVO embedded struct <c>SMEvoTyreState</c> (256 bytes, header <c>#pragma pack(4)</c>; offsets below are those of its first use, <c>tyre_lf</c>, from the start of the page).</summary>
/// <remarks>Marshalled size: 256 bytes, checked by the baseline tests.</remarks>
[StructLayout(LayoutKind.Sequential, Pack = 4, CharSet = CharSet.Ansi)]
public struct SMEvoTyreState
{
    /// <summary><c>slip</c>: <c>float</c> at page offset 220.</summary>
    public float slip;

    /// <summary><c>lock</c>: <c>bool</c> at page offset 224.</summary>
    [MarshalAs(UnmanagedType.I1)]
    public bool @lock;

    /// <summary><c>tyre_pression</c>: <c>float</c> at page offset 228; psi.</summary>
    public float tyre_pression;

    /// <summary><c>tyre_temperature_c</c>: <c>float</c> at page offset 232; degC.</summary>
    public float tyre_temperature_c;

    /// <summary><c>brake_temperature_c</c>: <c>float</c> at page offset 236; degC.</summary>
    public float brake_temperature_c;

    /// <summary><c>brake_pressure</c>: <c>float</c> at page offset 240.</summary>
    public float brake_pressure;

    /// <summary><c>tyre_temperature_left</c>: <c>float</c> at page offset 244; degC.</summary>
    public float tyre_temperature_left;

    /// <summary><c>tyre_temperature_center</c>: <c>float</c> at page offset 248; degC.</summary>
    public float tyre_temperature_center;

    /// <summary><c>tyre_temperature_right</c>: <c>float</c> at page offset 252; degC.</summary>
    public float tyre_temperature_right;

    /// <summary><c>tyre_compound_front</c>: <c>char[33]</c> at page offset 256.</summary>
    [MarshalAs(UnmanagedType.ByValTStr, SizeConst = 33)]
    public string tyre_compound_front;

    /// <summary><c>tyre_compound_rear</c>: <c>char[33]</c> at page offset 289.</summary>
    [MarshalAs(UnmanagedType.ByValTStr, SizeConst = 33)]
    public string tyre_compound_rear;

    /// <summary><c>tyre_normalized_pressure</c>: <c>float</c> at page offset 324; 0-1.</summary>
    public float tyre_normalized_pressure;

    /// <summary><c>tyre_normalized_temperature_left</c>: <c>float</c> at page offset 328; 0-1.</summary>
    public float tyre_normalized_temperature_left;

    /// <summary><c>tyre_normalized_temperature_center</c>: <c>float</c> at page offset 332; 0-1.</summary>
    public float tyre_normalized_temperature_center;

    /// <summary><c>tyre_normalized_temperature_right</c>: <c>float</c> at page offset 336; 0-1.</summary>
    public float tyre_normalized_temperature_right;

    /// <summary><c>brake_normalized_temperature</c>: <c>float</c> at page offset 340; 0-1.</summary>
    public float brake_normalized_temperature;

    /// <summary><c>tyre_normalized_temperature_core</c>: <c>float</c> at page offset 344; 0-1.</summary>
    public float tyre_normalized_temperature_core;

    /// <summary><c>place_holder</c>: <c>char[128]</c> at page offset 348.</summary>
    [JsonIgnore]
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 128)]
    public byte[] place_holder;
}
