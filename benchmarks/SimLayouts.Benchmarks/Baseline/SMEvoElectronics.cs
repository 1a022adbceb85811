// Hand-written-style interop declaration of the AC EVO embedded struct <c>SMEvoElectronics</c>, the way C# telemetry tools declare shared-memory pages:
// public fields in header order, fixed arrays as ByValArray, strings as ByValTStr, 2-D arrays flattened.
// Written once from reference/acevo/graphics.tsv (see README.md in this folder); the member list is the page's, unchanged.
using System.Runtime.InteropServices;
using System.Text.Json.Serialization;

namespace SimLayouts.Benchmarks.Baseline;

/// <summary>The AC EVO embedded struct <c>SMEvoElectronics</c> (128 bytes, header <c>#pragma pack(4)</c>; offsets below are those of its first use, <c>electronics</c>, from the start of the page).</summary>
/// <remarks>Marshalled size: 128 bytes, checked by the baseline tests.</remarks>
[StructLayout(LayoutKind.Sequential, Pack = 4, CharSet = CharSet.Ansi)]
public struct SMEvoElectronics
{
    /// <summary><c>tc_level</c>: <c>int8_t</c> at page offset 1872.</summary>
    public sbyte tc_level;

    /// <summary><c>tc_cut_level</c>: <c>int8_t</c> at page offset 1873.</summary>
    public sbyte tc_cut_level;

    /// <summary><c>abs_level</c>: <c>int8_t</c> at page offset 1874.</summary>
    public sbyte abs_level;

    /// <summary><c>esc_level</c>: <c>int8_t</c> at page offset 1875.</summary>
    public sbyte esc_level;

    /// <summary><c>ebb_level</c>: <c>int8_t</c> at page offset 1876.</summary>
    public sbyte ebb_level;

    /// <summary><c>brake_bias</c>: <c>float</c> at page offset 1880; fraction.</summary>
    public float brake_bias;

    /// <summary><c>engine_map_level</c>: <c>int8_t</c> at page offset 1884.</summary>
    public sbyte engine_map_level;

    /// <summary><c>turbo_level</c>: <c>float</c> at page offset 1888.</summary>
    public float turbo_level;

    /// <summary><c>ers_deployment_map</c>: <c>int8_t</c> at page offset 1892.</summary>
    public sbyte ers_deployment_map;

    /// <summary><c>ers_recharge_map</c>: <c>float</c> at page offset 1896.</summary>
    public float ers_recharge_map;

    /// <summary><c>is_ers_heat_charging_on</c>: <c>bool</c> at page offset 1900.</summary>
    [MarshalAs(UnmanagedType.I1)]
    public bool is_ers_heat_charging_on;

    /// <summary><c>is_ers_overtake_mode_on</c>: <c>bool</c> at page offset 1901.</summary>
    [MarshalAs(UnmanagedType.I1)]
    public bool is_ers_overtake_mode_on;

    /// <summary><c>is_drs_open</c>: <c>bool</c> at page offset 1902.</summary>
    [MarshalAs(UnmanagedType.I1)]
    public bool is_drs_open;

    /// <summary><c>diff_power_level</c>: <c>int8_t</c> at page offset 1903.</summary>
    public sbyte diff_power_level;

    /// <summary><c>diff_coast_level</c>: <c>int8_t</c> at page offset 1904.</summary>
    public sbyte diff_coast_level;

    /// <summary><c>front_bump_damper_level</c>: <c>int8_t</c> at page offset 1905.</summary>
    public sbyte front_bump_damper_level;

    /// <summary><c>front_rebound_damper_level</c>: <c>int8_t</c> at page offset 1906.</summary>
    public sbyte front_rebound_damper_level;

    /// <summary><c>rear_bump_damper_level</c>: <c>int8_t</c> at page offset 1907.</summary>
    public sbyte rear_bump_damper_level;

    /// <summary><c>rear_rebound_damper_level</c>: <c>int8_t</c> at page offset 1908.</summary>
    public sbyte rear_rebound_damper_level;

    /// <summary><c>is_ignition_on</c>: <c>bool</c> at page offset 1909.</summary>
    [MarshalAs(UnmanagedType.I1)]
    public bool is_ignition_on;

    /// <summary><c>is_pitlimiter_on</c>: <c>bool</c> at page offset 1910.</summary>
    [MarshalAs(UnmanagedType.I1)]
    public bool is_pitlimiter_on;

    /// <summary><c>active_performance_mode</c>: <c>int8_t</c> at page offset 1911.</summary>
    public sbyte active_performance_mode;

    /// <summary><c>place_holder</c>: <c>char[88]</c> at page offset 1912.</summary>
    [JsonIgnore]
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 88)]
    public byte[] place_holder;
}
