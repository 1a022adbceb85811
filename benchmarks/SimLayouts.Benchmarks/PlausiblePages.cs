using System.Globalization;
using SimLayouts.AcEvo;
using SimLayouts.Pcars2;

namespace SimLayouts.Benchmarks;

/// <summary>
/// Pages that look like a race in progress, written through the generated writable views: 20 cars with names,
/// positions, speeds and lap times, the player's car with engine, tyre and session data. No NaN or infinity,
/// so every JSON writer can write them as they are.
/// </summary>
public static class PlausiblePages
{
    /// <summary>The number of active participants (pcars2) and cars (AC EVO) on the pages.</summary>
    public const int Cars = 20;

    private static readonly string[] Surnames =
    [
        "Bianchi", "Hartley", "Nakamura", "Okafor", "Lindqvist", "Moreau", "Costa", "Schneider", "Novak", "Dubois",
        "Kowalski", "Fernández", "Jørgensen", "O'Neill", "Rossi", "Takahashi", "Müller", "Silva", "Petrov", "Walsh",
    ];

    /// <summary>A 20,700-byte pcars2 page in the middle of a race.</summary>
    public static byte[] Pcars2()
    {
        var bytes = new byte[SharedMemoryLayout.Size];
        var page = new SharedMemoryWritableView(bytes);
        page.Version = Pcars2Constants.SharedMemoryVersion;
        page.BuildVersionNumber = 1_503;
        page.GameState = GameState.IngamePlaying;
        page.SessionState = SessionState.Race;
        page.RaceState = RaceState.Racing;
        page.ViewedParticipantIndex = 3;
        page.NumParticipants = Cars;
        page.UnfilteredThrottle = 0.93f;
        page.UnfilteredSteering = -0.12f;
        page.CarName = "Formula Ultimate Gen2";
        page.CarClassName = "F-Ultimate";
        page.LapsInEvent = 24;
        page.TrackLocation = "Interlagos";
        page.TrackVariation = "Grand Prix";
        page.TranslatedTrackLocation = "Autódromo José Carlos Pace";
        page.TranslatedTrackVariation = "Grande Prêmio";
        page.TrackLength = 4_309.0f;
        page.NumSectors = 3;
        page.BestLapTime = 71.482f;
        page.LastLapTime = 72.105f;
        page.CurrentTime = 38.771f;
        page.SplitTimeAhead = 0.842f;
        page.SplitTimeBehind = 1.317f;
        page.EventTimeRemaining = -1.0f;
        page.PersonalFastestLapTime = 71.482f;
        page.WorldFastestLapTime = 70.963f;
        page.CurrentSector1Time = 18.204f;
        page.CarFlags = CarFlags.EngineActive | CarFlags.Abs | CarFlags.Tcs;
        page.OilTempCelsius = 104.5f;
        page.OilPressureKPa = 412.0f;
        page.WaterTempCelsius = 91.2f;
        page.FuelLevel = 0.62f;
        page.FuelCapacity = 110.0f;
        page.Speed = 71.4f;
        page.Rpm = 10_850.0f;
        page.MaxRPM = 12_500.0f;
        page.Throttle = 0.93f;
        page.Gear = 6;
        page.NumGears = 8;
        page.OdometerKM = 1_284.6f;
        page.LastOpponentCollisionIndex = -1;
        page.EngineSpeed = 1_136.2f;
        page.EngineTorque = 512.0f;
        page.AmbientTemperature = 24.0f;
        page.TrackTemperature = 37.5f;
        page.WindSpeed = 2.0f;
        page.CloudBrightness = 2.0f;
        page.SequenceNumber = 123_456;
        page.BrakeBias = 0.56f;
        page.SessionDuration = 45.0f;
        page.DrsState = DrsState.Installed | DrsState.ZoneRules | DrsState.AvailableNext;
        page.Orientation[1] = 1.87f;
        page.LocalVelocity[2] = -71.3f;
        for (var wheel = 0; wheel < 4; wheel++)
        {
            page.TyreRPS[wheel] = 48.5f + wheel;
            page.TyreTemp[wheel] = 92.0f + (wheel * 1.5f);
            page.TyreWear[wheel] = 0.08f + (wheel * 0.01f);
            page.BrakeTempCelsius[wheel] = 540.0f - (wheel * 35.0f);
            page.TyreTreadTemp[wheel] = 368.0f + wheel;
            page.AirPressure[wheel] = 21.5f;
            page.SuspensionTravel[wheel] = 0.031f;
            page.RideHeight[wheel] = 3.2f;
            page.TyreCompound.Set(wheel, "Slick Medium");
        }

        var participants = page.ParticipantInfo;
        for (var i = 0; i < Cars; i++)
        {
            var participant = participants[i];
            participant.IsActive = true;
            participant.Name = Surnames[i] + " " + (i + 1).ToString(CultureInfo.InvariantCulture);
            participant.WorldPosition[0] = -312.5f + (i * 41.0f);
            participant.WorldPosition[1] = 12.25f;
            participant.WorldPosition[2] = 887.0f - (i * 13.5f);
            participant.CurrentLapDistance = 4_309.0f - (i * 173.25f);
            participant.RacePosition = (uint)(i + 1);
            participant.LapsCompleted = 7;
            participant.CurrentLap = 8;
            participant.CurrentSector = i % 3;
            page.Speeds[i] = 65.0f + (i * 0.37f);
            page.CurrentSector1Times[i] = 18.2f + (i * 0.05f);
            page.FastestLapTimes[i] = 71.0f + (i * 0.11f);
            page.LastLapTimes[i] = 72.0f + (i * 0.09f);
            page.RaceStates[i] = RaceState.Racing;
            page.Orientations[i, 1] = 1.87f - (i * 0.01f);
            page.CarNames.Set(i, "Formula Ultimate Gen2");
            page.CarClassNames.Set(i, "F-Ultimate");
            page.Nationalities[i] = (uint)(1 + i);
        }

        return bytes;
    }

    /// <summary>A 4,900-byte AC EVO graphics page (revision 2026-04-01) in the middle of a race.</summary>
    public static byte[] AcEvoGraphics()
    {
        var bytes = new byte[GraphicsLayout.Size];
        var page = new GraphicsWritableView(bytes);
        page.PacketId = 48_211;
        page.Status = AcEvoStatus.Live;
        page.FocusedCarIdA = 0x5A17_0000_0000_0003UL;
        page.PlayerCarIdA = 0x5A17_0000_0000_0003UL;
        page.Rpm = 7_450;
        page.TcActive = true;
        page.IsIgnitionOn = true;
        page.IsEngineRunning = true;
        page.DisplaySpeedKmh = 212;
        page.DisplaySpeedMph = 132;
        page.DisplaySpeedMs = 59;
        page.GearInt = (GearIndex)6;
        page.RpmPercent = 0.87f;
        page.GasPercent = 1.0f;
        page.SteeringPercent = -0.08f;
        page.FfbStrength = 0.7f;
        page.CarFfbMupliplier = 1.0f;
        page.WaterTemperatureC = 88;
        page.AirTemperatureC = 24;
        page.OilTemperatureC = 102.5f;
        page.OilPressureBar = 4.8f;
        page.GForcesX = 1.42f;
        page.GForcesY = 0.08f;
        page.GForcesZ = -0.31f;
        page.CurrentKm = 38.6f;
        page.TotalKm = 1_284;
        page.TimeOfDayHours = 14;
        page.TimeOfDayMinutes = 32;
        page.CurrentLapTimeMs = 38_771;
        page.PredictedLapTimeMs = 101_230;
        page.FuelLiterCurrentQuantity = 61.4f;
        page.FuelLiterCurrentQuantityPercent = 0.51f;
        page.CurrentTorque = 498.0f;
        page.CurrentBhp = 560;
        FillTyre(page.TyreLf, 0);
        FillTyre(page.TyreRf, 1);
        FillTyre(page.TyreLr, 2);
        FillTyre(page.TyreRr, 3);
        page.Npos = 0.37f;
        var damage = page.CarDamage;
        damage.DamageFront = 0.02f;
        page.CarLocation = AcEvoCarLocation.Track;
        var pitInfo = page.PitInfo;
        pitInfo.Fuel = PitActionState.WillNotPerform;
        page.FuelLiterPerLap = 2.9f;
        page.LapsPossibleWithFuel = 21.2f;
        var instrumentation = page.Instrumentation;
        instrumentation.MainLightStage = 1;
        instrumentation.DisplayCurrentPageIndex[0] = 2;
        var instrumentationMax = page.InstrumentationMaxLimit;
        instrumentationMax.MainLightStage = 2;
        var electronics = page.Electronics;
        electronics.TcLevel = 4;
        electronics.AbsLevel = 3;
        electronics.BrakeBias = 0.565f;
        electronics.EngineMapLevel = 1;
        var electronicsMax = page.ElectronicsMaxLimit;
        electronicsMax.TcLevel = 11;
        electronicsMax.AbsLevel = 11;
        var modifiable = page.ElectronicsIsModifiable;
        modifiable.TcLevel = 1;
        page.TotalLapCount = 24;
        page.CurrentPos = 4;
        page.TotalDrivers = Cars;
        page.LastLaptimeMs = 101_944;
        page.BestLaptimeMs = 101_482;
        page.Flag = AcEvoFlagType.GreenFlag;
        page.GlobalFlag = AcEvoFlagType.GreenFlag;
        page.MaxGears = 6;
        page.PerformanceModeName = "Race";
        var session = page.SessionState;
        session.PhaseName = "Race";
        session.TimeLeft = "38:12";
        session.TimeLeftMs = 2_292_000;
        session.TotalLap = 24;
        session.CurrentLap = 8;
        session.LapLengthKm = 4.309f;
        var timing = page.TimingState;
        timing.CurrentLaptime = "0:38.771";
        timing.DeltaCurrent = "-0.214";
        timing.DeltaCurrentP = DeltaSign.NegativeFaster;
        timing.LastLaptime = "1:41.944";
        timing.BestLaptime = "1:41.482";
        timing.TotalTime = "13:22.408";
        page.PlayerPing = 31;
        page.PlayerFps = 144;
        page.DriverName = "Giulia";
        page.DriverSurname = "Bianchi";
        page.CarModel = "Ferrari 296 GT3";
        page.IsValidLap = true;
        for (var car = 0; car < Cars; car++)
        {
            page.CarCoordinates[car, 0] = -312.5f + (car * 41.0f);
            page.CarCoordinates[car, 1] = 12.25f;
            page.CarCoordinates[car, 2] = 887.0f - (car * 13.5f);
            page.CarIds[car, 0] = 0x5A17_0000_0000_0000UL + (ulong)car;
        }

        page.GapAhead = 0.842f;
        page.GapBehind = 1.317f;
        page.ActiveCars = Cars;
        page.FuelPerLap = 2.9f;
        page.FuelEstimatedLaps = 21.2f;
        var assists = page.AssistsState;
        assists.AutoClutch = 1;
        page.MaxFuel = 120.0f;
        page.MaxTurboBoost = 1.6f;
        return bytes;
    }

    private static void FillTyre(SMEvoTyreStateWritableView tyre, int wheel)
    {
        tyre.Slip = 0.02f + (wheel * 0.01f);
        tyre.TyrePression = 27.4f + (wheel * 0.1f);
        tyre.TyreTemperatureC = 86.0f + wheel;
        tyre.BrakeTemperatureC = 480.0f - (wheel * 30.0f);
        tyre.TyreTemperatureLeft = 84.0f + wheel;
        tyre.TyreTemperatureCenter = 87.0f + wheel;
        tyre.TyreTemperatureRight = 89.0f + wheel;
        tyre.TyreCompoundFront = "Pirelli DHF";
        tyre.TyreCompoundRear = "Pirelli DHF";
        tyre.TyreNormalizedPressure = 0.52f;
        tyre.TyreNormalizedTemperatureCenter = 0.61f;
    }
}
