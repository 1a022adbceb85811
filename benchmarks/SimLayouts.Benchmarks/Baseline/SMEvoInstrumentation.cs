// Hand-written-style interop declaration of the AC EVO embedded struct <c>SMEvoInstrumentation</c>, the way C# telemetry tools declare shared-memory pages:
// public fields in header order, fixed arrays as ByValArray, strings as ByValTStr, 2-D arrays flattened.
// Written once from reference/acevo/graphics.tsv (see README.md in this folder); the member list is the page's, unchanged.
using System.Runtime.InteropServices;
using System.Text.Json.Serialization;

namespace SimLayouts.Benchmarks.Baseline;

/// <summary>The AC EVO embedded struct <c>SMEvoInstrumentation</c> (128 bytes, header <c>#pragma pack(4)</c>; offsets below are those of its first use, <c>instrumentation</c>, from the start of the page).</summary>
/// <remarks>Marshalled size: 128 bytes, checked by the baseline tests.</remarks>
[StructLayout(LayoutKind.Sequential, Pack = 4, CharSet = CharSet.Ansi)]
public struct SMEvoInstrumentation
{
    /// <summary><c>main_light_stage</c>: <c>int8_t</c> at page offset 1488.</summary>
    public sbyte main_light_stage;

    /// <summary><c>special_light_stage</c>: <c>int8_t</c> at page offset 1489.</summary>
    public sbyte special_light_stage;

    /// <summary><c>cockpit_light_stage</c>: <c>int8_t</c> at page offset 1490.</summary>
    public sbyte cockpit_light_stage;

    /// <summary><c>wiper_level</c>: <c>int8_t</c> at page offset 1491.</summary>
    public sbyte wiper_level;

    /// <summary><c>rain_lights</c>: <c>bool</c> at page offset 1492.</summary>
    [MarshalAs(UnmanagedType.I1)]
    public bool rain_lights;

    /// <summary><c>direction_light_left</c>: <c>bool</c> at page offset 1493.</summary>
    [MarshalAs(UnmanagedType.I1)]
    public bool direction_light_left;

    /// <summary><c>direction_light_right</c>: <c>bool</c> at page offset 1494.</summary>
    [MarshalAs(UnmanagedType.I1)]
    public bool direction_light_right;

    /// <summary><c>flashing_lights</c>: <c>bool</c> at page offset 1495.</summary>
    [MarshalAs(UnmanagedType.I1)]
    public bool flashing_lights;

    /// <summary><c>warning_lights</c>: <c>bool</c> at page offset 1496.</summary>
    [MarshalAs(UnmanagedType.I1)]
    public bool warning_lights;

    /// <summary><c>selected_display_index</c>: <c>int8_t</c> at page offset 1497.</summary>
    public sbyte selected_display_index;

    /// <summary><c>display_current_page_index</c>: <c>int8_t[16]</c> at page offset 1498.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 16)]
    public sbyte[] display_current_page_index;

    /// <summary><c>are_headlights_visible</c>: <c>bool</c> at page offset 1514.</summary>
    [MarshalAs(UnmanagedType.I1)]
    public bool are_headlights_visible;

    /// <summary><c>place_holder</c>: <c>char[101]</c> at page offset 1515.</summary>
    [JsonIgnore]
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 101)]
    public byte[] place_holder;
}
