// Hand-written-style interop declaration of the AC EVO embedded struct <c>SMEvoTimingState</c>, the way C# telemetry tools declare shared-memory pages:
// public fields in header order, fixed arrays as ByValArray, strings as ByValTStr, 2-D arrays flattened.
// Written once from reference/acevo/graphics.tsv (see README.md in this folder); the member list is the page's, unchanged.
using System.Runtime.InteropServices;
using System.Text.Json.Serialization;

namespace SimLayouts.Benchmarks.Baseline;

/// <summary>The AC EVO embedded struct <c>SMEvoTimingState</c> (256 bytes, header <c>#pragma pack(4)</c>; offsets below are those of its first use, <c>timing_state</c>, from the start of the page).</summary>
/// <remarks>Marshalled size: 256 bytes, checked by the baseline tests.</remarks>
[StructLayout(LayoutKind.Sequential, Pack = 4, CharSet = CharSet.Ansi)]
public struct SMEvoTimingState
{
    /// <summary><c>current_laptime</c>: <c>char[15]</c> at page offset 2732.</summary>
    [MarshalAs(UnmanagedType.ByValTStr, SizeConst = 15)]
    public string current_laptime;

    /// <summary><c>delta_current</c>: <c>char[15]</c> at page offset 2747.</summary>
    [MarshalAs(UnmanagedType.ByValTStr, SizeConst = 15)]
    public string delta_current;

    /// <summary><c>delta_current_p</c>: <c>int32_t</c> at page offset 2764; enum informal:DELTA_SIGN, kept as its raw number.</summary>
    public int delta_current_p;

    /// <summary><c>last_laptime</c>: <c>char[15]</c> at page offset 2768.</summary>
    [MarshalAs(UnmanagedType.ByValTStr, SizeConst = 15)]
    public string last_laptime;

    /// <summary><c>delta_last</c>: <c>char[15]</c> at page offset 2783.</summary>
    [MarshalAs(UnmanagedType.ByValTStr, SizeConst = 15)]
    public string delta_last;

    /// <summary><c>delta_last_p</c>: <c>int32_t</c> at page offset 2800; enum informal:DELTA_SIGN, kept as its raw number.</summary>
    public int delta_last_p;

    /// <summary><c>best_laptime</c>: <c>char[15]</c> at page offset 2804.</summary>
    [MarshalAs(UnmanagedType.ByValTStr, SizeConst = 15)]
    public string best_laptime;

    /// <summary><c>ideal_laptime</c>: <c>char[15]</c> at page offset 2819.</summary>
    [MarshalAs(UnmanagedType.ByValTStr, SizeConst = 15)]
    public string ideal_laptime;

    /// <summary><c>total_time</c>: <c>char[15]</c> at page offset 2834.</summary>
    [MarshalAs(UnmanagedType.ByValTStr, SizeConst = 15)]
    public string total_time;

    /// <summary><c>is_invalid</c>: <c>bool</c> at page offset 2849.</summary>
    [MarshalAs(UnmanagedType.I1)]
    public bool is_invalid;

    /// <summary><c>place_holder</c>: <c>char[137]</c> at page offset 2850.</summary>
    [JsonIgnore]
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 137)]
    public byte[] place_holder;
}
