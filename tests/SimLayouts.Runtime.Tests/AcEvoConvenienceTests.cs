using System;
using System.Buffers.Binary;
using System.Text;
using SimLayouts.AcEvo;

namespace SimLayouts.Runtime.Tests;

/// <summary>
/// Every convenience of the Rust crate acevo-shared-memory has a generated equivalent with the same meaning.
/// Pages are built byte by byte at the offsets of REPORT.md's helper table, independently of the generator.
/// </summary>
public sealed class AcEvoConvenienceTests
{
    private byte[] _physics = [];
    private byte[] _graphics = [];
    private byte[] _static = [];

    [SetUp]
    public void NewPages()
    {
        _physics = new byte[800];
        _graphics = new byte[4900];
        _static = new byte[208];
    }

    [TestCase(672, nameof(PhysicsView.TcInAction))]
    [TestCase(676, nameof(PhysicsView.AbsInAction))]
    [TestCase(340, nameof(PhysicsView.DrsAvailable))]
    [TestCase(344, nameof(PhysicsView.DrsEnabled))]
    [TestCase(248, nameof(PhysicsView.PitLimiterOn))]
    [TestCase(332, nameof(PhysicsView.ErsIsCharging))]
    [TestCase(772, nameof(PhysicsView.IgnitionOn))]
    [TestCase(776, nameof(PhysicsView.StarterEngineOn))]
    [TestCase(780, nameof(PhysicsView.IsEngineRunning))]
    [TestCase(416, nameof(PhysicsView.IsAiControlled))]
    [TestCase(264, nameof(PhysicsView.AutoShifterOn))]
    [TestCase(584, nameof(PhysicsView.IsPushToPassActive))]
    public void Non_zero_tests_are_true_for_any_non_zero_value(int offset, string member)
    {
        Assert.That(Flag(member), Is.False, "0");
        foreach (var value in new[] { 1, 7, -1, int.MinValue })
        {
            BinaryPrimitives.WriteInt32LittleEndian(_physics.AsSpan(offset), value);
            Assert.That(Flag(member), Is.True, value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Test]
    public void Pedal_steering_fuel_and_gear_helpers_mean_what_the_crate_means()
    {
        Float(_physics, 4, 0.3f);    // gas
        Float(_physics, 8, 0f);      // brake
        Float(_physics, 364, -0.1f); // clutch
        Float(_physics, 12, 1e-8f);  // fuel: below f32 epsilon
        Float(_physics, 24, -0.5f);  // steerAngle
        BinaryPrimitives.WriteInt32LittleEndian(_physics.AsSpan(16), 0); // gear index 0 = reverse
        var physics = new PhysicsView(_physics);

        Assert.That(physics.IsThrottlePressed, Is.True);
        Assert.That(physics.IsBrakePressed, Is.False);
        Assert.That(physics.IsClutchPressed, Is.False);
        Assert.That(physics.IsTankEmpty, Is.True);
        Assert.That(physics.IsSteeringLeft, Is.True);
        Assert.That(physics.IsSteeringRight, Is.False);
        Assert.That(physics.ActualGear, Is.EqualTo(-1));
        Assert.That(physics.Gear, Is.EqualTo(GearIndex.Reverse));

        Float(_physics, 12, 2.5f);
        BinaryPrimitives.WriteInt32LittleEndian(_physics.AsSpan(16), 4);
        Assert.That(new PhysicsView(_physics).IsTankEmpty, Is.False);
        Assert.That(new PhysicsView(_physics).ActualGear, Is.EqualTo(3));
    }

    [Test]
    public void Typed_enums_read_the_official_values()
    {
        Int(_graphics, 4, 2);
        Int(_graphics, 1388, 4);
        Int(_graphics, 2404, 5);
        Int(_graphics, 2408, 8);
        Int(_graphics, 2416, 1);
        Int(_static, 32, -1);
        Int(_static, 72, 2);
        var graphics = new GraphicsView(_graphics);
        var session = new StaticView(_static);

        Assert.That(graphics.Status, Is.EqualTo(AcEvoStatus.Live));
        Assert.That(graphics.CarLocation, Is.EqualTo(AcEvoCarLocation.Track));
        Assert.That(graphics.Flag, Is.EqualTo(AcEvoFlagType.YellowFlag));
        Assert.That(graphics.GlobalFlag, Is.EqualTo(AcEvoFlagType.CheckeredFlag));
        Assert.That(graphics.EngineType, Is.EqualTo(AcEvoEngineType.ElectricMotor));
        Assert.That(session.Session, Is.EqualTo(AcEvoSessionType.Unknown));
        Assert.That(session.StartingGrip, Is.EqualTo(AcEvoStartingGrip.Optimum));
    }

    [Test]
    public void Strings_read_at_the_official_offsets()
    {
        Text(_graphics, 2422, "Race mode");
        Text(_graphics, 3020, "Jean");
        Text(_graphics, 3053, "Alesi");
        Text(_graphics, 3086, "ferrari_296_gt3");
        Text(_static, 0, "1.0.3");
        Text(_static, 15, "0.7.1");
        Text(_static, 36, "Practice");
        Text(_static, 92, "Italy");
        Text(_static, 136, "monza");
        Text(_static, 169, "gp");
        var graphics = new GraphicsView(_graphics);
        var session = new StaticView(_static);

        Assert.That((graphics.PerformanceModeName, graphics.DriverName, graphics.DriverSurname, graphics.CarModel), Is.EqualTo(("Race mode", "Jean", "Alesi", "ferrari_296_gt3")));
        Assert.That((session.SmVersion, session.AcEvoVersion, session.SessionName), Is.EqualTo(("1.0.3", "0.7.1", "Practice")));
        Assert.That((session.Nation, session.Track, session.TrackConfiguration), Is.EqualTo(("Italy", "monza", "gp")));
    }

    [Test]
    public void Strings_are_lossy_on_invalid_utf8_whole_without_nul_and_empty_when_zero()
    {
        new byte[] { (byte)'M', 0xC0, 0x80, (byte)'x', 0 }.CopyTo(_graphics, 3086);
        _graphics.AsSpan(3020, 33).Fill((byte)'A');
        var graphics = new GraphicsView(_graphics);

        Assert.That(graphics.CarModel, Is.EqualTo("M\uFFFD\uFFFDx"));
        Assert.That(graphics.DriverName, Is.EqualTo(new string('A', 33)), "no NUL in 33 bytes: the whole array");
        Assert.That(graphics.DriverSurname, Is.Empty);
        Assert.That(graphics.DriverNameBytes.Length, Is.EqualTo(33));
    }

    [Test]
    public void Car_ids_combine_their_two_u64_halves_into_one_value()
    {
        BinaryPrimitives.WriteUInt64LittleEndian(_graphics.AsSpan(8), 0x1111_2222_3333_4444);
        BinaryPrimitives.WriteUInt64LittleEndian(_graphics.AsSpan(16), 0xAAAA_BBBB_CCCC_DDDD);
        BinaryPrimitives.WriteUInt64LittleEndian(_graphics.AsSpan(24), 5);
        BinaryPrimitives.WriteUInt64LittleEndian(_graphics.AsSpan(32), 6);
        var graphics = new GraphicsView(_graphics);

        Assert.That(graphics.FocusedCarId, Is.EqualTo(new UInt128(0xAAAA_BBBB_CCCC_DDDD, 0x1111_2222_3333_4444)));
        Assert.That(graphics.PlayerCarId, Is.EqualTo(new UInt128(6, 5)));
        Assert.That((graphics.FocusedCarIdA, graphics.FocusedCarIdB), Is.EqualTo((0x1111_2222_3333_4444UL, 0xAAAA_BBBB_CCCC_DDDDUL)), "the halves stay available, like the crate's (u64, u64)");

        var writer = new GraphicsWritableView(_graphics) { PlayerCarId = new UInt128(9, 10) };
        Assert.That((writer.PlayerCarIdA, writer.PlayerCarIdB), Is.EqualTo((10UL, 9UL)));
    }

    [Test]
    public void G_forces_and_time_of_day_are_tuples()
    {
        Float(_graphics, 132, 1.5f);
        Float(_graphics, 136, -0.25f);
        Float(_graphics, 140, 0.98f);
        Int(_graphics, 172, 14);
        Int(_graphics, 176, 35);
        Int(_graphics, 180, 9);
        var graphics = new GraphicsView(_graphics);

        Assert.That(graphics.GForces, Is.EqualTo((1.5f, -0.25f, 0.98f)));
        Assert.That(graphics.GForces.Y, Is.EqualTo(-0.25f));
        Assert.That(graphics.TimeOfDay, Is.EqualTo((14, 35, 9)));
        Assert.That(graphics.TimeOfDay.Minutes, Is.EqualTo(35));
    }

    private bool Flag(string member)
    {
        var physics = new PhysicsView(_physics);
        return member switch
        {
            nameof(PhysicsView.TcInAction) => physics.TcInAction,
            nameof(PhysicsView.AbsInAction) => physics.AbsInAction,
            nameof(PhysicsView.DrsAvailable) => physics.DrsAvailable,
            nameof(PhysicsView.DrsEnabled) => physics.DrsEnabled,
            nameof(PhysicsView.PitLimiterOn) => physics.PitLimiterOn,
            nameof(PhysicsView.ErsIsCharging) => physics.ErsIsCharging,
            nameof(PhysicsView.IgnitionOn) => physics.IgnitionOn,
            nameof(PhysicsView.StarterEngineOn) => physics.StarterEngineOn,
            nameof(PhysicsView.IsEngineRunning) => physics.IsEngineRunning,
            nameof(PhysicsView.IsAiControlled) => physics.IsAiControlled,
            nameof(PhysicsView.AutoShifterOn) => physics.AutoShifterOn,
            nameof(PhysicsView.IsPushToPassActive) => physics.IsPushToPassActive,
            _ => throw new ArgumentOutOfRangeException(nameof(member), member, null),
        };
    }

    private static void Float(byte[] page, int offset, float value) => BinaryPrimitives.WriteSingleLittleEndian(page.AsSpan(offset), value);

    [Test]
    public void Like_the_crates_snapshot_a_snapshot_is_an_owned_copy_that_outlives_changes_to_the_live_page()
    {
        var live = new byte[GraphicsView.Size];
        var writer = new GraphicsWritableView(live);
        writer.PacketId = 10;
        writer.Status = AcEvoStatus.Live;
        var reader = SimLayouts.Snapshots.SnapshotReader.For<GraphicsView>();

        reader.TryRead(live, previous: null, out var snapshot);
        writer.PacketId = 11;
        writer.Status = AcEvoStatus.Pause;

        using (snapshot)
        {
            Assert.That(snapshot, Is.Not.Null);
            Assert.That(snapshot!.View<GraphicsView>().Status, Is.EqualTo(AcEvoStatus.Live));
            Assert.That(snapshot.View<GraphicsView>().PacketId, Is.EqualTo(10));
            Assert.That(snapshot.Counter, Is.EqualTo(10u));
        }
    }

    private static void Int(byte[] page, int offset, int value) => BinaryPrimitives.WriteInt32LittleEndian(page.AsSpan(offset), value);

    private static void Text(byte[] page, int offset, string value) => Encoding.UTF8.GetBytes(value).CopyTo(page, offset);
}
