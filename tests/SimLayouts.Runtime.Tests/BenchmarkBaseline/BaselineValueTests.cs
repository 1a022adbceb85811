using System;
using System.Buffers;
using System.Text.Json;
using SimLayouts.AcEvo;
using SimLayouts.Benchmarks.Baseline;
using SimLayouts.Pcars2;

namespace SimLayouts.Runtime.Tests.BenchmarkBaseline;

/// <summary>
/// The baseline of the JSON benchmark reads the values the generated writable views wrote: first and last
/// members, members after padding, strings, the last participant, flattened 2-D arrays and embedded structs.
/// </summary>
/// <remarks>
/// Strings here are ASCII: the structs declare <c>CharSet.Ansi</c> as tools do, which the marshaller decodes as
/// UTF-8 on Linux and macOS but with the system code page on Windows.
/// </remarks>
public sealed class BaselineValueTests
{
    [Test]
    public void The_pcars2_baseline_reads_what_the_view_wrote()
    {
        var bytes = new byte[SharedMemoryLayout.Size];
        var page = new SharedMemoryWritableView(bytes);
        page.Version = 0x0BAD_F00D;
        page.NumParticipants = 64;
        page.LapInvalidated = true;
        page.BestLapTime = 83.25f;                       // after the padding at 6713..6715
        page.CarName = "Porsche 963 LMDh";
        page.TrackVariation = "Nordschleife 24h";
        var last = page.ParticipantInfo[63];
        last.IsActive = true;
        last.Name = "Slot Sixty-Three";
        last.WorldPosition[2] = -1_234.5f;                // after the padding inside ParticipantInfo
        last.CurrentSector = 2;
        page.Orientations[63, 2] = 0.75f;
        page.LapsInvalidated[63] = true;
        page.CarNames.Set(63, "Oreca 07");
        page.TyreCompound.Set(3, "Wet");
        page.Nationalities[63] = 4_242;
        page.SessionIsPrivate = true;
        page.LaunchStage = LaunchStage.On;

        var marshalled = MarshalledPageReader.Read<Pcars2Page>(bytes);
        var view = new SharedMemoryView(bytes);

        Assert.That(marshalled.mVersion, Is.EqualTo(view.Version));
        Assert.That(marshalled.mNumParticipants, Is.EqualTo(view.NumParticipants));
        Assert.That(marshalled.mLapInvalidated, Is.EqualTo(view.LapInvalidated).And.True);
        Assert.That(marshalled.mBestLapTime, Is.EqualTo(view.BestLapTime));
        Assert.That(marshalled.mCarName, Is.EqualTo(view.CarName));
        Assert.That(marshalled.mTrackVariation, Is.EqualTo(view.TrackVariation));
        var participant = marshalled.mParticipantInfo[63];
        Assert.That(participant.mIsActive, Is.True);
        Assert.That(participant.mName, Is.EqualTo(view.ParticipantInfo[63].Name));
        Assert.That(participant.mWorldPosition[2], Is.EqualTo(view.ParticipantInfo[63].WorldPosition[2]));
        Assert.That(participant.mCurrentSector, Is.EqualTo(view.ParticipantInfo[63].CurrentSector));
        Assert.That(marshalled.mParticipantInfo[62].mName, Is.Empty);
        Assert.That(marshalled.mOrientations[(63 * 3) + 2], Is.EqualTo(view.Orientations[63, 2]));
        Assert.That(marshalled.mLapsInvalidated[63], Is.EqualTo(view.LapsInvalidated[63]).And.True);
        Assert.That(marshalled.mCarNames[63].Value, Is.EqualTo(view.CarNames[63]));
        Assert.That(marshalled.mTyreCompound[3].Value, Is.EqualTo(view.TyreCompound[3]));
        Assert.That(marshalled.mNationalities[63], Is.EqualTo(view.Nationalities[63]));
        Assert.That(marshalled.mSessionIsPrivate, Is.EqualTo(view.SessionIsPrivate).And.True);
        Assert.That(marshalled.mLaunchStage, Is.EqualTo((int)view.LaunchStage));
    }

    [Test]
    public void The_acevo_graphics_baseline_reads_what_the_view_wrote()
    {
        var bytes = new byte[GraphicsLayout.Size];
        var page = new GraphicsWritableView(bytes);
        page.PacketId = -7;
        page.FocusedCarIdB = 0xFEED_FACE_CAFE_BEEFUL;
        page.Rpm = 65_000;
        page.DisplaySpeedMs = -3;                         // after the padding at 57
        page.WaterTemperatureC = -12;
        var rearRight = page.TyreRr;
        rearRight.Lock = true;
        rearRight.TyreCompoundRear = "Soft C5";
        rearRight.TyreNormalizedTemperatureCore = 0.625f;
        var maxInstrumentation = page.InstrumentationMaxLimit;
        maxInstrumentation.DisplayCurrentPageIndex[15] = -2;
        maxInstrumentation.AreHeadlightsVisible = true;
        var modifiable = page.ElectronicsIsModifiable;
        modifiable.ActivePerformanceMode = 5;
        modifiable.ErsRechargeMap = 1.5f;
        var session = page.SessionState;
        session.TimeToNextSession = "04:59";
        session.ShowWaitingForPlayers = true;
        var timing = page.TimingState;
        timing.DeltaLastP = DeltaSign.PositiveSlower;
        timing.TotalTime = "1:02:03.456";
        page.DriverSurname = "Lindqvist";
        page.CarCoordinates[59, 2] = 4_321.5f;
        var assists = page.AssistsState;
        assists.ArcadeStabilityControl = 0.375f;
        page.UseSingleCompound = true;
        page.CarIds[59, 1] = ulong.MaxValue - 1;

        var marshalled = MarshalledPageReader.Read<AcEvoGraphicsPage>(bytes);
        var view = new GraphicsView(bytes);

        Assert.That(marshalled.packetId, Is.EqualTo(view.PacketId));
        Assert.That(marshalled.focused_car_id_b, Is.EqualTo(view.FocusedCarIdB));
        Assert.That(marshalled.rpm, Is.EqualTo(view.Rpm));
        Assert.That(marshalled.display_speed_ms, Is.EqualTo(view.DisplaySpeedMs));
        Assert.That(marshalled.water_temperature_c, Is.EqualTo(view.WaterTemperatureC));
        Assert.That(marshalled.tyre_rr.@lock, Is.EqualTo(view.TyreRr.Lock).And.True);
        Assert.That(marshalled.tyre_rr.tyre_compound_rear, Is.EqualTo(view.TyreRr.TyreCompoundRear));
        Assert.That(marshalled.tyre_rr.tyre_normalized_temperature_core, Is.EqualTo(view.TyreRr.TyreNormalizedTemperatureCore));
        Assert.That(marshalled.tyre_lf.tyre_compound_rear, Is.Empty);
        Assert.That(marshalled.instrumentation_max_limit.display_current_page_index[15], Is.EqualTo(view.InstrumentationMaxLimit.DisplayCurrentPageIndex[15]));
        Assert.That(marshalled.instrumentation_max_limit.are_headlights_visible, Is.EqualTo(view.InstrumentationMaxLimit.AreHeadlightsVisible).And.True);
        Assert.That(marshalled.electronics_is_modifiable.active_performance_mode, Is.EqualTo(view.ElectronicsIsModifiable.ActivePerformanceMode));
        Assert.That(marshalled.electronics_is_modifiable.ers_recharge_map, Is.EqualTo(view.ElectronicsIsModifiable.ErsRechargeMap));
        Assert.That(marshalled.session_state.time_to_next_session, Is.EqualTo(view.SessionState.TimeToNextSession));
        Assert.That(marshalled.session_state.show_waiting_for_players, Is.EqualTo(view.SessionState.ShowWaitingForPlayers).And.True);
        Assert.That(marshalled.timing_state.delta_last_p, Is.EqualTo((int)view.TimingState.DeltaLastP));
        Assert.That(marshalled.timing_state.total_time, Is.EqualTo(view.TimingState.TotalTime));
        Assert.That(marshalled.driver_surname, Is.EqualTo(view.DriverSurname));
        Assert.That(marshalled.car_coordinates[(59 * 3) + 2], Is.EqualTo(view.CarCoordinates[59, 2]));
        Assert.That(marshalled.assists_state.arcade_stability_control, Is.EqualTo(view.AssistsState.ArcadeStabilityControl));
        Assert.That(marshalled.use_single_compound, Is.EqualTo(view.UseSingleCompound).And.True);
        Assert.That(marshalled.car_ids[(59 * 2) + 1], Is.EqualTo(view.CarIds[59, 1]));
    }

    [Test]
    public void The_baseline_json_holds_the_page_values_and_leaves_out_the_reserves()
    {
        var bytes = new byte[GraphicsLayout.Size];
        var page = new GraphicsWritableView(bytes);
        var timing = page.TimingState;
        timing.BestLaptime = "1:41.482";
        page.CarIds[59, 1] = 77;

        using var json = Write(bytes, MarshalledPageJson.WriteAcEvoGraphics);
        var root = json.RootElement;

        Assert.That(root.GetProperty("timing_state").GetProperty("best_laptime").GetString(), Is.EqualTo("1:41.482"));
        Assert.That(root.GetProperty("car_ids").GetArrayLength(), Is.EqualTo(120));
        Assert.That(root.GetProperty("car_ids")[119].GetUInt64(), Is.EqualTo(77UL));
        Assert.That(root.GetProperty("tyre_lf").TryGetProperty("place_holder", out _), Is.False);
    }

    [Test]
    public void The_baseline_json_writes_two_dimensional_strings_as_arrays_of_strings()
    {
        var bytes = new byte[SharedMemoryLayout.Size];
        var page = new SharedMemoryWritableView(bytes);
        page.CarNames.Set(63, "Oreca 07");
        var last = page.ParticipantInfo[63];
        last.Name = "Slot Sixty-Three";

        using var json = Write(bytes, MarshalledPageJson.WritePcars2);
        var root = json.RootElement;

        Assert.That(root.GetProperty("mCarNames").GetArrayLength(), Is.EqualTo(64));
        Assert.That(root.GetProperty("mCarNames")[63].GetString(), Is.EqualTo("Oreca 07"));
        Assert.That(root.GetProperty("mParticipantInfo")[63].GetProperty("mName").GetString(), Is.EqualTo("Slot Sixty-Three"));
        Assert.That(root.GetProperty("mTyreCompound")[0].GetString(), Is.Empty);
    }

    [Test]
    public void The_baseline_json_writes_nan_as_a_named_literal_instead_of_throwing()
    {
        var bytes = new byte[SharedMemoryLayout.Size];
        var page = new SharedMemoryWritableView(bytes);
        page.Speed = float.NaN;
        page.Rpm = float.NegativeInfinity;

        using var json = Write(bytes, MarshalledPageJson.WritePcars2);

        Assert.That(json.RootElement.GetProperty("mSpeed").GetString(), Is.EqualTo("NaN"));
        Assert.That(json.RootElement.GetProperty("mRpm").GetString(), Is.EqualTo("-Infinity"));
    }

    [Test]
    public void A_page_shorter_than_the_struct_is_refused_before_marshalling()
    {
        var shortPage = new byte[GraphicsLayout.Size - 1];

        Assert.That(
            () => MarshalledPageReader.Read<AcEvoGraphicsPage>(shortPage),
            Throws.ArgumentException.With.Message.Contains("4900"));
    }

    private delegate void PageJsonWriter(ReadOnlySpan<byte> page, Utf8JsonWriter writer);

    private static JsonDocument Write(byte[] page, PageJsonWriter write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(page, writer);
        }

        return JsonDocument.Parse(buffer.WrittenMemory);
    }
}
