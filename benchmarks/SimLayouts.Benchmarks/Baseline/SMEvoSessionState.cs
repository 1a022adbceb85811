// Hand-written-style interop declaration of the AC EVO embedded struct <c>SMEvoSessionState</c>, the way C# telemetry tools declare shared-memory pages:
// public fields in header order, fixed arrays as ByValArray, strings as ByValTStr, 2-D arrays flattened.
// Written once from reference/acevo/graphics.tsv (see README.md in this folder); the member list is the page's, unchanged.
using System.Runtime.InteropServices;
using System.Text.Json.Serialization;

namespace SimLayouts.Benchmarks.Baseline;

/// <summary>The AC EVO embedded struct <c>SMEvoSessionState</c> (256 bytes, header <c>#pragma pack(4)</c>; offsets below are those of its first use, <c>session_state</c>, from the start of the page).</summary>
/// <remarks>Marshalled size: 256 bytes, checked by the baseline tests.</remarks>
[StructLayout(LayoutKind.Sequential, Pack = 4, CharSet = CharSet.Ansi)]
public struct SMEvoSessionState
{
    /// <summary><c>phase_name</c>: <c>char[33]</c> at page offset 2476.</summary>
    [MarshalAs(UnmanagedType.ByValTStr, SizeConst = 33)]
    public string phase_name;

    /// <summary><c>time_left</c>: <c>char[15]</c> at page offset 2509.</summary>
    [MarshalAs(UnmanagedType.ByValTStr, SizeConst = 15)]
    public string time_left;

    /// <summary><c>time_left_ms</c>: <c>int32_t</c> at page offset 2524; ms.</summary>
    public int time_left_ms;

    /// <summary><c>wait_time</c>: <c>char[15]</c> at page offset 2528.</summary>
    [MarshalAs(UnmanagedType.ByValTStr, SizeConst = 15)]
    public string wait_time;

    /// <summary><c>total_lap</c>: <c>int32_t</c> at page offset 2544.</summary>
    public int total_lap;

    /// <summary><c>current_lap</c>: <c>int32_t</c> at page offset 2548.</summary>
    public int current_lap;

    /// <summary><c>lights_on</c>: <c>int32_t</c> at page offset 2552.</summary>
    public int lights_on;

    /// <summary><c>lights_mode</c>: <c>int32_t</c> at page offset 2556.</summary>
    public int lights_mode;

    /// <summary><c>lap_length_km</c>: <c>float</c> at page offset 2560; km.</summary>
    public float lap_length_km;

    /// <summary><c>end_session_flag</c>: <c>int32_t</c> at page offset 2564.</summary>
    public int end_session_flag;

    /// <summary><c>time_to_next_session</c>: <c>char[15]</c> at page offset 2568.</summary>
    [MarshalAs(UnmanagedType.ByValTStr, SizeConst = 15)]
    public string time_to_next_session;

    /// <summary><c>disconnected_from_server</c>: <c>bool</c> at page offset 2583.</summary>
    [MarshalAs(UnmanagedType.I1)]
    public bool disconnected_from_server;

    /// <summary><c>restart_season_enabled</c>: <c>bool</c> at page offset 2584.</summary>
    [MarshalAs(UnmanagedType.I1)]
    public bool restart_season_enabled;

    /// <summary><c>ui_enable_drive</c>: <c>bool</c> at page offset 2585.</summary>
    [MarshalAs(UnmanagedType.I1)]
    public bool ui_enable_drive;

    /// <summary><c>ui_enable_setup</c>: <c>bool</c> at page offset 2586.</summary>
    [MarshalAs(UnmanagedType.I1)]
    public bool ui_enable_setup;

    /// <summary><c>is_ready_to_next_blinking</c>: <c>bool</c> at page offset 2587.</summary>
    [MarshalAs(UnmanagedType.I1)]
    public bool is_ready_to_next_blinking;

    /// <summary><c>show_waiting_for_players</c>: <c>bool</c> at page offset 2588.</summary>
    [MarshalAs(UnmanagedType.I1)]
    public bool show_waiting_for_players;

    /// <summary><c>place_holder</c>: <c>char[140]</c> at page offset 2589.</summary>
    [JsonIgnore]
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 140)]
    public byte[] place_holder;
}
