// Hand-written-style interop declaration of the AC EVO embedded struct <c>SMEvoPitInfo</c>, the way C# telemetry tools declare shared-memory pages:
// public fields in header order, fixed arrays as ByValArray, strings as ByValTStr, 2-D arrays flattened.
// Written once from reference/acevo/graphics.tsv (see README.md in this folder); the member list is the page's, unchanged.
using System.Runtime.InteropServices;
using System.Text.Json.Serialization;

namespace SimLayouts.Benchmarks.Baseline;

/// <summary>The AC EVO embedded struct <c>SMEvoPitInfo</c> (64 bytes, header <c>#pragma pack(4)</c>; offsets below are those of its first use, <c>pit_info</c>, from the start of the page).</summary>
/// <remarks>Marshalled size: 64 bytes, checked by the baseline tests.</remarks>
[StructLayout(LayoutKind.Sequential, Pack = 4, CharSet = CharSet.Ansi)]
public struct SMEvoPitInfo
{
    /// <summary><c>damage</c>: <c>int8_t</c> at page offset 1392; enum informal:PIT_ACTION_STATE, kept as its raw number.</summary>
    public sbyte damage;

    /// <summary><c>fuel</c>: <c>int8_t</c> at page offset 1393; enum informal:PIT_ACTION_STATE, kept as its raw number.</summary>
    public sbyte fuel;

    /// <summary><c>tyres_lf</c>: <c>int8_t</c> at page offset 1394; enum informal:PIT_ACTION_STATE, kept as its raw number.</summary>
    public sbyte tyres_lf;

    /// <summary><c>tyres_rf</c>: <c>int8_t</c> at page offset 1395; enum informal:PIT_ACTION_STATE, kept as its raw number.</summary>
    public sbyte tyres_rf;

    /// <summary><c>tyres_lr</c>: <c>int8_t</c> at page offset 1396; enum informal:PIT_ACTION_STATE, kept as its raw number.</summary>
    public sbyte tyres_lr;

    /// <summary><c>tyres_rr</c>: <c>int8_t</c> at page offset 1397; enum informal:PIT_ACTION_STATE, kept as its raw number.</summary>
    public sbyte tyres_rr;

    /// <summary><c>place_holder</c>: <c>char[58]</c> at page offset 1398.</summary>
    [JsonIgnore]
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 58)]
    public byte[] place_holder;
}
