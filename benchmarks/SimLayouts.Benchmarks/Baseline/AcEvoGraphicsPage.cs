// Hand-written-style interop declaration of the AC EVO graphics page <c>SPageFileGraphicEvo</c> (revision 2026-04-01), the way C# telemetry tools declare shared-memory pages:
// public fields in header order, fixed arrays as ByValArray, strings as ByValTStr, 2-D arrays flattened.
// Written once from reference/acevo/graphics.tsv (see README.md in this folder); the member list is the page's, unchanged.
using System.Runtime.InteropServices;
using System.Text.Json.Serialization;

namespace SimLayouts.Benchmarks.Baseline;

/// <summary>The whole AC EVO graphics page <c>Local\acevo_pmf_graphics</c> (<c>SPageFileGraphicEvo</c>, 2026-04-01 revision with <c>car_ids</c>) as a tool declares it for <see cref="System.Runtime.InteropServices.Marshal.PtrToStructure{T}(System.IntPtr)"/>.</summary>
/// <remarks>Marshalled size: 4,900 bytes, checked by the baseline tests.</remarks>
[StructLayout(LayoutKind.Sequential, Pack = 4, CharSet = CharSet.Ansi)]
public struct AcEvoGraphicsPage
{
    /// <summary><c>packetId</c>: <c>int</c> at offset 0.</summary>
    public int packetId;

    /// <summary><c>status</c>: <c>ACEVO_STATUS</c> at offset 4; enum ACEVO_STATUS, kept as its raw number.</summary>
    public int status;

    /// <summary><c>focused_car_id_a</c>: <c>uint64_t</c> at offset 8.</summary>
    public ulong focused_car_id_a;

    /// <summary><c>focused_car_id_b</c>: <c>uint64_t</c> at offset 16.</summary>
    public ulong focused_car_id_b;

    /// <summary><c>player_car_id_a</c>: <c>uint64_t</c> at offset 24.</summary>
    public ulong player_car_id_a;

    /// <summary><c>player_car_id_b</c>: <c>uint64_t</c> at offset 32.</summary>
    public ulong player_car_id_b;

    /// <summary><c>rpm</c>: <c>unsigned short</c> at offset 40; rpm.</summary>
    public ushort rpm;

    /// <summary><c>is_rpm_limiter_on</c>: <c>bool</c> at offset 42.</summary>
    [MarshalAs(UnmanagedType.I1)]
    public bool is_rpm_limiter_on;

    /// <summary><c>is_change_up_rpm</c>: <c>bool</c> at offset 43.</summary>
    [MarshalAs(UnmanagedType.I1)]
    public bool is_change_up_rpm;

    /// <summary><c>is_change_down_rpm</c>: <c>bool</c> at offset 44.</summary>
    [MarshalAs(UnmanagedType.I1)]
    public bool is_change_down_rpm;

    /// <summary><c>tc_active</c>: <c>bool</c> at offset 45.</summary>
    [MarshalAs(UnmanagedType.I1)]
    public bool tc_active;

    /// <summary><c>abs_active</c>: <c>bool</c> at offset 46.</summary>
    [MarshalAs(UnmanagedType.I1)]
    public bool abs_active;

    /// <summary><c>esc_active</c>: <c>bool</c> at offset 47.</summary>
    [MarshalAs(UnmanagedType.I1)]
    public bool esc_active;

    /// <summary><c>launch_active</c>: <c>bool</c> at offset 48.</summary>
    [MarshalAs(UnmanagedType.I1)]
    public bool launch_active;

    /// <summary><c>is_ignition_on</c>: <c>bool</c> at offset 49.</summary>
    [MarshalAs(UnmanagedType.I1)]
    public bool is_ignition_on;

    /// <summary><c>is_engine_running</c>: <c>bool</c> at offset 50.</summary>
    [MarshalAs(UnmanagedType.I1)]
    public bool is_engine_running;

    /// <summary><c>kers_is_charging</c>: <c>bool</c> at offset 51.</summary>
    [MarshalAs(UnmanagedType.I1)]
    public bool kers_is_charging;

    /// <summary><c>is_wrong_way</c>: <c>bool</c> at offset 52.</summary>
    [MarshalAs(UnmanagedType.I1)]
    public bool is_wrong_way;

    /// <summary><c>is_drs_available</c>: <c>bool</c> at offset 53.</summary>
    [MarshalAs(UnmanagedType.I1)]
    public bool is_drs_available;

    /// <summary><c>battery_is_charging</c>: <c>bool</c> at offset 54.</summary>
    [MarshalAs(UnmanagedType.I1)]
    public bool battery_is_charging;

    /// <summary><c>is_max_kj_per_lap_reached</c>: <c>bool</c> at offset 55.</summary>
    [MarshalAs(UnmanagedType.I1)]
    public bool is_max_kj_per_lap_reached;

    /// <summary><c>is_max_charge_kj_per_lap_reached</c>: <c>bool</c> at offset 56.</summary>
    [MarshalAs(UnmanagedType.I1)]
    public bool is_max_charge_kj_per_lap_reached;

    /// <summary><c>display_speed_kmh</c>: <c>short</c> at offset 58; km/h.</summary>
    public short display_speed_kmh;

    /// <summary><c>display_speed_mph</c>: <c>short</c> at offset 60; mph.</summary>
    public short display_speed_mph;

    /// <summary><c>display_speed_ms</c>: <c>short</c> at offset 62; m/s.</summary>
    public short display_speed_ms;

    /// <summary><c>pitspeeding_delta</c>: <c>float</c> at offset 64.</summary>
    public float pitspeeding_delta;

    /// <summary><c>gear_int</c>: <c>short</c> at offset 68; enum informal:GEAR_INDEX, kept as its raw number.</summary>
    public short gear_int;

    /// <summary><c>rpm_percent</c>: <c>float</c> at offset 72; 0-1.</summary>
    public float rpm_percent;

    /// <summary><c>gas_percent</c>: <c>float</c> at offset 76; 0-1.</summary>
    public float gas_percent;

    /// <summary><c>brake_percent</c>: <c>float</c> at offset 80; 0-1.</summary>
    public float brake_percent;

    /// <summary><c>handbrake_percent</c>: <c>float</c> at offset 84; 0-1.</summary>
    public float handbrake_percent;

    /// <summary><c>clutch_percent</c>: <c>float</c> at offset 88; 0-1.</summary>
    public float clutch_percent;

    /// <summary><c>steering_percent</c>: <c>float</c> at offset 92; -1..1.</summary>
    public float steering_percent;

    /// <summary><c>ffb_strength</c>: <c>float</c> at offset 96.</summary>
    public float ffb_strength;

    /// <summary><c>car_ffb_mupliplier</c>: <c>float</c> at offset 100.</summary>
    public float car_ffb_mupliplier;

    /// <summary><c>water_temperature_percent</c>: <c>float</c> at offset 104; fraction.</summary>
    public float water_temperature_percent;

    /// <summary><c>water_pressure_bar</c>: <c>float</c> at offset 108; bar.</summary>
    public float water_pressure_bar;

    /// <summary><c>fuel_pressure_bar</c>: <c>float</c> at offset 112; bar.</summary>
    public float fuel_pressure_bar;

    /// <summary><c>water_temperature_c</c>: <c>int8_t</c> at offset 116; degC.</summary>
    public sbyte water_temperature_c;

    /// <summary><c>air_temperature_c</c>: <c>int8_t</c> at offset 117; degC.</summary>
    public sbyte air_temperature_c;

    /// <summary><c>oil_temperature_c</c>: <c>float</c> at offset 120; degC.</summary>
    public float oil_temperature_c;

    /// <summary><c>oil_pressure_bar</c>: <c>float</c> at offset 124; bar.</summary>
    public float oil_pressure_bar;

    /// <summary><c>exhaust_temperature_c</c>: <c>float</c> at offset 128; degC.</summary>
    public float exhaust_temperature_c;

    /// <summary><c>g_forces_x</c>: <c>float</c> at offset 132; G.</summary>
    public float g_forces_x;

    /// <summary><c>g_forces_y</c>: <c>float</c> at offset 136; G.</summary>
    public float g_forces_y;

    /// <summary><c>g_forces_z</c>: <c>float</c> at offset 140; G.</summary>
    public float g_forces_z;

    /// <summary><c>turbo_boost</c>: <c>float</c> at offset 144; bar.</summary>
    public float turbo_boost;

    /// <summary><c>turbo_boost_level</c>: <c>float</c> at offset 148.</summary>
    public float turbo_boost_level;

    /// <summary><c>turbo_boost_perc</c>: <c>float</c> at offset 152; 0-1.</summary>
    public float turbo_boost_perc;

    /// <summary><c>steer_degrees</c>: <c>int32_t</c> at offset 156; deg.</summary>
    public int steer_degrees;

    /// <summary><c>current_km</c>: <c>float</c> at offset 160; km.</summary>
    public float current_km;

    /// <summary><c>total_km</c>: <c>uint32_t</c> at offset 164; km.</summary>
    public uint total_km;

    /// <summary><c>total_driving_time_s</c>: <c>uint32_t</c> at offset 168; s.</summary>
    public uint total_driving_time_s;

    /// <summary><c>time_of_day_hours</c>: <c>int32_t</c> at offset 172; h.</summary>
    public int time_of_day_hours;

    /// <summary><c>time_of_day_minutes</c>: <c>int32_t</c> at offset 176; min.</summary>
    public int time_of_day_minutes;

    /// <summary><c>time_of_day_seconds</c>: <c>int32_t</c> at offset 180; s.</summary>
    public int time_of_day_seconds;

    /// <summary><c>delta_time_ms</c>: <c>int32_t</c> at offset 184; ms.</summary>
    public int delta_time_ms;

    /// <summary><c>current_lap_time_ms</c>: <c>int32_t</c> at offset 188; ms.</summary>
    public int current_lap_time_ms;

    /// <summary><c>predicted_lap_time_ms</c>: <c>int32_t</c> at offset 192; ms.</summary>
    public int predicted_lap_time_ms;

    /// <summary><c>fuel_liter_current_quantity</c>: <c>float</c> at offset 196; L.</summary>
    public float fuel_liter_current_quantity;

    /// <summary><c>fuel_liter_current_quantity_percent</c>: <c>float</c> at offset 200; fraction.</summary>
    public float fuel_liter_current_quantity_percent;

    /// <summary><c>fuel_liter_per_km</c>: <c>float</c> at offset 204; L/km.</summary>
    public float fuel_liter_per_km;

    /// <summary><c>km_per_fuel_liter</c>: <c>float</c> at offset 208; km/L.</summary>
    public float km_per_fuel_liter;

    /// <summary><c>current_torque</c>: <c>float</c> at offset 212; Nm.</summary>
    public float current_torque;

    /// <summary><c>current_bhp</c>: <c>int32_t</c> at offset 216; bhp.</summary>
    public int current_bhp;

    /// <summary><c>tyre_lf</c>: <c>SMEvoTyreState</c> at offset 220.</summary>
    public SMEvoTyreState tyre_lf;

    /// <summary><c>tyre_rf</c>: <c>SMEvoTyreState</c> at offset 476.</summary>
    public SMEvoTyreState tyre_rf;

    /// <summary><c>tyre_lr</c>: <c>SMEvoTyreState</c> at offset 732.</summary>
    public SMEvoTyreState tyre_lr;

    /// <summary><c>tyre_rr</c>: <c>SMEvoTyreState</c> at offset 988.</summary>
    public SMEvoTyreState tyre_rr;

    /// <summary><c>npos</c>: <c>float</c> at offset 1244; 0-1.</summary>
    public float npos;

    /// <summary><c>kers_charge_perc</c>: <c>float</c> at offset 1248; 0-1.</summary>
    public float kers_charge_perc;

    /// <summary><c>kers_current_perc</c>: <c>float</c> at offset 1252; fraction.</summary>
    public float kers_current_perc;

    /// <summary><c>control_lock_time</c>: <c>float</c> at offset 1256; s.</summary>
    public float control_lock_time;

    /// <summary><c>car_damage</c>: <c>SMEvoDamageState</c> at offset 1260.</summary>
    public SMEvoDamageState car_damage;

    /// <summary><c>car_location</c>: <c>ACEVO_CAR_LOCATION</c> at offset 1388; enum ACEVO_CAR_LOCATION, kept as its raw number.</summary>
    public int car_location;

    /// <summary><c>pit_info</c>: <c>SMEvoPitInfo</c> at offset 1392.</summary>
    public SMEvoPitInfo pit_info;

    /// <summary><c>fuel_liter_used</c>: <c>float</c> at offset 1456; L.</summary>
    public float fuel_liter_used;

    /// <summary><c>fuel_liter_per_lap</c>: <c>float</c> at offset 1460; L/lap.</summary>
    public float fuel_liter_per_lap;

    /// <summary><c>laps_possible_with_fuel</c>: <c>float</c> at offset 1464.</summary>
    public float laps_possible_with_fuel;

    /// <summary><c>battery_temperature</c>: <c>float</c> at offset 1468; degC.</summary>
    public float battery_temperature;

    /// <summary><c>battery_voltage</c>: <c>float</c> at offset 1472; V.</summary>
    public float battery_voltage;

    /// <summary><c>instantaneous_fuel_liter_per_km</c>: <c>float</c> at offset 1476; L/km.</summary>
    public float instantaneous_fuel_liter_per_km;

    /// <summary><c>instantaneous_km_per_fuel_liter</c>: <c>float</c> at offset 1480; km/L.</summary>
    public float instantaneous_km_per_fuel_liter;

    /// <summary><c>gear_rpm_window</c>: <c>float</c> at offset 1484.</summary>
    public float gear_rpm_window;

    /// <summary><c>instrumentation</c>: <c>SMEvoInstrumentation</c> at offset 1488.</summary>
    public SMEvoInstrumentation instrumentation;

    /// <summary><c>instrumentation_min_limit</c>: <c>SMEvoInstrumentation</c> at offset 1616.</summary>
    public SMEvoInstrumentation instrumentation_min_limit;

    /// <summary><c>instrumentation_max_limit</c>: <c>SMEvoInstrumentation</c> at offset 1744.</summary>
    public SMEvoInstrumentation instrumentation_max_limit;

    /// <summary><c>electronics</c>: <c>SMEvoElectronics</c> at offset 1872.</summary>
    public SMEvoElectronics electronics;

    /// <summary><c>electronics_min_limit</c>: <c>SMEvoElectronics</c> at offset 2000.</summary>
    public SMEvoElectronics electronics_min_limit;

    /// <summary><c>electronics_max_limit</c>: <c>SMEvoElectronics</c> at offset 2128.</summary>
    public SMEvoElectronics electronics_max_limit;

    /// <summary><c>electronics_is_modifiable</c>: <c>SMEvoElectronics</c> at offset 2256.</summary>
    public SMEvoElectronics electronics_is_modifiable;

    /// <summary><c>total_lap_count</c>: <c>int32_t</c> at offset 2384.</summary>
    public int total_lap_count;

    /// <summary><c>current_pos</c>: <c>uint32_t</c> at offset 2388.</summary>
    public uint current_pos;

    /// <summary><c>total_drivers</c>: <c>uint32_t</c> at offset 2392.</summary>
    public uint total_drivers;

    /// <summary><c>last_laptime_ms</c>: <c>int32_t</c> at offset 2396; ms.</summary>
    public int last_laptime_ms;

    /// <summary><c>best_laptime_ms</c>: <c>int32_t</c> at offset 2400; ms.</summary>
    public int best_laptime_ms;

    /// <summary><c>flag</c>: <c>ACEVO_FLAG_TYPE</c> at offset 2404; enum ACEVO_FLAG_TYPE, kept as its raw number.</summary>
    public int flag;

    /// <summary><c>global_flag</c>: <c>ACEVO_FLAG_TYPE</c> at offset 2408; enum ACEVO_FLAG_TYPE, kept as its raw number.</summary>
    public int global_flag;

    /// <summary><c>max_gears</c>: <c>uint32_t</c> at offset 2412.</summary>
    public uint max_gears;

    /// <summary><c>engine_type</c>: <c>ACEVO_ENGINE_TYPE</c> at offset 2416; enum ACEVO_ENGINE_TYPE, kept as its raw number.</summary>
    public int engine_type;

    /// <summary><c>has_kers</c>: <c>bool</c> at offset 2420.</summary>
    [MarshalAs(UnmanagedType.I1)]
    public bool has_kers;

    /// <summary><c>is_last_lap</c>: <c>bool</c> at offset 2421.</summary>
    [MarshalAs(UnmanagedType.I1)]
    public bool is_last_lap;

    /// <summary><c>performance_mode_name</c>: <c>char[33]</c> at offset 2422.</summary>
    [MarshalAs(UnmanagedType.ByValTStr, SizeConst = 33)]
    public string performance_mode_name;

    /// <summary><c>diff_coast_raw_value</c>: <c>float</c> at offset 2456.</summary>
    public float diff_coast_raw_value;

    /// <summary><c>diff_power_raw_value</c>: <c>float</c> at offset 2460.</summary>
    public float diff_power_raw_value;

    /// <summary><c>race_cut_gained_time_ms</c>: <c>int32_t</c> at offset 2464; ms.</summary>
    public int race_cut_gained_time_ms;

    /// <summary><c>distance_to_deadline</c>: <c>int32_t</c> at offset 2468; m.</summary>
    public int distance_to_deadline;

    /// <summary><c>race_cut_current_delta</c>: <c>float</c> at offset 2472.</summary>
    public float race_cut_current_delta;

    /// <summary><c>session_state</c>: <c>SMEvoSessionState</c> at offset 2476.</summary>
    public SMEvoSessionState session_state;

    /// <summary><c>timing_state</c>: <c>SMEvoTimingState</c> at offset 2732.</summary>
    public SMEvoTimingState timing_state;

    /// <summary><c>player_ping</c>: <c>int32_t</c> at offset 2988; ms.</summary>
    public int player_ping;

    /// <summary><c>player_latency</c>: <c>int32_t</c> at offset 2992; ms.</summary>
    public int player_latency;

    /// <summary><c>player_cpu_usage</c>: <c>int32_t</c> at offset 2996; percent.</summary>
    public int player_cpu_usage;

    /// <summary><c>player_cpu_usage_avg</c>: <c>int32_t</c> at offset 3000; percent.</summary>
    public int player_cpu_usage_avg;

    /// <summary><c>player_qos</c>: <c>int32_t</c> at offset 3004.</summary>
    public int player_qos;

    /// <summary><c>player_qos_avg</c>: <c>int32_t</c> at offset 3008.</summary>
    public int player_qos_avg;

    /// <summary><c>player_fps</c>: <c>int32_t</c> at offset 3012; fps.</summary>
    public int player_fps;

    /// <summary><c>player_fps_avg</c>: <c>int32_t</c> at offset 3016; fps.</summary>
    public int player_fps_avg;

    /// <summary><c>driver_name</c>: <c>char[33]</c> at offset 3020.</summary>
    [MarshalAs(UnmanagedType.ByValTStr, SizeConst = 33)]
    public string driver_name;

    /// <summary><c>driver_surname</c>: <c>char[33]</c> at offset 3053.</summary>
    [MarshalAs(UnmanagedType.ByValTStr, SizeConst = 33)]
    public string driver_surname;

    /// <summary><c>car_model</c>: <c>char[33]</c> at offset 3086.</summary>
    [MarshalAs(UnmanagedType.ByValTStr, SizeConst = 33)]
    public string car_model;

    /// <summary><c>is_in_pit_box</c>: <c>bool</c> at offset 3119.</summary>
    [MarshalAs(UnmanagedType.I1)]
    public bool is_in_pit_box;

    /// <summary><c>is_in_pit_lane</c>: <c>bool</c> at offset 3120.</summary>
    [MarshalAs(UnmanagedType.I1)]
    public bool is_in_pit_lane;

    /// <summary><c>is_valid_lap</c>: <c>bool</c> at offset 3121.</summary>
    [MarshalAs(UnmanagedType.I1)]
    public bool is_valid_lap;

    /// <summary><c>car_coordinates</c>: <c>float[60][3]</c> at offset 3124.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 60 * 3)]
    public float[] car_coordinates;

    /// <summary><c>gap_ahead</c>: <c>float</c> at offset 3844; s.</summary>
    public float gap_ahead;

    /// <summary><c>gap_behind</c>: <c>float</c> at offset 3848; s.</summary>
    public float gap_behind;

    /// <summary><c>active_cars</c>: <c>uint8_t</c> at offset 3852.</summary>
    public byte active_cars;

    /// <summary><c>fuel_per_lap</c>: <c>float</c> at offset 3856; L/lap.</summary>
    public float fuel_per_lap;

    /// <summary><c>fuel_estimated_laps</c>: <c>float</c> at offset 3860.</summary>
    public float fuel_estimated_laps;

    /// <summary><c>assists_state</c>: <c>SMEvoAssistsState</c> at offset 3864.</summary>
    public SMEvoAssistsState assists_state;

    /// <summary><c>max_fuel</c>: <c>float</c> at offset 3928; L.</summary>
    public float max_fuel;

    /// <summary><c>max_turbo_boost</c>: <c>float</c> at offset 3932; bar.</summary>
    public float max_turbo_boost;

    /// <summary><c>use_single_compound</c>: <c>bool</c> at offset 3936.</summary>
    [MarshalAs(UnmanagedType.I1)]
    public bool use_single_compound;

    /// <summary><c>car_ids</c>: <c>uint64_t[60][2]</c> at offset 3940.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 60 * 2)]
    public ulong[] car_ids;
}
