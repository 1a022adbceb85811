using System;
using System.Collections.Generic;
using System.Linq;

namespace SimLayouts.Bridge.Simulation;

/// <summary>
/// A deterministic race: a field of cars going round a <see cref="SimulatedTrack"/>, with positions, pit stops,
/// flags and weather. Once every car has finished and a cool-down has passed, the next race starts, so a simulator
/// can run forever. The same seed and the same sequence of <see cref="Advance"/> calls give the same race.
/// </summary>
public sealed class SimulatedRace
{
    private const double MaxStepSeconds = 0.05;   // fine enough that no car skips a sector boundary unnoticed
    private const double GridSpacing = 8;          // metres between grid slots
    private const double CoolDownSeconds = 30;

    private readonly Random _random;
    private readonly IReadOnlyList<SimulatedEntrant> _entrants;
    private readonly List<SimulatedCar> _order = [];
    private SimulatedCar[] _cars = [];
    private double _finishedFor;

    /// <summary>Creates the race; the cars are on the grid in entrant order.</summary>
    /// <param name="seed">Seeds every random choice: pit laps, stop lengths, lap-to-lap pace, weather.</param>
    /// <param name="entrants">The field; <see cref="SimulatedEntrant.DefaultField"/> when null. At least one entrant; a game's page may hold fewer.</param>
    /// <param name="lapsInEvent">Race length in laps (at least 1).</param>
    /// <param name="track">The circuit; <see cref="SimulatedTrack.Interlagos"/> when null.</param>
    public SimulatedRace(int seed = 1, IReadOnlyList<SimulatedEntrant>? entrants = null, int lapsInEvent = 12, SimulatedTrack? track = null)
    {
        _entrants = entrants ?? SimulatedEntrant.DefaultField;
        if (_entrants.Count == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(entrants), _entrants.Count, "A race has at least one entrant.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(lapsInEvent, 1);
        _random = new Random(seed);
        LapsInEvent = lapsInEvent;
        Track = track ?? SimulatedTrack.Interlagos;
        StartRace();
    }

    /// <summary>The circuit.</summary>
    public SimulatedTrack Track { get; }

    /// <summary>Race length in laps.</summary>
    public int LapsInEvent { get; }

    /// <summary>The cars by slot.</summary>
    public IReadOnlyList<SimulatedCar> Cars => _cars;

    /// <summary>Seconds since this race's start.</summary>
    public double RaceTime { get; private set; }

    /// <summary>How many races have started before this one.</summary>
    public int RaceNumber { get; private set; }

    /// <summary>Whether the leader has taken the chequered flag.</summary>
    public bool ChequeredFlagOut { get; private set; }

    /// <summary>Whether every car has finished.</summary>
    public bool AllFinished => _cars.All(car => car.Finished);

    /// <summary>Ambient temperature in °C.</summary>
    public double AmbientTemperature { get; private set; }

    /// <summary>Track temperature in °C.</summary>
    public double TrackTemperature { get; private set; }

    /// <summary>Rain density, 0..1.</summary>
    public double RainDensity { get; private set; }

    /// <summary>Wind speed in m/s.</summary>
    public double WindSpeed { get; private set; }

    /// <summary>Wind direction as a unit vector.</summary>
    public (double X, double Y) WindDirection { get; private set; }

    /// <summary>The race position (1 = leader) of the car in <paramref name="slot"/>.</summary>
    public int PositionOf(int slot) => _order.IndexOf(_cars[slot]) + 1;

    /// <summary>Whether the car is about to be lapped by a car a lap ahead less than 150 m behind: blue flag.</summary>
    public bool IsBeingLapped(SimulatedCar car) =>
        !car.Finished && _cars.Any(other => !other.Finished && IsLapping(other.Distance - car.Distance));

    private bool IsLapping(double gap) => gap > Track.Length - 150 && gap < Track.Length;

    /// <summary>Moves the race on by <paramref name="elapsed"/> (negative or zero does nothing).</summary>
    public void Advance(TimeSpan elapsed)
    {
        var remaining = elapsed.TotalSeconds;
        while (remaining > 1e-9)
        {
            var step = Math.Min(remaining, MaxStepSeconds);
            remaining -= step;
            Step(step);
        }
    }

    private void Step(double seconds)
    {
        RaceTime += seconds;
        foreach (var car in _cars)
        {
            car.Step(seconds, RaceTime, LapsInEvent, ChequeredFlagOut, _random);
            ChequeredFlagOut |= car.Finished;
        }

        _order.Sort(CompareRunningOrder);
        UpdateWeather(seconds);
        if (AllFinished)
        {
            _finishedFor += seconds;
            if (_finishedFor >= CoolDownSeconds)
            {
                RaceNumber++;
                StartRace();
            }
        }
    }

    private void StartRace()
    {
        _cars = _entrants.Select((entrant, slot) => new SimulatedCar(
            slot,
            entrant,
            -GridSpacing * (slot + 1),
            pitLap: _random.Next(Math.Min(3, LapsInEvent), Math.Max(3, LapsInEvent - 1) + 1),
            pitStopSeconds: 20 + _random.NextDouble() * 15) { Track = Track }).ToArray();
        _order.Clear();
        _order.AddRange(_cars);
        RaceTime = 0;
        ChequeredFlagOut = false;
        _finishedFor = 0;
        AmbientTemperature = 22 + _random.NextDouble() * 8;
        TrackTemperature = AmbientTemperature + 6 + _random.NextDouble() * 8;
        RainDensity = _random.NextDouble() < 0.3 ? _random.NextDouble() * 0.3 : 0;
        WindSpeed = 1 + _random.NextDouble() * 5;
        var angle = _random.NextDouble() * 2 * Math.PI;
        WindDirection = (Math.Cos(angle), Math.Sin(angle));
    }

    private void UpdateWeather(double seconds)
    {
        // Slow drifts: the sun heats the track, showers come and go.
        TrackTemperature += seconds * 0.002;
        AmbientTemperature += seconds * 0.0005;
        if (RainDensity > 0)
        {
            RainDensity = Math.Clamp(RainDensity + (_random.NextDouble() - 0.52) * seconds * 0.01, 0, 1);
        }
    }

    /// <summary>Finished cars by finishing time, then the rest by distance driven.</summary>
    private static int CompareRunningOrder(SimulatedCar left, SimulatedCar right)
    {
        if (left.Finished != right.Finished)
        {
            return left.Finished ? -1 : 1;
        }

        if (left.Finished)
        {
            var byTime = left.FinishTime.CompareTo(right.FinishTime);
            return byTime != 0 ? byTime : left.Slot.CompareTo(right.Slot);
        }

        var byDistance = right.Distance.CompareTo(left.Distance);
        return byDistance != 0 ? byDistance : left.Slot.CompareTo(right.Slot);
    }
}
