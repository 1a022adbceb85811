using System;
using SimLayouts.Pcars2;

namespace SimLayouts.Benchmarks;

/// <summary>
/// A plausible 60 Hz pcars2 race for recording benchmarks, until the simulator exists: 24 cars lapping a
/// 5.8 km track. Every frame changes what a real race changes every frame (clock, viewed-car telemetry:
/// speed, rpm, pedals, motion vectors, tyre and suspension values; every car's position, lap distance,
/// speed and orientation) and, now and then, sector and lap data.
/// </summary>
internal sealed class SyntheticRaceSession
{
    public const int FramesPerSecond = 60;
    public const int Cars = 24;
    private const float TrackLength = 5_793f;

    private readonly byte[] _page = new byte[SharedMemoryLayout.Size];
    private readonly float[] _distance = new float[Cars];
    private readonly float[] _pace = new float[Cars];
    private int _frame;

    public SyntheticRaceSession()
    {
        var page = new SharedMemoryWritableView(_page)
        {
            Version = Pcars2Constants.SharedMemoryVersion,
            BuildVersionNumber = 1_503,
            GameState = GameState.IngamePlaying,
            SessionState = SessionState.Race,
            RaceState = RaceState.Racing,
            NumParticipants = Cars,
            TrackLength = TrackLength,
            NumSectors = 3,
            LapsInEvent = 20,
            TrackLocation = "Interlagos",
            TrackVariation = "GP",
            CarName = "Formula Classic G3M1",
            CarClassName = "F-Classic_Gen3",
            NumGears = 6,
            MaxRPM = 11_500f,
            FuelCapacity = 110f,
        };
        for (var car = 0; car < Cars; car++)
        {
            var participant = page.ParticipantInfo[car];
            participant.IsActive = true;
            participant.Name = $"Driver {car + 1}";
            participant.RacePosition = (uint)(car + 1);
            page.CarNames.Set(car, "Formula Classic G3M1");
            _distance[car] = TrackLength - (car * 35f);
            _pace[car] = 62f + ((car * 7919) % 13 * 0.15f);
        }
    }

    /// <summary>The page as of the last <see cref="Advance"/>.</summary>
    public ReadOnlySpan<byte> Page => _page;

    /// <summary>Moves the race on by one frame (1/60 s).</summary>
    public void Advance()
    {
        _frame++;
        const float dt = 1f / FramesPerSecond;
        var time = _frame * dt;
        var page = new SharedMemoryWritableView(_page);
        page.CurrentTime = time % 95f;
        page.EventTimeRemaining = 3_600f - time;
        page.SplitTime = MathF.Sin(time * 0.1f);

        var wobble = MathF.Sin(time * 2.1f);
        page.Speed = 55f + (20f * wobble);
        page.Rpm = 8_000f + (2_500f * wobble);
        page.EngineSpeed = page.Rpm * 0.1047f;
        page.EngineTorque = 320f + (60f * wobble);
        page.Throttle = page.UnfilteredThrottle = Math.Clamp(0.5f + wobble, 0f, 1f);
        page.Brake = page.UnfilteredBrake = Math.Clamp(-wobble, 0f, 1f);
        page.Steering = page.UnfilteredSteering = 0.3f * MathF.Sin(time * 0.7f);
        page.Gear = 3 + (int)(2 * wobble);
        page.FuelLevel = 0.9f - (time * 0.0001f);
        page.OdometerKM = 1_200f + (time * 0.06f);
        for (var axis = 0; axis < 3; axis++)
        {
            var phase = time + axis;
            page.Orientation[axis] = MathF.Sin(phase * 0.3f);
            page.LocalVelocity[axis] = 60f * MathF.Cos(phase);
            page.WorldVelocity[axis] = 60f * MathF.Sin(phase);
            page.AngularVelocity[axis] = 0.2f * MathF.Sin(phase * 3f);
            page.LocalAcceleration[axis] = 9.8f * MathF.Cos(phase * 2f);
            page.WorldAcceleration[axis] = 9.8f * MathF.Sin(phase * 2f);
        }

        for (var tyre = 0; tyre < 4; tyre++)
        {
            var phase = time + tyre;
            page.TyreRPS[tyre] = 150f + (40f * wobble);
            page.TyreSlipSpeed[tyre] = MathF.Abs(0.4f * MathF.Sin(phase * 5f));
            page.TyreY[tyre] = 0.01f * MathF.Sin(phase * 9f);
            page.TyreHeightAboveGround[tyre] = 0.3f + (0.01f * MathF.Sin(phase * 9f));
            page.SuspensionTravel[tyre] = 0.05f + (0.02f * MathF.Sin(phase * 11f));
            page.SuspensionVelocity[tyre] = 0.2f * MathF.Cos(phase * 11f);
            page.WheelLocalPositionY[tyre] = 0.02f * MathF.Sin(phase * 11f);
            page.TyreTreadTemp[tyre] = 360f + (5f * MathF.Sin(phase * 0.2f));
            page.BrakeTempCelsius[tyre] = 400f + (200f * page.Brake);
            if (_frame % 30 == 0)
            {
                page.TyreWear[tyre] += 0.0001f;
                page.TyreCarcassTemp[tyre] += 0.01f;
            }
        }

        for (var car = 0; car < Cars; car++)
        {
            var participant = page.ParticipantInfo[car];
            var speed = _pace[car] + (6f * MathF.Sin((time * 0.8f) + car));
            _distance[car] += speed * dt;
            if (_distance[car] >= TrackLength)
            {
                _distance[car] -= TrackLength;
                participant.LapsCompleted++;
                participant.CurrentLap = participant.LapsCompleted + 1;
                page.LastLapTimes[car] = TrackLength / _pace[car];
            }

            participant.CurrentLapDistance = _distance[car];
            participant.CurrentSector = (int)(_distance[car] / TrackLength * 3f);
            var angle = _distance[car] / TrackLength * MathF.Tau;
            participant.WorldPosition[0] = 900f * MathF.Cos(angle);
            participant.WorldPosition[1] = 12f * MathF.Sin(angle * 3f);
            participant.WorldPosition[2] = 600f * MathF.Sin(angle);
            page.Speeds[car] = speed;
            page.Orientations[car][1] = angle;
        }

        if (_frame % FramesPerSecond == 0)
        {
            // Positions settle once a second, as the game re-sorts the order.
            for (var car = 0; car < Cars; car++)
            {
                var participant = page.ParticipantInfo[car];
                participant.RacePosition = (uint)(((car + (_frame / FramesPerSecond)) % Cars) + 1);
            }
        }
    }
}
