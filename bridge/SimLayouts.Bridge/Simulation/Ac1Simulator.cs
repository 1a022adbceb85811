using System;
using SimLayouts.Ac1;

namespace SimLayouts.Bridge.Simulation;

/// <summary>
/// A live Assetto Corsa (2014) session as the three page images of shared memory 1.7 (physics, graphics, static): the
/// player's car in a <see cref="SimulatedRace"/> (the AC EVO driving model), written through the generated writable
/// views. The player, 佐藤 琢磨, has a name outside Latin-1, so the UTF-16 strings carry CJK characters.
/// </summary>
/// <remarks>
/// The Write methods write page <em>content</em> only and leave <c>packetId</c> to the publisher; the static page has
/// no counter. <c>simulate ac1 --revision 1.5</c> publishes the pages an older AC wrote (shorter segments).
/// </remarks>
[Simulates(Ac1Layout.Name)]
public sealed class Ac1Simulator : AcFamilySimulator
{
    /// <summary>The shared-memory version written to <c>smVersion</c>.</summary>
    public const string SharedMemoryVersion = "1.7";

    /// <summary>The game version written to <c>acVersion</c>.</summary>
    public const string GameVersion = "1.16.4";

    /// <summary>The player's slot in the race (佐藤 琢磨).</summary>
    public const int PlayerSlot = 22;

    private const double FuelPerLapLitres = 2.6;
    private const double MaxFuelLitres = 100;

    /// <summary>Creates the simulator with a race on the grid.</summary>
    /// <param name="seed">Seeds the race (see <see cref="SimulatedRace"/>).</param>
    /// <param name="lapsInEvent">Race length in laps.</param>
    public Ac1Simulator(int seed = 1, int lapsInEvent = DefaultLapsInEvent)
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
        view.SteerAngle = (float)drive.Steering;
        view.SpeedKmh = (float)(car.Speed * 3.6);
        view.Velocity[2] = (float)car.Speed;
        view.LocalVelocity[2] = (float)car.Speed;
        view.AccG[0] = (float)drive.LateralG;
        view.AccG[1] = 1;
        view.AccG[2] = (float)drive.LongitudinalG;
        view.Heading = (float)(2 * Math.PI * car.LapDistance / Race.Track.Length - Math.PI);
        view.PitLimiterOn = car.Pit != PitPhase.None;
        view.AirTemp = (float)Race.AmbientTemperature;
        view.RoadTemp = (float)Race.TrackTemperature;
        view.BrakeBias = 0.6f;
        view.FinalFF = (float)(0.4 * drive.LateralG);
        var wear = Math.Min(1, car.Distance / 400_000);
        for (var wheel = 0; wheel < 4; wheel++)
        {
            var front = wheel < 2;
            view.WheelLoad[wheel] = (float)(3_000 + (front ? 800 : -800) * -drive.LongitudinalG + 900 * drive.LateralG * (wheel % 2 == 0 ? 1 : -1));
            view.WheelsPressure[wheel] = 26.5f + (float)(0.5 * Math.Abs(drive.LateralG));
            view.WheelSlip[wheel] = (float)(0.02 * Math.Abs(drive.LateralG) + 0.05 * drive.Brake);
            view.WheelAngularSpeed[wheel] = (float)(car.Speed / 0.32);
            view.TyreWear[wheel] = (float)(100 - 5 * wear);
            view.TyreCoreTemperature[wheel] = (float)(75 + 12 * Math.Abs(drive.LateralG));
            view.TyreTempI[wheel] = view.TyreCoreTemperature[wheel] + 4;
            view.TyreTempM[wheel] = view.TyreCoreTemperature[wheel] + 2;
            view.TyreTempO[wheel] = view.TyreCoreTemperature[wheel];
            view.BrakeTemp[wheel] = (float)(250 + 450 * drive.Brake);
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
        view.TyreCompound = "Semislicks (SM)";
        view.NormalizedCarPosition = (float)(car.LapDistance / Race.Track.Length);
        var (x, z) = Race.Track.PositionAt(car.LapDistance);
        view.CarCoordinates[0] = (float)x;
        view.CarCoordinates[2] = (float)z;
        view.Flag = car.Finished ? AcFlagType.CheckeredFlag : Race.IsBeingLapped(car) ? AcFlagType.BlueFlag : AcFlagType.NoFlag;
        view.SurfaceGrip = 0.98f;
        view.WindSpeed = (float)Race.WindSpeed;
        view.WindDirection = (float)((Math.Atan2(Race.WindDirection.Y, Race.WindDirection.X) * 180 / Math.PI + 360) % 360);
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
        view.TrackConfiguration = Race.Track.Variation;
        view.PlayerName = SimulatedPageContent.FirstName(car.Entrant.Name);
        view.PlayerSurname = SimulatedPageContent.Surname(car.Entrant.Name);
        view.PlayerNick = "Taku";
        view.SectorCount = 3;
        view.MaxRPM = (int)DrivingState.MaxRpm;
        view.MaxFuel = (float)MaxFuelLitres;
        view.MaxPower = 450_000;
        view.MaxTorque = 600;
        view.PenaltiesEnabled = true;
        view.AidFuelRate = 1;
        view.AidTireRate = 1;
        view.AidMechanicalDamage = 1;
        view.AidStability = 0;
        view.TrackSPlineLength = (float)Race.Track.Length;
        view.CarSkin = "00_official";
        for (var wheel = 0; wheel < 4; wheel++)
        {
            view.TyreRadius[wheel] = 0.33f;
            view.SuspensionMaxTravel[wheel] = 0.1f;
        }
    }

    private double FuelLitres(SimulatedCar car) =>
        Math.Max(0, MaxFuelLitres / 2 - FuelPerLapLitres * Math.Max(0, car.Distance) / Race.Track.Length);
}
