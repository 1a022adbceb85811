using System;

namespace SimLayouts.Bridge.Simulation;

/// <summary>Where a car is in its pit stop.</summary>
public enum PitPhase
{
    /// <summary>On track.</summary>
    None,

    /// <summary>In the pit entry lane, speed-limited.</summary>
    DrivingIn,

    /// <summary>Stopped in the pit box.</summary>
    Stopped,

    /// <summary>In the pit exit lane, speed-limited.</summary>
    DrivingOut,
}

/// <summary>One car's state in a <see cref="SimulatedRace"/>: where it is, its timing and its pit stop.</summary>
public sealed class SimulatedCar
{
    private const double PitLaneLength = 300;   // metres each side of the line
    private const double PitSpeedLimit = 22.2;   // m/s, 80 km/h

    internal SimulatedCar(int slot, SimulatedEntrant entrant, double gridDistance, int pitLap, double pitStopSeconds)
    {
        Slot = slot;
        Entrant = entrant;
        Distance = gridDistance;
        PitLap = pitLap;
        PitStopSeconds = pitStopSeconds;
        LapPace = entrant.Pace;
    }

    /// <summary>The participant slot.</summary>
    public int Slot { get; }

    /// <summary>Who drives it.</summary>
    public SimulatedEntrant Entrant { get; }

    /// <summary>Metres driven since the start line; negative on the grid behind it.</summary>
    public double Distance { get; private set; }

    /// <summary>Laps completed.</summary>
    public int LapsCompleted => Distance < 0 ? 0 : (int)Math.Floor(Distance / Track.Length);

    /// <summary>The lap being driven, from 1.</summary>
    public int CurrentLap => LapsCompleted + 1;

    /// <summary>Metres from the start line on this lap, in [0, track length).</summary>
    public double LapDistance => Distance < 0 ? Track.Length + Distance : Distance - LapsCompleted * Track.Length;

    /// <summary>The sector being driven (1..3).</summary>
    public int Sector => Track.SectorAt(LapDistance);

    /// <summary>Current speed in m/s.</summary>
    public double Speed { get; private set; }

    /// <summary>Sector times of the current lap in seconds: done sectors, the running one, then 0.</summary>
    public double[] CurrentSectorTimes { get; } = new double[3];

    /// <summary>Best time of each sector so far, 0 until set.</summary>
    public double[] FastestSectorTimes { get; } = new double[3];

    /// <summary>The last complete lap's time, 0 before one.</summary>
    public double LastLapTime { get; private set; }

    /// <summary>The fastest complete lap's time, 0 before one.</summary>
    public double FastestLapTime { get; private set; }

    /// <summary>Whether the current lap is invalidated (a track-limits excursion).</summary>
    public bool LapInvalidated { get; private set; }

    /// <summary>The lap on which the car stops in the pits.</summary>
    public int PitLap { get; }

    /// <summary>How long the stop lasts.</summary>
    public double PitStopSeconds { get; }

    /// <summary>Where the car is in its pit stop.</summary>
    public PitPhase Pit { get; private set; }

    /// <summary>Whether the stop is still to come on this lap (the team has called the car in).</summary>
    public bool PitRequested => !_pitDone && CurrentLap == PitLap;

    /// <summary>Whether the car has taken the chequered flag.</summary>
    public bool Finished { get; private set; }

    /// <summary>Race time at which the car finished.</summary>
    public double FinishTime { get; private set; }

    /// <summary>The car's pace on this lap (its entrant's pace with this lap's variation).</summary>
    public double LapPace { get; private set; }

    internal SimulatedTrack Track { get; set; } = SimulatedTrack.Interlagos;

    private bool _pitDone;
    private double _stoppedFor;

    internal void Step(double seconds, double raceTime, int lapsInEvent, bool chequeredFlagOut, Random random)
    {
        if (Finished)
        {
            Speed = 0;
            return;
        }

        var lapBefore = LapsCompleted;
        var sectorBefore = Sector;
        var onGrid = Distance < 0;
        Speed = TargetSpeed();
        if (Pit == PitPhase.Stopped)
        {
            Speed = 0;
            _stoppedFor += seconds;
            if (_stoppedFor >= PitStopSeconds)
            {
                Pit = PitPhase.DrivingOut;
                _pitDone = true;
            }
        }

        Distance += Speed * seconds;
        var running = Sector - 1;
        CurrentSectorTimes[running] += seconds;

        if (onGrid && Distance >= 0)
        {
            // The run from the grid to the line is no lap: timing starts at the line.
            Array.Clear(CurrentSectorTimes);
        }
        else if (LapsCompleted != lapBefore)
        {
            CompleteLap(random);
            if (chequeredFlagOut || LapsCompleted >= lapsInEvent)
            {
                Finished = true;
                FinishTime = raceTime;
                Speed = 0;
                return;
            }
        }
        else if (Sector != sectorBefore)
        {
            RecordFastestSector(sectorBefore - 1);
        }

        UpdatePitPhase();
        if (random.NextDouble() < seconds / 600.0)
        {
            LapInvalidated = true;   // about one excursion every ten minutes of driving
        }
    }

    private double TargetSpeed()
    {
        if (Pit is PitPhase.DrivingIn or PitPhase.DrivingOut)
        {
            return Math.Min(PitSpeedLimit, Track.SpeedAt(LapDistance) * LapPace);
        }

        return Track.SpeedAt(LapDistance) * LapPace;
    }

    private void CompleteLap(Random random)
    {
        RecordFastestSector(2);
        var lapTime = CurrentSectorTimes[0] + CurrentSectorTimes[1] + CurrentSectorTimes[2];
        LastLapTime = lapTime;
        if (!LapInvalidated && (FastestLapTime == 0 || lapTime < FastestLapTime))
        {
            FastestLapTime = lapTime;
        }

        Array.Clear(CurrentSectorTimes);
        LapInvalidated = false;
        // A driver is never exactly as fast twice: up to ±0.4% per lap.
        LapPace = Entrant.Pace * (1 + ((random.NextDouble() * 2) - 1) * 0.004);
    }

    private void RecordFastestSector(int sector)
    {
        var time = CurrentSectorTimes[sector];
        if (time > 0 && (FastestSectorTimes[sector] == 0 || time < FastestSectorTimes[sector]))
        {
            FastestSectorTimes[sector] = time;
        }
    }

    private void UpdatePitPhase()
    {
        var lapDistance = LapDistance;
        switch (Pit)
        {
            case PitPhase.None when PitRequested && lapDistance >= Track.Length - PitLaneLength:
                Pit = PitPhase.DrivingIn;
                break;
            case PitPhase.DrivingIn when lapDistance < PitLaneLength:
                // Crossed the line in the pit lane: the box is just past it.
                Pit = PitPhase.Stopped;
                _stoppedFor = 0;
                Speed = 0;
                break;
            case PitPhase.DrivingOut when lapDistance >= PitLaneLength:
                Pit = PitPhase.None;
                break;
        }
    }
}
