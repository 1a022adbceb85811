using System;
using System.Text;
using SimLayouts.Pcars2;

namespace SimLayouts.Bridge.Simulation;

/// <summary>
/// A live Automobilista 2 / Project CARS 2 session as <c>$pcars2$</c> page bytes: a <see cref="SimulatedRace"/>
/// written through the generated <see cref="SharedMemoryWritableView"/>, wherever the bytes go (a shared-memory
/// segment, a file, a test buffer).
/// </summary>
/// <remarks>
/// <see cref="WritePage(Span{byte})"/> writes page <em>content</em> only. It never touches <c>mSequenceNumber</c>: the
/// seqlock (odd while writing, even when done) is the publisher's job, which brackets the call.
/// </remarks>
[Simulates(Pcars2Layout.Name)]
public sealed class Pcars2Simulator : GameSimulator
{
    /// <summary>The layout version the simulated page declares in <c>mVersion</c>: the header's <c>SHARED_MEMORY_VERSION</c>.</summary>
    public const uint Version = Pcars2Constants.SharedMemoryVersion;

    /// <summary>The simulated game build in <c>mBuildVersionNumber</c>.</summary>
    public const uint BuildVersion = 1_5_4_2;

    /// <summary>The slot of the viewed (player's) car.</summary>
    public const int ViewedSlot = 8;

    private readonly EncodedNames _names;

    /// <summary>Creates the simulator with a race on the grid.</summary>
    /// <param name="seed">Seeds the race (see <see cref="SimulatedRace"/>).</param>
    /// <param name="lapsInEvent">Race length in laps.</param>
    public Pcars2Simulator(int seed = 1, int lapsInEvent = DefaultLapsInEvent)
        : base(seed, lapsInEvent)
    {
        _names = new EncodedNames(Race);
    }

    // The cars the page has slots for (mParticipantInfo[STORED_PARTICIPANTS_MAX]); a larger field is cut there.
    private int Slots => Math.Min(Race.Cars.Count, Pcars2Constants.StoredParticipantsMax);

    /// <inheritdoc/>
    public override void WritePage(int pageIndex, Span<byte> page)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(pageIndex, 0);
        WritePage(page);
    }

    /// <summary>
    /// Writes the session's current state into <paramref name="page"/> (at least <see cref="SharedMemoryLayout.Size"/>
    /// bytes). Every byte is rewritten except <c>mSequenceNumber</c>, which keeps its value.
    /// </summary>
    public void WritePage(Span<byte> page)
    {
        if (page.Length < SharedMemoryLayout.Size)
        {
            throw new ArgumentException($"A $pcars2$ page holds {SharedMemoryLayout.Size} bytes.", nameof(page));
        }

        var sequence = page.Slice(SharedMemoryLayout.Offsets.SequenceNumber, sizeof(uint));
        Span<byte> keptSequence = stackalloc byte[sizeof(uint)];
        sequence.CopyTo(keptSequence);
        page[..SharedMemoryLayout.Size].Clear();
        keptSequence.CopyTo(sequence);

        var view = new SharedMemoryWritableView(page);
        WriteSession(view);
        for (var slot = 0; slot < Slots; slot++)
        {
            WriteParticipant(view, Race.Cars[slot]);
        }

        WriteViewedCar(view, Race.Cars[Math.Min(ViewedSlot, Slots - 1)]);
    }

    private void WriteSession(SharedMemoryWritableView view)
    {
        var track = Race.Track;
        view.Version = Version;
        view.BuildVersionNumber = BuildVersion;
        view.GameState = GameState.IngamePlaying;
        view.SessionState = SessionState.Race;
        view.RaceState = Race.AllFinished ? RaceState.Finished : RaceState.Racing;
        view.ViewedParticipantIndex = Math.Min(ViewedSlot, Slots - 1);
        view.NumParticipants = Slots;
        view.LapsInEvent = (uint)Race.LapsInEvent;
        _names.TrackLocation.CopyTo(view.TrackLocationBytes);
        _names.TrackVariation.CopyTo(view.TrackVariationBytes);
        _names.TrackLocation.CopyTo(view.TranslatedTrackLocationBytes);
        _names.TrackVariation.CopyTo(view.TranslatedTrackVariationBytes);
        view.TrackLength = (float)track.Length;
        view.NumSectors = 3;
        view.EventTimeRemaining = -1;   // a lap-limited race has no clock
        view.SessionDuration = 0;
        view.AmbientTemperature = (float)Race.AmbientTemperature;
        view.TrackTemperature = (float)Race.TrackTemperature;
        view.RainDensity = (float)Race.RainDensity;
        view.SnowDensity = 0;
        view.WindSpeed = (float)Race.WindSpeed;
        view.WindDirectionX = (float)Race.WindDirection.X;
        view.WindDirectionY = (float)Race.WindDirection.Y;
        view.CloudBrightness = (float)(1 - Race.RainDensity);
        view.YellowFlagState = YellowFlagState.None;
        view.LaunchStage = LaunchStage.Off;
        view.EnforcedPitStopLap = -1;

        view.WorldFastestLapTime = (float)Best(car => car.FastestLapTime);
        view.WorldFastestSector1Time = (float)Best(car => car.FastestSectorTimes[0]);
        view.WorldFastestSector2Time = (float)Best(car => car.FastestSectorTimes[1]);
        view.WorldFastestSector3Time = (float)Best(car => car.FastestSectorTimes[2]);
        view.HighestFlagColour = Race.ChequeredFlagOut ? FlagColours.Chequered : FlagColours.Green;
    }

    private void WriteParticipant(SharedMemoryWritableView view, SimulatedCar car)
    {
        var slot = car.Slot;
        var participant = view.ParticipantInfo[slot];
        participant.IsActive = true;
        _names.Drivers[slot].CopyTo(participant.NameBytes);
        var (x, z) = Race.Track.PositionAt(car.LapDistance);
        participant.WorldPosition[0] = (float)x;
        participant.WorldPosition[1] = 0;
        participant.WorldPosition[2] = (float)z;
        participant.CurrentLapDistance = (float)car.LapDistance;
        participant.RacePosition = (uint)Race.PositionOf(slot);
        participant.LapsCompleted = (uint)car.LapsCompleted;
        participant.CurrentLap = (uint)car.CurrentLap;
        participant.CurrentSector = car.Sector;

        view.CurrentSector1Times[slot] = (float)car.CurrentSectorTimes[0];
        view.CurrentSector2Times[slot] = (float)car.CurrentSectorTimes[1];
        view.CurrentSector3Times[slot] = (float)car.CurrentSectorTimes[2];
        view.FastestSector1Times[slot] = (float)car.FastestSectorTimes[0];
        view.FastestSector2Times[slot] = (float)car.FastestSectorTimes[1];
        view.FastestSector3Times[slot] = (float)car.FastestSectorTimes[2];
        view.FastestLapTimes[slot] = (float)car.FastestLapTime;
        view.LastLapTimes[slot] = (float)car.LastLapTime;
        view.LapsInvalidated[slot] = car.LapInvalidated;
        view.RaceStates[slot] = car.Finished ? RaceState.Finished : RaceState.Racing;
        view.PitModes[slot] = car.Pit switch
        {
            PitPhase.DrivingIn => PitMode.DrivingIntoPits,
            PitPhase.Stopped => PitMode.InPit,
            PitPhase.DrivingOut => PitMode.DrivingOutOfPits,
            _ => PitMode.None,
        };
        view.PitSchedules[slot] = car.PitRequested ? PitStopSchedule.EngineerRequested : PitStopSchedule.None;
        view.HighestFlagColours[slot] = car.Finished ? FlagColours.Chequered
            : Race.IsBeingLapped(car) ? FlagColours.Blue
            : FlagColours.Green;
        view.HighestFlagReasons[slot] = FlagReason.None;
        view.Nationalities[slot] = car.Entrant.Nationality;
        view.Speeds[slot] = (float)car.Speed;
        view.Orientations[slot, 1] = (float)(2 * Math.PI * car.LapDistance / Race.Track.Length);
        _names.Cars[slot].CopyTo(view.CarNames.GetBytes(slot));
        _names.Classes[slot].CopyTo(view.CarClassNames.GetBytes(slot));
    }

    /// <summary>The player's own car: the single-car fields of the page.</summary>
    private void WriteViewedCar(SharedMemoryWritableView view, SimulatedCar car)
    {
        _names.Cars[car.Slot].CopyTo(view.CarNameBytes);
        _names.Classes[car.Slot].CopyTo(view.CarClassNameBytes);
        view.LapInvalidated = car.LapInvalidated;
        view.BestLapTime = (float)car.FastestLapTime;
        view.LastLapTime = (float)car.LastLapTime;
        view.CurrentTime = (float)(car.CurrentSectorTimes[0] + car.CurrentSectorTimes[1] + car.CurrentSectorTimes[2]);
        view.CurrentSector1Time = (float)car.CurrentSectorTimes[0];
        view.CurrentSector2Time = (float)car.CurrentSectorTimes[1];
        view.CurrentSector3Time = (float)car.CurrentSectorTimes[2];
        view.FastestSector1Time = (float)car.FastestSectorTimes[0];
        view.FastestSector2Time = (float)car.FastestSectorTimes[1];
        view.FastestSector3Time = (float)car.FastestSectorTimes[2];
        view.PersonalFastestLapTime = (float)car.FastestLapTime;
        view.PersonalFastestSector1Time = (float)car.FastestSectorTimes[0];
        view.PersonalFastestSector2Time = (float)car.FastestSectorTimes[1];
        view.PersonalFastestSector3Time = (float)car.FastestSectorTimes[2];
        var ahead = NeighbourGap(car, -1);
        var behind = NeighbourGap(car, +1);
        view.SplitTimeAhead = (float)ahead;
        view.SplitTimeBehind = (float)behind;
        view.SplitTime = (float)(ahead != 0 ? ahead : behind);
        view.PitMode = view.PitModes[car.Slot];
        view.PitSchedule = view.PitSchedules[car.Slot];
        view.HighestFlagColour = view.HighestFlagColours[car.Slot];

        var drive = DrivingState.Of(car, Race.Track);
        view.Speed = (float)car.Speed;
        view.Rpm = (float)drive.Rpm;
        view.MaxRPM = (float)DrivingState.MaxRpm;
        view.Gear = drive.Gear;
        view.NumGears = DrivingState.Gears;
        view.Throttle = (float)drive.Throttle;
        view.UnfilteredThrottle = (float)drive.Throttle;
        view.Brake = (float)drive.Brake;
        view.UnfilteredBrake = (float)drive.Brake;
        view.Steering = (float)drive.Steering;
        view.UnfilteredSteering = (float)drive.Steering;
        view.FuelCapacity = 120;
        view.FuelLevel = (float)(1 - 0.9 * Math.Min(1, car.Distance / (Race.LapsInEvent * Race.Track.Length + 1)));
        view.OilTempCelsius = 105;
        view.WaterTempCelsius = 88;
        view.LocalAcceleration[0] = (float)(drive.LateralG * 9.81);
        view.LocalAcceleration[2] = (float)(drive.LongitudinalG * 9.81);
        for (var wheel = 0; wheel < 4; wheel++)
        {
            view.TyreTemp[wheel] = (float)(85 + 10 * Math.Abs(drive.LateralG));
            view.TyreWear[wheel] = (float)Math.Min(1, car.Distance / 400_000);
            view.BrakeTempCelsius[wheel] = (float)(300 + 400 * drive.Brake);
        }
    }

    /// <summary>Seconds to the car <paramref name="direction"/> places away (-1 ahead, +1 behind); 0 when none.</summary>
    private double NeighbourGap(SimulatedCar car, int direction)
    {
        var position = Race.PositionOf(car.Slot) + direction;
        foreach (var other in Race.Cars)
        {
            if (Race.PositionOf(other.Slot) == position && car.Speed > 0)
            {
                return Math.Abs(other.Distance - car.Distance) / Math.Max(car.Speed, 10);
            }
        }

        return 0;
    }

    private double Best(Func<SimulatedCar, double> time)
    {
        var best = 0.0;
        foreach (var car in Race.Cars)
        {
            var value = time(car);
            if (value > 0 && (best == 0 || value < best))
            {
                best = value;
            }
        }

        return best;
    }

    /// <summary>Every name as the UTF-8 bytes of a NUL-terminated <c>char[STRING_LENGTH_MAX]</c>, encoded once.</summary>
    private sealed class EncodedNames
    {
        public EncodedNames(SimulatedRace race)
        {
            TrackLocation = Field(race.Track.Location);
            TrackVariation = Field(race.Track.Variation);
            Drivers = Array.ConvertAll(SimulatedEntrant.DefaultField, entrant => Field(entrant.Name));
            Cars = Array.ConvertAll(SimulatedEntrant.DefaultField, entrant => Field(entrant.Car));
            Classes = Array.ConvertAll(SimulatedEntrant.DefaultField, entrant => Field(entrant.CarClass));
        }

        public byte[] TrackLocation { get; }

        public byte[] TrackVariation { get; }

        public byte[][] Drivers { get; }

        public byte[][] Cars { get; }

        public byte[][] Classes { get; }

        private static byte[] Field(string text)
        {
            var field = new byte[Pcars2Constants.StringLengthMax];
            FixedString.Encode(text, field);
            return field;
        }
    }
}
