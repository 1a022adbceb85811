// Hand-written-style interop declaration of the AC EVO embedded struct <c>SMEvoAssistsState</c>, the way C# telemetry tools declare shared-memory pages:
// public fields in header order, fixed arrays as ByValArray, strings as ByValTStr, 2-D arrays flattened.
// Written once from reference/acevo/graphics.tsv (see README.md in this folder); the member list is the page's, unchanged.
using System.Runtime.InteropServices;
using System.Text.Json.Serialization;

namespace SimLayouts.Benchmarks.Baseline;

/// <summary>The AC EVO embedded struct <c>SMEvoAssistsState</c> (64 bytes, header <c>#pragma pack(4)</c>; offsets below are those of its first use, <c>assists_state</c>, from the start of the page).</summary>
/// <remarks>Marshalled size: 64 bytes, checked by the baseline tests.</remarks>
[StructLayout(LayoutKind.Sequential, Pack = 4, CharSet = CharSet.Ansi)]
public struct SMEvoAssistsState
{
    /// <summary><c>auto_gear</c>: <c>uint8_t</c> at page offset 3864.</summary>
    public byte auto_gear;

    /// <summary><c>auto_blip</c>: <c>uint8_t</c> at page offset 3865.</summary>
    public byte auto_blip;

    /// <summary><c>auto_clutch</c>: <c>uint8_t</c> at page offset 3866.</summary>
    public byte auto_clutch;

    /// <summary><c>auto_clutch_on_start</c>: <c>uint8_t</c> at page offset 3867.</summary>
    public byte auto_clutch_on_start;

    /// <summary><c>manual_ignition_e_start</c>: <c>uint8_t</c> at page offset 3868.</summary>
    public byte manual_ignition_e_start;

    /// <summary><c>auto_pit_limiter</c>: <c>uint8_t</c> at page offset 3869.</summary>
    public byte auto_pit_limiter;

    /// <summary><c>standing_start_assist</c>: <c>uint8_t</c> at page offset 3870.</summary>
    public byte standing_start_assist;

    /// <summary><c>auto_steer</c>: <c>float</c> at page offset 3872; 0-1.</summary>
    public float auto_steer;

    /// <summary><c>arcade_stability_control</c>: <c>float</c> at page offset 3876; 0-1.</summary>
    public float arcade_stability_control;

    /// <summary><c>place_holder</c>: <c>char[48]</c> at page offset 3880.</summary>
    [JsonIgnore]
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 48)]
    public byte[] place_holder;
}
