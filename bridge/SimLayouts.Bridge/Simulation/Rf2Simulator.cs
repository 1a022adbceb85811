using System;
using SimLayouts.Rf2;

namespace SimLayouts.Bridge.Simulation;

/// <summary>
/// A live rFactor 2 session as the nine buffers of the Shared Memory Map Plugin: every car of a
/// <see cref="SimulatedRace"/> in telemetry and scoring (with the bytes-updated hint the plugin writes), the
/// player's session in rules, multi-session rules, pit info, weather, graphics, force feedback and extended,
/// written through the generated writable views.
/// </summary>
/// <remarks>
/// The Write methods write buffer <em>content</em> only; the version block in front of every buffer keeps its values
/// (publishing it is the publisher's job, by the page's protocol).
/// </remarks>
[Simulates(Rf2Layout.Name)]
public sealed class Rf2Simulator : GameSimulator
{
    /// <summary>The plugin version written to Extended's <c>mVersion</c>.</summary>
    public const string PluginVersion = "3.7.15.1";

    /// <summary>The player's slot in the race.</summary>
    public const int PlayerSlot = 8;

    private const double FuelPerLapLitres = 2.9;
    private const double FuelCapacityLitres = 100;

    // rFactor 2 reports tyre temperatures in Kelvin.
    private const double Kelvin = 273.15;

    /// <summary>Creates the simulator with a race on the grid.</summary>
    /// <param name="seed">Seeds the race (see <see cref="SimulatedRace"/>).</param>
    /// <param name="lapsInEvent">Race length in laps.</param>
    public Rf2Simulator(int seed = 1, int lapsInEvent = DefaultLapsInEvent)
        : base(seed, lapsInEvent)
    {
    }

    private SimulatedCar Player => Race.Cars[Math.Min(PlayerSlot, Race.Cars.Count - 1)];

    /// <inheritdoc/>
    public override void WritePage(int pageIndex, Span<byte> page)
    {
        var description = Layout.Pages[pageIndex];
        ClearKeepingVersionBlock(page, description);
        if (ReferenceEquals(description, TelemetryView.Page))
        {
            WriteTelemetry(new TelemetryWritableView(page));
        }
        else if (ReferenceEquals(description, ScoringView.Page))
        {
            WriteScoring(new ScoringWritableView(page));
        }
        else if (ReferenceEquals(description, RulesView.Page))
        {
            WriteRules(new RulesWritableView(page));
        }
        else if (ReferenceEquals(description, MultiRulesView.Page))
        {
            WriteMultiRules(new MultiRulesWritableView(page));
        }
        else if (ReferenceEquals(description, ForceFeedbackView.Page))
        {
            new ForceFeedbackWritableView(page).ForceValue = DrivingState.Of(Player, Race.Track).Steering * 0.8;
        }
        else if (ReferenceEquals(description, GraphicsView.Page))
        {
            WriteGraphics(new GraphicsWritableView(page));
        }
        else if (ReferenceEquals(description, PitInfoView.Page))
        {
            WritePitInfo(new PitInfoWritableView(page));
        }
        else if (ReferenceEquals(description, WeatherView.Page))
        {
            WriteWeather(new WeatherWritableView(page));
        }
        else if (ReferenceEquals(description, ExtendedView.Page))
        {
            WriteExtended(new ExtendedWritableView(page));
        }
        else
        {
            throw new ArgumentOutOfRangeException(nameof(pageIndex), pageIndex, $"rFactor 2 has no page {description.NativeName} to simulate.");
        }
    }

    /// <summary>
    /// The bytes-updated hint of a buffer of <paramref name="vehicles"/> cars: up to the end of the last car in use,
    /// counted from where the page's hint counts (the buffer after the version block), as the plugin writes it.
    /// </summary>
    internal static int BytesUpdated(PageDescription page, int vehiclesOffset, int vehicleSize, int vehicles) =>
        vehiclesOffset + (vehicleSize * vehicles) - (page.BytesUpdatedHint?.From ?? 0);

    private void WriteTelemetry(TelemetryWritableView view)
    {
        var cars = Math.Min(Race.Cars.Count, view.Vehicles.Length);
        view.NumVehicles = cars;
        view.BytesUpdatedHint = BytesUpdated(TelemetryView.Page, TelemetryLayout.Offsets.Vehicles, TelemInfoV01Layout.Size, cars);
        for (var slot = 0; slot < cars; slot++)
        {
            var car = Race.Cars[slot];
            var drive = DrivingState.Of(car, Race.Track);
            var vehicle = view.Vehicles[slot];
            vehicle.Id = slot;
            vehicle.DeltaTime = 0.02;
            vehicle.ElapsedTime = Race.RaceTime;
            vehicle.LapNumber = car.LapsCompleted;
            vehicle.LapStartET = Math.Max(0, Race.RaceTime - (car.CurrentSectorTimes[0] + car.CurrentSectorTimes[1] + car.CurrentSectorTimes[2]));
            vehicle.VehicleName = car.Entrant.Car;
            vehicle.TrackName = Race.Track.Location;
            var (x, z) = Race.Track.PositionAt(car.LapDistance);
            var position = vehicle.Pos;
            position.X = x;
            position.Z = z;
            var velocity = vehicle.LocalVel;
            velocity.Z = -car.Speed;
            var acceleration = vehicle.LocalAccel;
            acceleration.X = drive.LateralG * 9.81;
            acceleration.Z = drive.LongitudinalG * 9.81;
            vehicle.Gear = drive.Gear;
            vehicle.EngineRPM = drive.Rpm;
            vehicle.EngineMaxRPM = DrivingState.MaxRpm;
            vehicle.EngineWaterTemp = 88;
            vehicle.EngineOilTemp = 96;
            vehicle.UnfilteredThrottle = drive.Throttle;
            vehicle.FilteredThrottle = drive.Throttle;
            vehicle.UnfilteredBrake = drive.Brake;
            vehicle.FilteredBrake = drive.Brake;
            vehicle.UnfilteredSteering = drive.Steering;
            vehicle.FilteredSteering = drive.Steering;
            vehicle.Fuel = FuelLitres(car);
            vehicle.FuelCapacity = FuelCapacityLitres;
            vehicle.MaxGears = DrivingState.Gears;
            vehicle.SpeedLimiter = (byte)(car.Pit != PitPhase.None ? 1 : 0);
            vehicle.CurrentSector = (CurrentSector)((car.Sector % 3) | (car.Pit != PitPhase.None ? int.MinValue : 0));
            vehicle.IgnitionStarter = IgnitionStarterStatus.Ignition;
            vehicle.FrontTireCompoundName = "Medium";
            vehicle.RearTireCompoundName = "Medium";
            vehicle.DeltaBest = car.FastestLapTime > 0 ? car.LapPace - car.FastestLapTime : 0;
            var wear = Math.Min(1, car.Distance / 400_000);
            for (var index = 0; index < vehicle.Wheel.Length; index++)
            {
                var wheel = vehicle.Wheel[index];
                wheel.Rotation = -car.Speed / 0.33;
                wheel.BrakeTemp = 250 + (450 * drive.Brake);
                wheel.BrakePressure = drive.Brake;
                wheel.TireLoad = 3_000 + (900 * drive.LateralG * (index % 2 == 0 ? 1 : -1));
                wheel.GripFract = 1;
                wheel.Pressure = 180;
                wheel.Wear = 1 - wear;
                wheel.TerrainName = "ROAD";
                wheel.SurfaceType = SurfaceType.Dry;
                for (var band = 0; band < wheel.Temperature.Length; band++)
                {
                    wheel.Temperature[band] = Kelvin + 80 + (12 * Math.Abs(drive.LateralG)) + band;
                }

                wheel.TireCarcassTemperature = Kelvin + 78;
            }
        }
    }

    private void WriteScoring(ScoringWritableView view)
    {
        var cars = Math.Min(Race.Cars.Count, view.Vehicles.Length);
        view.BytesUpdatedHint = BytesUpdated(ScoringView.Page, ScoringLayout.Offsets.Vehicles, VehicleScoringLayout.Size, cars);
        var info = view.ScoringInfo;
        info.TrackName = Race.Track.Location;
        info.Session = (Session)10;
        info.CurrentET = Race.RaceTime;
        info.MaxLaps = Race.LapsInEvent;
        info.LapDist = Race.Track.Length;
        info.NumVehicles = cars;
        info.GamePhase = Race.ChequeredFlagOut ? GamePhase.SessionOver : GamePhase.GreenFlag;
        info.YellowFlagState = YellowFlagState.NoFlag;
        info.InRealtime = true;
        info.PlayerName = Player.Entrant.Name;
        info.AmbientTemp = Race.AmbientTemperature;
        info.TrackTemp = Race.TrackTemperature;
        info.Raining = Race.RainDensity;
        var wind = info.Wind;
        wind.X = Race.WindSpeed * Race.WindDirection.X;
        wind.Z = Race.WindSpeed * Race.WindDirection.Y;
        info.GameMode = (GameMode)0;
        for (var slot = 0; slot < cars; slot++)
        {
            var car = Race.Cars[slot];
            var vehicle = view.Vehicles[slot];
            vehicle.Id = slot;
            vehicle.DriverName = car.Entrant.Name;
            vehicle.VehicleName = car.Entrant.Car;
            vehicle.VehicleClass = car.Entrant.CarClass;
            vehicle.TotalLaps = (short)car.LapsCompleted;
            vehicle.Sector = car.Sector switch { 1 => Sector.Sector1, 2 => Sector.Sector2, _ => Sector.Sector3 };
            vehicle.FinishStatus = car.Finished ? FinishStatus.Finished : FinishStatus.None;
            vehicle.LapDist = car.LapDistance;
            vehicle.BestLapTime = car.FastestLapTime > 0 ? car.FastestLapTime : -1;
            vehicle.LastLapTime = car.LastLapTime > 0 ? car.LastLapTime : -1;
            vehicle.CurSector1 = car.CurrentSectorTimes[0];
            vehicle.CurSector2 = car.CurrentSectorTimes[0] + car.CurrentSectorTimes[1];
            vehicle.IsPlayer = car.Slot == Player.Slot;
            vehicle.Control = car.Slot == Player.Slot ? Control.Player : Control.AI;
            vehicle.InPits = car.Pit != PitPhase.None;
            vehicle.Place = (byte)Race.PositionOf(slot);
            vehicle.PitState = car.Pit switch
            {
                PitPhase.None => car.PitRequested ? PitState.Request : PitState.None,
                PitPhase.Stopped => PitState.Stopped,
                _ => PitState.Entering,
            };
            vehicle.Flag = Race.IsBeingLapped(car) ? PrimaryFlag.Blue : PrimaryFlag.Green;
            vehicle.CountLapFlag = CountLapFlag.CountLapAndTime;
            vehicle.TimeIntoLap = car.CurrentSectorTimes[0] + car.CurrentSectorTimes[1] + car.CurrentSectorTimes[2];
            vehicle.EstimatedLapTime = car.LapPace;
            var (x, z) = Race.Track.PositionAt(car.LapDistance);
            var position = vehicle.Pos;
            position.X = x;
            position.Z = z;
        }
    }

    private void WriteRules(RulesWritableView view)
    {
        var rules = view.TrackRules;
        rules.CurrentET = Race.RaceTime;
        rules.Stage = TrackRulesStage.Normal;
        rules.NumActions = 0; // the race model issues no rules actions: readers see an empty mActions
        rules.NumParticipants = Math.Min(Race.Cars.Count, view.Participants.Length);
        rules.YellowFlagState = YellowFlagState.NoFlag;
        view.BytesUpdatedHint = 0;
        for (var slot = 0; slot < rules.NumParticipants; slot++)
        {
            var participant = view.Participants[slot];
            participant.Id = slot;
            participant.Place = (short)Race.PositionOf(slot);
            participant.ColumnAssignment = TrackRulesColumn.FreeChoice;
        }
    }

    private void WriteMultiRules(MultiRulesWritableView view)
    {
        var rules = view.MultiSessionRules;
        rules.Session = (Session)10;
        rules.Name = "Race";
        rules.NumParticipants = Math.Min(Race.Cars.Count, view.Participants.Length);
        view.BytesUpdatedHint = 0;
        for (var slot = 0; slot < rules.NumParticipants; slot++)
        {
            var participant = view.Participants[slot];
            participant.Id = slot;
            participant.DriverName = Race.Cars[slot].Entrant.Name;
            participant.VehicleName = Race.Cars[slot].Entrant.Car;
        }
    }

    private void WriteGraphics(GraphicsWritableView view)
    {
        var info = view.GraphicsInfo;
        var (x, z) = Race.Track.PositionAt(Player.LapDistance);
        var camera = info.CamPos;
        camera.X = x;
        camera.Y = 1.1;
        camera.Z = z;
        info.Id = Player.Slot;
        info.CameraType = CameraType.Cockpit;
    }

    private void WritePitInfo(PitInfoWritableView view)
    {
        var menu = view.PitMenu;
        menu.CategoryIndex = 0;
        menu.CategoryName = "FUEL:";
        menu.ChoiceIndex = 0;
        menu.ChoiceString = "+ 0.0/10";
        menu.NumChoices = 1;
    }

    private void WriteWeather(WeatherWritableView view)
    {
        view.TrackNodeSize = Race.Track.Length / 100;
        var weather = view.WeatherInfo;
        weather.Et = Race.RaceTime;
        weather.Raining[0, 0] = Race.RainDensity;
        weather.Cloudiness = Race.RainDensity > 0 ? 0.8 : 0.2;
        weather.AmbientTempK = Kelvin + Race.AmbientTemperature;
        weather.WindMaxSpeed = Race.WindSpeed;
    }

    private void WriteExtended(ExtendedWritableView view)
    {
        view.Version = PluginVersion;
        view.Is64bit = true;
        view.InRealtimeFC = true;
        view.MultimediaThreadStarted = true;
        view.SimulationThreadStarted = true;
        view.SessionStarted = true;
        view.CurrentPitSpeedLimit = 22.2f;
        var capture = view.SessionTransitionCapture;
        capture.GamePhase = Race.ChequeredFlagOut ? GamePhase.SessionOver : GamePhase.GreenFlag;
        capture.Session = (Session)10;
        capture.NumScoringVehicles = Math.Min(Race.Cars.Count, capture.ScoringVehicles.Length);
        for (var slot = 0; slot < capture.NumScoringVehicles; slot++)
        {
            var vehicle = capture.ScoringVehicles[slot];
            vehicle.Id = slot;
            vehicle.Place = (byte)Race.PositionOf(slot);
            vehicle.IsPlayer = slot == Player.Slot;
            vehicle.FinishStatus = Race.Cars[slot].Finished ? FinishStatus.Finished : FinishStatus.None;
        }
    }

    private static void ClearKeepingVersionBlock(Span<byte> page, PageDescription description)
    {
        if (page.Length < description.Size)
        {
            throw new ArgumentException($"The {description.NativeName} page holds {description.Size} bytes.", nameof(page));
        }

        // Every rFactor 2 buffer starts with its version block: the two counters at the front are kept.
        var blockEnd = Math.Max(description.CounterOffset, description.EndCounterOffset) + sizeof(uint);
        page[blockEnd..description.Size].Clear();
    }

    private double FuelLitres(SimulatedCar car) =>
        Math.Max(0, 60 - (FuelPerLapLitres * Math.Max(0, car.Distance) / Race.Track.Length));
}
