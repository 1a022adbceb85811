using System;
using SimLayouts.R3e;

namespace SimLayouts.Bridge.Simulation;

/// <summary>
/// A live RaceRoom session as the <c>$R3E</c> page (version 3.5): the player's car and every car of a
/// <see cref="SimulatedRace"/>, written through the generated writable views. RaceRoom defines no consistency
/// protocol, so the page is published as it is and readers compare their copy with the page.
/// </summary>
[Simulates(R3eLayout.Name)]
public sealed class R3eSimulator : GameSimulator
{
    /// <summary>The player's slot in the race.</summary>
    public const int PlayerSlot = 8;

    // RaceRoom counts physics ticks of 1/400 s.
    private const double TicksPerSecond = 400;
    private const double FuelPerLapLitres = 2.9;
    private const double FuelCapacityLitres = 100;

    /// <summary>Creates the simulator with a race on the grid.</summary>
    /// <param name="seed">Seeds the race (see <see cref="SimulatedRace"/>).</param>
    /// <param name="lapsInEvent">Race length in laps.</param>
    public R3eSimulator(int seed = 1, int lapsInEvent = DefaultLapsInEvent)
        : base(seed, lapsInEvent)
    {
    }

    private SimulatedCar Player => Race.Cars[Math.Min(PlayerSlot, Race.Cars.Count - 1)];

    /// <inheritdoc/>
    public override void WritePage(int pageIndex, Span<byte> page)
    {
        if (!ReferenceEquals(Layout.Pages[pageIndex], SharedView.Page))
        {
            throw new ArgumentOutOfRangeException(nameof(pageIndex), pageIndex, $"RaceRoom has no page {Layout.Pages[pageIndex].NativeName} to simulate.");
        }

        WriteShared(page);
    }

    /// <summary>Writes the whole page (<see cref="SharedLayout.Size"/> bytes).</summary>
    public void WriteShared(Span<byte> page)
    {
        if (page.Length < SharedLayout.Size)
        {
            throw new ArgumentException($"The page holds {SharedLayout.Size} bytes.", nameof(page));
        }

        page[..SharedLayout.Size].Clear();
        var view = new SharedWritableView(page);
        view.VersionMajor = R3eConstants.R3eVersionMajor;
        view.VersionMinor = R3eConstants.R3eVersionMinor;
        view.AllDriversOffset = SharedLayout.Offsets.NumCars;
        view.DriverDataSize = R3eDriverDataLayout.Size;
        view.GameMode = GameMode.Singlerace;
        view.TrackName = Race.Track.Location;
        view.LayoutName = Race.Track.Variation;
        view.LayoutLength = (float)Race.Track.Length;
        view.SessionType = Session.Race;
        view.SessionLengthFormat = SessionLengthFormat.LapBased;
        view.SessionPhase = Race.ChequeredFlagOut ? SessionPhase.Checkered : SessionPhase.Green;
        view.StartLights = StartLights.Green;
        view.NumberOfLaps = Race.LapsInEvent;
        view.SessionTimeDuration = -1;
        view.SessionTimeRemaining = -1;

        var car = Player;
        var drive = DrivingState.Of(car, Race.Track);
        WritePlayer(view.Player, car, drive);
        view.Position = Race.PositionOf(car.Slot);
        view.PositionClass = view.Position;
        view.FinishStatus = car.Finished ? FinishStatus.Finished : FinishStatus.None;
        view.CompletedLaps = car.LapsCompleted;
        view.CurrentLapValid = car.LapInvalidated ? 0 : 1;
        view.TrackSector = car.Sector;
        view.LapDistance = (float)car.LapDistance;
        view.LapDistanceFraction = (float)(car.LapDistance / Race.Track.Length);
        view.LapTimeBestSelf = Seconds(car.FastestLapTime);
        view.LapTimePreviousSelf = Seconds(car.LastLapTime);
        view.LapTimeCurrentSelf = (float)(car.CurrentSectorTimes[0] + car.CurrentSectorTimes[1] + car.CurrentSectorTimes[2]);
        view.InPitlane = car.Pit != PitPhase.None ? 1 : 0;
        view.PitState = car.Pit switch
        {
            PitPhase.None => car.PitRequested ? PitState.RequestedStop : PitState.None,
            PitPhase.Stopped => PitState.StoppedAtPitspot,
            _ => PitState.EnteredPitlane,
        };
        view.PlayerName = car.Entrant.Name;
        view.ControlType = Control.Player;
        view.CarSpeed = (float)car.Speed;
        view.EngineRps = (float)(drive.Rpm * Math.PI / 30);
        view.MaxEngineRps = (float)(DrivingState.MaxRpm * Math.PI / 30);
        view.UpshiftRps = (float)(8_000 * Math.PI / 30);
        view.Gear = drive.Gear;
        view.NumGears = DrivingState.Gears;
        view.FuelLeft = (float)FuelLitres(car);
        view.FuelCapacity = (float)FuelCapacityLitres;
        view.FuelPerLap = (float)FuelPerLapLitres;
        view.Throttle = (float)drive.Throttle;
        view.ThrottleRaw = view.Throttle;
        view.Brake = (float)drive.Brake;
        view.BrakeRaw = view.Brake;
        view.SteerInputRaw = (float)drive.Steering;
        view.PitLimiter = car.Pit != PitPhase.None ? 1 : 0;
        view.BrakeBias = 0.56f;
        view.TireTypeFront = TireType.Prime;
        view.TireTypeRear = TireType.Prime;
        view.TireSubtypeFront = TireSubtype.Medium;
        view.TireSubtypeRear = TireSubtype.Medium;
        view.Headlights = Headlights.Off;
        var wear = Math.Min(1, car.Distance / 400_000);
        for (var wheel = 0; wheel < 4; wheel++)
        {
            view.TireRps[wheel] = (float)(car.Speed / 0.33);
            view.TireSpeed[wheel] = (float)car.Speed;
            view.TireWear[wheel] = (float)(1 - wear);
            view.TirePressure[wheel] = 180 + (float)(5 * Math.Abs(drive.LateralG));
            view.TireOnMtrl[wheel] = MaterialType.Tarmac;
            var tyre = view.TireTemp[wheel];
            tyre.OptimalTemp = 85;
            tyre.ColdTemp = 60;
            tyre.HotTemp = 110;
            for (var band = 0; band < 3; band++)
            {
                tyre.CurrentTemp[band] = (float)(80 + 12 * Math.Abs(drive.LateralG) + band);
            }

            var brake = view.BrakeTemp[wheel];
            brake.CurrentTemp = (float)(250 + 450 * drive.Brake);
            brake.OptimalTemp = 450;
            brake.ColdTemp = 150;
            brake.HotTemp = 800;
        }

        WriteDriverInfo(view.VehicleInfo, car);
        view.NumCars = Race.Cars.Count;
        var drivers = Math.Min(Race.Cars.Count, view.AllDriversData1.Length);
        for (var slot = 0; slot < drivers; slot++)
        {
            WriteDriver(view.AllDriversData1[slot], Race.Cars[slot]);
        }
    }

    private void WritePlayer(R3ePlayerdataWritableView player, SimulatedCar car, DrivingState drive)
    {
        player.UserId = car.Slot + 1;
        player.GameSimulationTime = Race.RaceTime;
        player.GameSimulationTicks = (int)Math.Round(Race.RaceTime * TicksPerSecond);
        var (x, z) = Race.Track.PositionAt(car.LapDistance);
        var position = player.Position;
        position.X = x;
        position.Z = z;
        var velocity = player.LocalVelocity;
        velocity.Z = car.Speed;
        var acceleration = player.LocalAcceleration;
        acceleration.X = drive.LateralG * 9.81;
        acceleration.Z = -drive.LongitudinalG * 9.81;
        var gForce = player.LocalGForce;
        gForce.X = drive.LateralG;
        gForce.Y = 1;
        gForce.Z = drive.LongitudinalG;
        player.EngineTorque = 400 * drive.Throttle;
    }

    private void WriteDriver(R3eDriverDataWritableView driver, SimulatedCar car)
    {
        WriteDriverInfo(driver.DriverInfo, car);
        driver.FinishStatus = car.Finished ? FinishStatus.Finished : FinishStatus.None;
        driver.Place = Race.PositionOf(car.Slot);
        driver.PlaceClass = driver.Place;
        driver.LapDistance = (float)car.LapDistance;
        driver.LapDistanceFraction = (float)(car.LapDistance / Race.Track.Length);
        var (x, z) = Race.Track.PositionAt(car.LapDistance);
        var position = driver.Position;
        position.X = (float)x;
        position.Z = (float)z;
        driver.TrackSector = car.Sector;
        driver.CompletedLaps = car.LapsCompleted;
        driver.CurrentLapValid = car.LapInvalidated ? 0 : 1;
        driver.LapTimeCurrentSelf = (float)(car.CurrentSectorTimes[0] + car.CurrentSectorTimes[1] + car.CurrentSectorTimes[2]);
        for (var sector = 0; sector < 3; sector++)
        {
            driver.SectorTimeCurrentSelf[sector] = (float)car.CurrentSectorTimes[sector];
            driver.SectorTimeBestSelf[sector] = car.FastestSectorTimes[sector] > 0 ? (float)car.FastestSectorTimes[sector] : -1;
        }

        driver.PitstopStatus = PitstopStatus.Unavailable;
        driver.InPitlane = car.Pit != PitPhase.None ? 1 : 0;
        driver.NumPitstops = car.Pit == PitPhase.None && car.CurrentLap > car.PitLap ? 1 : 0;
        driver.CarSpeed = (float)car.Speed;
        driver.TireTypeFront = TireType.Prime;
        driver.TireTypeRear = TireType.Prime;
        driver.TireSubtypeFront = TireSubtype.Medium;
        driver.TireSubtypeRear = TireSubtype.Medium;
        driver.PenaltyType = PenaltyType.Unavailable;
        driver.EngineState = EngineState.IgnitionOnRunning;
    }

    private static void WriteDriverInfo(R3eDriverInfoWritableView info, SimulatedCar car)
    {
        info.Name = car.Entrant.Name;
        info.CarNumber = car.Slot + 1;
        info.ClassId = 1;
        info.ModelId = 100 + car.Slot;
        info.TeamId = 200 + car.Slot;
        info.UserId = car.Slot + 1;
        info.SlotId = car.Slot;
        info.EngineType = EngineType.Combustion;
        info.CarWidth = 1.9f;
        info.CarLength = 4.6f;
    }

    private double FuelLitres(SimulatedCar car) =>
        Math.Max(0, 60 - FuelPerLapLitres * Math.Max(0, car.Distance) / Race.Track.Length);

    private static float Seconds(double seconds) => seconds > 0 ? (float)seconds : -1;
}
