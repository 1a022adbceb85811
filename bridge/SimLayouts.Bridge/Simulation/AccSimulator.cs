using System;
using SimLayouts.Acc;

namespace SimLayouts.Bridge.Simulation;

/// <summary>
/// A live Assetto Corsa Competizione session as the three page images (physics, graphics, static): the player's car
/// in a <see cref="SimulatedRace"/> (the AC EVO driving model), written through the generated writable views. The
/// player, Kévin Estre, and the names on the static page are not ASCII, so the UTF-16 strings carry more than Latin-1.
/// </summary>
/// <remarks>
/// The Write methods write page <em>content</em> only and leave <c>packetId</c> to the publisher; the static page has
/// no counter and changes only when a new race starts.
/// </remarks>
[Simulates(AccLayout.Name)]
public sealed class AccSimulator : AcFamilySimulator
{
    /// <summary>The shared-memory version written to <c>smVersion</c>.</summary>
    public const string SharedMemoryVersion = "1.9";

    /// <summary>The game version written to <c>acVersion</c>.</summary>
    public const string GameVersion = "1.10.2";

    /// <summary>The player's slot in the race (Kévin Estre).</summary>
    public const int PlayerSlot = 12;

    /// <summary>The player's nickname: the static page's <c>playerNick</c>, in Cyrillic and Greek.</summary>
    public const string PlayerNick = "Кевин Εστρ";

    private const double FuelPerLapLitres = 3.1;
    private const double MaxFuelLitres = 120;

    /// <summary>Creates the simulator with a race on the grid.</summary>
    /// <param name="seed">Seeds the race (see <see cref="SimulatedRace"/>).</param>
    /// <param name="lapsInEvent">Race length in laps.</param>
    public AccSimulator(int seed = 1, int lapsInEvent = DefaultLapsInEvent)
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
        view.Fuel = (float)FuelLitres(car);
        view.Gear = (GearIndex)(drive.Gear + 1);   // 0 reverse, 1 neutral, 2 first
        view.Rpm = (int)drive.Rpm;
        view.SteerAngle = (float)drive.Steering;
        view.SpeedKmh = (float)(car.Speed * 3.6);
        view.Velocity[2] = (float)car.Speed;
        view.LocalVelocity[2] = (float)car.Speed;
        view.AccG[0] = (float)drive.LateralG;
        view.AccG[1] = 1;
        view.AccG[2] = (float)drive.LongitudinalG;
        view.Heading = (float)(2 * Math.PI * car.LapDistance / Race.Track.Length - Math.PI);
        view.PitLimiterOn = car.Pit != PitPhase.None;
        view.AutoShifterOn = false;
        view.Tc = (float)(0.1 * drive.Throttle);
        view.Abs = (float)(0.1 * drive.Brake);
        view.AirTemp = (float)Race.AmbientTemperature;
        view.RoadTemp = (float)Race.TrackTemperature;
        view.WaterTemp = 88;
        view.BrakeBias = 0.58f;
        view.IgnitionOn = true;
        view.IsEngineRunning = true;
        view.KerbVibration = (float)(0.2 * Math.Abs(drive.LateralG) * drive.Throttle);
        var wear = Math.Min(1, car.Distance / 400_000);
        for (var wheel = 0; wheel < 4; wheel++)
        {
            var front = wheel < 2;
            view.WheelsPressure[wheel] = 27.5f + (float)(0.5 * Math.Abs(drive.LateralG));
            view.WheelSlip[wheel] = (float)(0.02 * Math.Abs(drive.LateralG) + 0.05 * drive.Brake);
            view.WheelAngularSpeed[wheel] = (float)(car.Speed / 0.33);
            view.TyreCoreTemperature[wheel] = (float)(80 + 12 * Math.Abs(drive.LateralG));
            view.SuspensionTravel[wheel] = (float)(0.03 + (front ? 0.004 : -0.004) * drive.LongitudinalG);
            view.BrakeTemp[wheel] = (float)(250 + 450 * drive.Brake);
            view.BrakePressure[wheel] = (float)drive.Brake;
            view.PadLife[wheel] = (float)(29 - 2 * wear);
            view.DiscLife[wheel] = (float)(32 - wear);
            view.SlipRatio[wheel] = (float)(0.05 * drive.Brake);
            view.SlipAngle[wheel] = (float)(0.03 * drive.LateralG);
        }
    }

    /// <summary>Writes the graphics page (<see cref="GraphicsLayout.Size"/> bytes); <c>packetId</c> keeps its value.</summary>
    public override void WriteGraphics(Span<byte> page)
    {
        SimulatedPageContent.ClearKeepingCounter(page, GraphicsLayout.Size, GraphicsLayout.Offsets.PacketId);
        var view = new GraphicsWritableView(page);
        var car = Player;
        view.Status = AcStatus.Live;
        view.Session = AcSessionType.Race;
        view.ICurrentTime = SimulatedPageContent.Milliseconds(car.CurrentSectorTimes[0] + car.CurrentSectorTimes[1] + car.CurrentSectorTimes[2]);
        view.ILastTime = SimulatedPageContent.Milliseconds(car.LastLapTime);
        view.IBestTime = SimulatedPageContent.Milliseconds(car.FastestLapTime);
        view.CurrentTime = SimulatedPageContent.LapTimeText(view.ICurrentTime);
        view.LastTime = SimulatedPageContent.LapTimeText(view.ILastTime);
        view.BestTime = SimulatedPageContent.LapTimeText(view.IBestTime);
        view.CompletedLaps = car.LapsCompleted;
        view.Position = Race.PositionOf(car.Slot);
        view.DistanceTraveled = (float)Math.Max(0, car.Distance);
        view.IsInPit = car.Pit == PitPhase.Stopped;
        view.IsInPitLane = car.Pit != PitPhase.None;
        view.CurrentSectorIndex = car.Sector - 1;
        view.NumberOfLaps = Race.LapsInEvent;
        view.TyreCompound = "dry_compound";
        view.NormalizedCarPosition = (float)(car.LapDistance / Race.Track.Length);
        view.Flag = car.Finished ? AcFlagType.CheckeredFlag : Race.IsBeingLapped(car) ? AcFlagType.BlueFlag : AcFlagType.GreenFlag;
        view.Penalty = PenaltyShortcut.None;
        view.SurfaceGrip = 1;
        view.WindSpeed = (float)Race.WindSpeed;
        view.WindDirection = (float)Math.Atan2(Race.WindDirection.Y, Race.WindDirection.X);
        view.Tc = 3;
        view.TCCut = 2;
        view.EngineMap = 1;
        view.Abs = 4;
        view.FuelXLap = (float)FuelPerLapLitres;
        view.UsedFuel = (float)(MaxFuelLitres / 2 - FuelLitres(car));
        view.FuelEstimatedLaps = (float)(FuelLitres(car) / FuelPerLapLitres);
        view.IsValidLap = !car.LapInvalidated;
        view.IEstimatedLapTime = view.IBestTime;
        view.EstimatedLapTime = SimulatedPageContent.LapTimeText(view.IEstimatedLapTime);
        view.DeltaLapTime = "+0.000";
        view.TrackStatus = Race.RainDensity > 0 ? "WET" : "OPTIMUM";
        view.TrackGripStatus = Race.RainDensity > 0 ? TrackGripStatus.Wet : TrackGripStatus.Optimum;
        view.RainIntensity = Race.RainDensity > 0 ? RainIntensity.LightRain : RainIntensity.NoRain;
        view.RainTyres = false;
        view.Clock = (float)(14 * 3600 + Race.RaceTime);
        view.GlobalGreen = !Race.ChequeredFlagOut;
        view.GlobalChequered = Race.ChequeredFlagOut;
        view.CurrentTyreSet = 1;
        view.StrategyTyreSet = 2;
        view.GapAhead = GapMilliseconds(car, -1);
        view.GapBehind = GapMilliseconds(car, +1);

        // carCoordinates and carID have one row per car; activeCars says how many are used.
        var listed = Math.Min(Race.Cars.Count, view.CarID.Length);
        view.ActiveCars = listed;
        for (var slot = 0; slot < listed; slot++)
        {
            var (x, z) = Race.Track.PositionAt(Race.Cars[slot].LapDistance);
            view.CarCoordinates[slot, 0] = (float)x;
            view.CarCoordinates[slot, 2] = (float)z;
            view.CarID[slot] = 1000 + slot;
        }

        view.PlayerCarID = view.CarID[Math.Min(car.Slot, listed - 1)];
    }

    /// <summary>Writes the static page (<see cref="StaticLayout.Size"/> bytes): versions, car, track and the player's names.</summary>
    public override void WriteStatic(Span<byte> page)
    {
        SimulatedPageContent.Clear(page, StaticLayout.Size);
        var view = new StaticWritableView(page);
        var car = Player;
        view.SmVersion = SharedMemoryVersion;
        view.AcVersion = GameVersion;
        view.NumberOfSessions = 1;
        view.NumCars = Race.Cars.Count;
        view.CarModel = car.Entrant.Car;
        view.Track = Race.Track.Location;
        view.PlayerName = SimulatedPageContent.FirstName(car.Entrant.Name);
        view.PlayerSurname = SimulatedPageContent.Surname(car.Entrant.Name);
        view.PlayerNick = PlayerNick;
        view.SectorCount = 3;
        view.MaxRpm = (int)DrivingState.MaxRpm;
        view.MaxFuel = (float)MaxFuelLitres;
        view.PenaltiesEnabled = true;
        view.AidFuelRate = 1;
        view.AidTireRate = 1;
        view.AidMechanicalDamage = 1;
        view.AidAllowTyreBlankets = 1;
        view.IsOnline = false;
        view.DryTyresName = "DHF";
        view.WetTyresName = "WH";
        view.PitWindowStart = 20;
        view.PitWindowEnd = 40;
    }

    private double FuelLitres(SimulatedCar car) =>
        Math.Max(0, MaxFuelLitres / 2 - FuelPerLapLitres * Math.Max(0, car.Distance) / Race.Track.Length);

    /// <summary>The time gap to the car one place ahead (<paramref name="step"/> -1) or behind (+1), 0 when there is none.</summary>
    private int GapMilliseconds(SimulatedCar car, int step)
    {
        var position = Race.PositionOf(car.Slot) + step;
        SimulatedCar? other = null;
        for (var slot = 0; slot < Race.Cars.Count; slot++)
        {
            if (Race.PositionOf(slot) == position)
            {
                other = Race.Cars[slot];
            }
        }

        return other is null ? 0 : SimulatedPageContent.Milliseconds(Math.Abs(other.Distance - car.Distance) / Math.Max(car.Speed, 1));
    }
}
