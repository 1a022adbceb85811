using SimLayouts.Acc;

namespace SimLayouts.Benchmarks;

/// <summary>
/// ACC pages as a live race writes them (values from the generated writable views), with the player's names in
/// several scripts, so the UTF-16 strings cost what real names cost.
/// </summary>
public static class PlausibleAccPages
{
    /// <summary>The physics page at speed in fifth gear.</summary>
    public static byte[] Physics()
    {
        var bytes = new byte[PhysicsLayout.Size];
        var page = new PhysicsWritableView(bytes);
        page.PacketId = 91_204;
        page.Gas = 0.93f;
        page.Fuel = 54.3f;
        page.Gear = (GearIndex)6;
        page.Rpm = 7_350;
        page.SteerAngle = -0.06f;
        page.SpeedKmh = 231.4f;
        page.Velocity[2] = 64.3f;
        page.AccG[0] = 1.21f;
        page.AccG[2] = -0.18f;
        page.Heading = 1.92f;
        page.AirTemp = 24.5f;
        page.RoadTemp = 33.2f;
        page.WaterTemp = 88.4f;
        page.BrakeBias = 0.578f;
        page.IgnitionOn = true;
        page.IsEngineRunning = true;
        for (var wheel = 0; wheel < 4; wheel++)
        {
            page.WheelsPressure[wheel] = 27.6f + (0.1f * wheel);
            page.WheelSlip[wheel] = 0.031f * (wheel + 1);
            page.WheelAngularSpeed[wheel] = 194.8f;
            page.TyreCoreTemperature[wheel] = 84.2f + wheel;
            page.SuspensionTravel[wheel] = 0.0312f;
            page.BrakeTemp[wheel] = 412.5f - (20 * wheel);
            page.PadLife[wheel] = 28.7f;
            page.DiscLife[wheel] = 31.9f;
            page.SlipAngle[wheel] = 0.021f;
            for (var axis = 0; axis < 3; axis++)
            {
                page.TyreContactPoint[wheel, axis] = 120.5f + axis;
            }
        }

        return bytes;
    }

    /// <summary>The graphics page of a 24-car race, every car on the map.</summary>
    public static byte[] Graphics()
    {
        var bytes = new byte[GraphicsLayout.Size];
        var page = new GraphicsWritableView(bytes);
        page.PacketId = 30_117;
        page.Status = AcStatus.Live;
        page.Session = AcSessionType.Race;
        page.CurrentTime = "1:12.408";
        page.LastTime = "1:48.911";
        page.BestTime = "1:48.102";
        page.Split = "0:36.004";
        page.CompletedLaps = 7;
        page.Position = 5;
        page.ICurrentTime = 72_408;
        page.ILastTime = 108_911;
        page.IBestTime = 108_102;
        page.DistanceTraveled = 33_812.5f;
        page.NumberOfLaps = 24;
        page.TyreCompound = "dry_compound";
        page.NormalizedCarPosition = 0.6412f;
        page.ActiveCars = 24;
        for (var car = 0; car < 24; car++)
        {
            page.CarCoordinates[car, 0] = -412.25f + (31.5f * car);
            page.CarCoordinates[car, 1] = 12.5f;
            page.CarCoordinates[car, 2] = 881.75f - (17.25f * car);
            page.CarID[car] = 1_000 + car;
        }

        page.PlayerCarID = 1_012;
        page.Flag = AcFlagType.GreenFlag;
        page.SurfaceGrip = 0.99f;
        page.WindSpeed = 3.2f;
        page.WindDirection = 1.1f;
        page.Tc = 3;
        page.TCCut = 2;
        page.EngineMap = 1;
        page.Abs = 4;
        page.FuelXLap = 3.08f;
        page.UsedFuel = 21.7f;
        page.DeltaLapTime = "+0.412";
        page.IDeltaLapTime = 412;
        page.EstimatedLapTime = "1:48.514";
        page.IEstimatedLapTime = 108_514;
        page.IsValidLap = true;
        page.FuelEstimatedLaps = 17.6f;
        page.TrackStatus = "OPTIMUM";
        page.Clock = 51_230.5f;
        page.GlobalGreen = true;
        page.TrackGripStatus = TrackGripStatus.Optimum;
        page.RainIntensityIn30min = RainIntensity.Drizzle;
        page.CurrentTyreSet = 2;
        page.StrategyTyreSet = 3;
        page.GapAhead = 1_204;
        page.GapBehind = 872;
        return bytes;
    }

    /// <summary>The static page: versions, car, track and the player's names (Latin with accents, Cyrillic, Greek).</summary>
    public static byte[] Static()
    {
        var bytes = new byte[StaticLayout.Size];
        var page = new StaticWritableView(bytes);
        page.SmVersion = "1.9";
        page.AcVersion = "1.10.2";
        page.NumberOfSessions = 3;
        page.NumCars = 24;
        page.CarModel = "porsche_991ii_gt3_r";
        page.Track = "spa";
        page.PlayerName = "Kévin";
        page.PlayerSurname = "Estre";
        page.PlayerNick = "Кевин Εστρ";
        page.SectorCount = 3;
        page.MaxRpm = 9_250;
        page.MaxFuel = 120;
        page.PenaltiesEnabled = true;
        page.AidFuelRate = 1;
        page.AidTireRate = 1;
        page.AidMechanicalDamage = 1;
        page.AidAllowTyreBlankets = 1;
        page.PitWindowStart = 1_200_000;
        page.PitWindowEnd = 2_400_000;
        page.DryTyresName = "DHF";
        page.WetTyresName = "WH";
        return bytes;
    }
}
