using System;

namespace SimLayouts.Bridge.Simulation;

/// <summary>
/// What the driver and engine do at a car's place on the track: pedals, gear, rpm, steering and g-forces, derived
/// from the track's speed profile (speeding up means throttle, slowing down means brake).
/// </summary>
/// <param name="Throttle">Throttle pedal, 0..1.</param>
/// <param name="Brake">Brake pedal, 0..1.</param>
/// <param name="Steering">Steering, -1 (left) .. 1 (right).</param>
/// <param name="Gear">Gear: 0 neutral, 1..<see cref="Gears"/>.</param>
/// <param name="Rpm">Engine speed in rpm.</param>
/// <param name="LongitudinalG">Acceleration along the car in g (negative when braking).</param>
/// <param name="LateralG">Acceleration across the car in g.</param>
public readonly record struct DrivingState(double Throttle, double Brake, double Steering, int Gear, double Rpm, double LongitudinalG, double LateralG)
{
    /// <summary>Forward gears.</summary>
    public const int Gears = 6;

    /// <summary>The rev limit.</summary>
    public const double MaxRpm = 8_500;

    private const double IdleRpm = 1_200;
    private const double SpeedPerGear = 14.0;   // m/s of road speed each gear covers
    private const double Lookahead = 10.0;      // metres

    /// <summary>The driving state of <paramref name="car"/> on <paramref name="track"/>.</summary>
    public static DrivingState Of(SimulatedCar car, SimulatedTrack track)
    {
        ArgumentNullException.ThrowIfNull(car);
        ArgumentNullException.ThrowIfNull(track);
        var speed = car.Speed;
        if (speed <= 0.1)
        {
            return new DrivingState(0, car.Finished ? 0 : 1, 0, 0, IdleRpm, 0, 0);
        }

        var here = track.SpeedAt(car.LapDistance);
        var ahead = track.SpeedAt((car.LapDistance + Lookahead) % track.Length);
        // v dv/ds: the acceleration the profile asks for, in g.
        var longitudinal = (ahead * ahead - here * here) / (2 * Lookahead) / 9.81;
        var lateral = track.CorneringAt(car.LapDistance) * Math.Min(1, speed / 30);
        var throttle = longitudinal >= 0 ? Math.Clamp(0.6 + longitudinal, 0, 1) : 0;
        var brake = longitudinal < 0 ? Math.Clamp(-longitudinal, 0, 1) : 0;
        var gear = Math.Clamp(1 + (int)(speed / SpeedPerGear), 1, Gears);
        var inGear = (speed - (gear - 1) * SpeedPerGear) / SpeedPerGear;
        var rpm = Math.Min(MaxRpm, 4_500 + Math.Clamp(inGear, 0, 1.3) * 3_800);
        return new DrivingState(throttle, brake, Math.Clamp(lateral / 1.6 * 0.4, -1, 1), gear, rpm, longitudinal, lateral);
    }
}
