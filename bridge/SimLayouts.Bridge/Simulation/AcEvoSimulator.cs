using System;
using System.Globalization;
using SimLayouts.AcEvo;

namespace SimLayouts.Bridge.Simulation;

/// <summary>
/// A live Assetto Corsa EVO session as the three page images (physics, graphics, static): the player's car in a
/// <see cref="SimulatedRace"/>, written through the generated writable views.
/// </summary>
/// <remarks>
/// The Write methods write page <em>content</em> only. They never touch <c>packetId</c> on the physics and graphics
/// pages: the counter protocol is the publisher's job. The static page has no counter and changes only when a new
/// race starts.
/// </remarks>
[Simulates(AcEvoLayout.Name)]
public sealed class AcEvoSimulator : AcFamilySimulator
{
    /// <summary>The shared-memory interface version written to <c>sm_version</c>.</summary>
    public const string SharedMemoryVersion = "1.0";

    /// <summary>The game version written to <c>ac_evo_version</c>.</summary>
    public const string GameVersion = "0.5 (simulated)";

    /// <summary>The player's slot in the race.</summary>
    public const int PlayerSlot = 8;

    private const double FuelPerLapLitres = 2.9;
    private const double MaxFuelLitres = 120;

    /// <summary>Creates the simulator with a race on the grid.</summary>
    /// <param name="seed">Seeds the race (see <see cref="SimulatedRace"/>).</param>
    /// <param name="lapsInEvent">Race length in laps.</param>
    public AcEvoSimulator(int seed = 1, int lapsInEvent = DefaultLapsInEvent)
        : base(seed, lapsInEvent, PlayerSlot)
    {
    }

    /// <summary>Writes the physics page (<see cref="PhysicsLayout.Size"/> bytes); <c>packetId</c> keeps its value.</summary>
    public override void WritePhysics(Span<byte> page)
    {
        SimulatedPageContent.ClearKeepingCounter(page, PhysicsLayout.Size, PhysicsLayout.Offsets.PacketId);
        var view = new PhysicsWritableView(page);
        var car = Player;
        var drive = DrivingState.Of(car, Race.Track);
        view.Gas = (float)drive.Throttle;
        view.Brake = (float)drive.Brake;
        view.Clutch = 0;
        view.Fuel = (float)FuelLitres(car);
        view.Gear = (GearIndex)(drive.Gear + 1);   // 0 reverse, 1 neutral, 2 first
        view.Rpms = (int)drive.Rpm;
        view.CurrentMaxRpm = (int)DrivingState.MaxRpm;
        view.SteerAngle = (float)drive.Steering;
        view.SpeedKmh = (float)(car.Speed * 3.6);
        view.Velocity[0] = 0;
        view.Velocity[2] = (float)car.Speed;
        view.LocalVelocity[2] = (float)car.Speed;
        view.AccG[0] = (float)drive.LateralG;
        view.AccG[1] = 1;
        view.AccG[2] = (float)drive.LongitudinalG;
        view.Heading = (float)(2 * Math.PI * car.LapDistance / Race.Track.Length - Math.PI);
        view.AirTemp = (float)Race.AmbientTemperature;
        view.RoadTemp = (float)Race.TrackTemperature;
        view.WaterTemp = 88;
        view.PitLimiterOn = car.Pit != PitPhase.None;
        view.IgnitionOn = true;
        view.IsEngineRunning = true;
        view.BrakeBias = 0.56f;
        var wear = Math.Min(1, car.Distance / 400_000);
        for (var wheel = 0; wheel < 4; wheel++)
        {
            var front = wheel < 2;
            view.WheelLoad[wheel] = (float)(3_000 + (front ? 800 : -800) * -drive.LongitudinalG + 900 * drive.LateralG * (wheel % 2 == 0 ? 1 : -1));
            view.WheelsPressure[wheel] = 27.5f + (float)(0.5 * Math.Abs(drive.LateralG));
            view.WheelSlip[wheel] = (float)(0.02 * Math.Abs(drive.LateralG) + 0.05 * drive.Brake);
            view.WheelAngularSpeed[wheel] = (float)(car.Speed / 0.33);
            view.TyreWear[wheel] = (float)(1 - wear);
            view.TyreCoreTemperature[wheel] = (float)(80 + 12 * Math.Abs(drive.LateralG));
            view.TyreTemp[wheel] = view.TyreCoreTemperature[wheel];
            view.TyreTempI[wheel] = view.TyreCoreTemperature[wheel] + 4;
            view.TyreTempM[wheel] = view.TyreCoreTemperature[wheel] + 2;
            view.TyreTempO[wheel] = view.TyreCoreTemperature[wheel];
            view.BrakeTemp[wheel] = (float)(250 + 450 * drive.Brake);
            view.PadLife[wheel] = (float)(1 - wear / 2);
            view.DiscLife[wheel] = (float)(1 - wear / 4);
        }
    }

    /// <summary>Writes the graphics page (<see cref="GraphicsLayout.Size"/> bytes); <c>packetId</c> keeps its value.</summary>
    public override void WriteGraphics(Span<byte> page)
    {
        SimulatedPageContent.ClearKeepingCounter(page, GraphicsLayout.Size, GraphicsLayout.Offsets.PacketId);
        var view = new GraphicsWritableView(page);
        var car = Player;
        var drive = DrivingState.Of(car, Race.Track);
        view.Status = AcEvoStatus.Live;
        view.Rpm = (ushort)drive.Rpm;
        view.GearInt = (GearIndex)(drive.Gear + 1);
        view.RpmPercent = (float)(drive.Rpm / DrivingState.MaxRpm);
        view.IsChangeUpRpm = drive.Rpm > 8_000;
        view.GasPercent = (float)drive.Throttle;
        view.BrakePercent = (float)drive.Brake;
        view.SteeringPercent = (float)drive.Steering;
        view.IsIgnitionOn = true;
        view.IsEngineRunning = true;
        view.DisplaySpeedKmh = (short)Math.Round(car.Speed * 3.6);
        view.DisplaySpeedMph = (short)Math.Round(car.Speed * 2.236936);
        view.DisplaySpeedMs = (short)Math.Round(car.Speed);
        view.GForcesX = (float)drive.LateralG;
        view.GForcesY = 1;
        view.GForcesZ = (float)drive.LongitudinalG;
        view.CurrentLapTimeMs = SimulatedPageContent.Milliseconds(car.CurrentSectorTimes[0] + car.CurrentSectorTimes[1] + car.CurrentSectorTimes[2]);
        view.LastLaptimeMs = SimulatedPageContent.Milliseconds(car.LastLapTime);
        view.BestLaptimeMs = SimulatedPageContent.Milliseconds(car.FastestLapTime);
        view.TotalLapCount = car.LapsCompleted;
        view.CurrentPos = (uint)Race.PositionOf(car.Slot);
        view.TotalDrivers = (uint)Race.Cars.Count;
        view.ActiveCars = (byte)Race.Cars.Count;
        view.Npos = (float)(car.LapDistance / Race.Track.Length);
        view.MaxFuel = (float)MaxFuelLitres;
        view.FuelLiterCurrentQuantity = (float)FuelLitres(car);
        view.FuelLiterCurrentQuantityPercent = (float)(FuelLitres(car) / MaxFuelLitres);
        view.FuelLiterPerLap = (float)FuelPerLapLitres;
        view.FuelPerLap = (float)FuelPerLapLitres;
        view.LapsPossibleWithFuel = (float)(FuelLitres(car) / FuelPerLapLitres);
        view.FuelEstimatedLaps = view.LapsPossibleWithFuel;
        view.Flag = car.Finished ? AcEvoFlagType.CheckeredFlag : Race.IsBeingLapped(car) ? AcEvoFlagType.BlueFlag : AcEvoFlagType.GreenFlag;
        view.GlobalFlag = Race.ChequeredFlagOut ? AcEvoFlagType.CheckeredFlag : AcEvoFlagType.GreenFlag;
        view.IsInPitLane = car.Pit != PitPhase.None;
        view.IsInPitBox = car.Pit == PitPhase.Stopped;
        view.CarLocation = car.Pit == PitPhase.None ? AcEvoCarLocation.Track : AcEvoCarLocation.Pitlane;
        view.IsValidLap = !car.LapInvalidated;
        view.IsLastLap = car.CurrentLap == Race.LapsInEvent;
        view.MaxGears = DrivingState.Gears;
        view.DriverName = SimulatedPageContent.FirstName(car.Entrant.Name);
        view.DriverSurname = SimulatedPageContent.Surname(car.Entrant.Name);
        view.CarModel = car.Entrant.Car;
        var clock = TimeSpan.FromHours(14) + TimeSpan.FromSeconds(Race.RaceTime);
        view.TimeOfDayHours = clock.Hours;
        view.TimeOfDayMinutes = clock.Minutes;
        view.TimeOfDaySeconds = clock.Seconds;

        var session = view.SessionState;
        session.PhaseName = Race.ChequeredFlagOut ? "Finished" : "Race";
        session.TotalLap = Race.LapsInEvent;
        session.CurrentLap = car.CurrentLap;
        session.LapLengthKm = (float)(Race.Track.Length / 1000);
        var timing = view.TimingState;
        timing.CurrentLaptime = SimulatedPageContent.LapTimeText(view.CurrentLapTimeMs);
        timing.LastLaptime = SimulatedPageContent.LapTimeText(view.LastLaptimeMs);
        timing.BestLaptime = SimulatedPageContent.LapTimeText(view.BestLaptimeMs);
        timing.IsInvalid = car.LapInvalidated;

        WriteTyre(view.TyreLf, drive);
        WriteTyre(view.TyreRf, drive);
        WriteTyre(view.TyreLr, drive);
        WriteTyre(view.TyreRr, drive);

        // car_coordinates and car_ids have one row per car the game lists; a larger field is cut there.
        var listed = Math.Min(Race.Cars.Count, Math.Min(view.CarCoordinates.Length, view.CarIds.Length));
        for (var slot = 0; slot < listed; slot++)
        {
            var (x, z) = Race.Track.PositionAt(Race.Cars[slot].LapDistance);
            view.CarCoordinates[slot, 0] = (float)x;
            view.CarCoordinates[slot, 2] = (float)z;
            view.CarIds[slot, 0] = 0x5EED_0000_0000_0000UL + (ulong)slot;
            view.CarIds[slot, 1] = (ulong)Race.RaceNumber;
        }

        view.PlayerCarIdA = view.CarIds[car.Slot, 0];
        view.PlayerCarIdB = view.CarIds[car.Slot, 1];
        view.FocusedCarIdA = view.PlayerCarIdA;
        view.FocusedCarIdB = view.PlayerCarIdB;
    }

    /// <summary>Writes the static page (<see cref="StaticLayout.Size"/> bytes): versions, session and track.</summary>
    public override void WriteStatic(Span<byte> page)
    {
        SimulatedPageContent.Clear(page, StaticLayout.Size);
        var view = new StaticWritableView(page);
        view.SmVersion = SharedMemoryVersion;
        view.AcEvoVersion = GameVersion;
        view.Session = AcEvoSessionType.Race;
        view.SessionName = string.Create(CultureInfo.InvariantCulture, $"Race {Race.RaceNumber + 1}");
        view.EventId = 1;
        view.SessionId = (byte)Race.RaceNumber;
        view.StartingGrip = AcEvoStartingGrip.Optimum;
        view.StartingAmbientTemperatureC = (float)Race.AmbientTemperature;
        view.StartingGroundTemperatureC = (float)Race.TrackTemperature;
        view.IsStaticWeather = Race.RainDensity == 0;
        view.IsTimedRace = false;
        view.NumberOfSessions = 1;
        view.Nation = "Brazil";
        view.Longitude = -46.6997f;
        view.Latitude = -23.7036f;
        view.Track = Race.Track.Location;
        view.TrackConfiguration = Race.Track.Variation;
        view.TrackLengthM = (float)Race.Track.Length;
    }

    private static void WriteTyre(SMEvoTyreStateWritableView tyre, DrivingState drive)
    {
        tyre.Slip = (float)(0.02 * Math.Abs(drive.LateralG));
        tyre.Lock = drive.Brake > 0.95;
        tyre.TyrePression = 27.5f;
        tyre.TyreTemperatureC = (float)(80 + 12 * Math.Abs(drive.LateralG));
        tyre.BrakeTemperatureC = (float)(250 + 450 * drive.Brake);
        tyre.BrakePressure = (float)drive.Brake;
        tyre.TyreTemperatureLeft = tyre.TyreTemperatureC + 3;
        tyre.TyreTemperatureCenter = tyre.TyreTemperatureC + 1;
        tyre.TyreTemperatureRight = tyre.TyreTemperatureC;
        tyre.TyreCompoundFront = "Medium";
        tyre.TyreCompoundRear = "Medium";
    }

    private double FuelLitres(SimulatedCar car) =>
        Math.Max(0, 60 - FuelPerLapLitres * Math.Max(0, car.Distance) / Race.Track.Length);
}
