// Hand-written-style interop declaration of the AC EVO embedded struct <c>SMEvoDamageState</c>, the way C# telemetry tools declare shared-memory pages:
// public fields in header order, fixed arrays as ByValArray, strings as ByValTStr, 2-D arrays flattened.
// Written once from reference/acevo/graphics.tsv (see README.md in this folder); the member list is the page's, unchanged.
using System.Runtime.InteropServices;
using System.Text.Json.Serialization;

namespace SimLayouts.Benchmarks.Baseline;

/// <summary>The AC EVO embedded struct <c>SMEvoDamageState</c> (128 bytes, header <c>#pragma pack(4)</c>; offsets below are those of its first use, <c>car_damage</c>, from the start of the page).</summary>
/// <remarks>Marshalled size: 128 bytes, checked by the baseline tests.</remarks>
[StructLayout(LayoutKind.Sequential, Pack = 4, CharSet = CharSet.Ansi)]
public struct SMEvoDamageState
{
    /// <summary><c>damage_front</c>: <c>float</c> at page offset 1260; 0-1.</summary>
    public float damage_front;

    /// <summary><c>damage_rear</c>: <c>float</c> at page offset 1264; 0-1.</summary>
    public float damage_rear;

    /// <summary><c>damage_left</c>: <c>float</c> at page offset 1268; 0-1.</summary>
    public float damage_left;

    /// <summary><c>damage_right</c>: <c>float</c> at page offset 1272; 0-1.</summary>
    public float damage_right;

    /// <summary><c>damage_center</c>: <c>float</c> at page offset 1276; 0-1.</summary>
    public float damage_center;

    /// <summary><c>damage_suspension_lf</c>: <c>float</c> at page offset 1280; 0-1.</summary>
    public float damage_suspension_lf;

    /// <summary><c>damage_suspension_rf</c>: <c>float</c> at page offset 1284; 0-1.</summary>
    public float damage_suspension_rf;

    /// <summary><c>damage_suspension_lr</c>: <c>float</c> at page offset 1288; 0-1.</summary>
    public float damage_suspension_lr;

    /// <summary><c>damage_suspension_rr</c>: <c>float</c> at page offset 1292; 0-1.</summary>
    public float damage_suspension_rr;

    /// <summary><c>place_holder</c>: <c>char[92]</c> at page offset 1296.</summary>
    [JsonIgnore]
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 92)]
    public byte[] place_holder;
}
