using System;
using System.Buffers;
using System.Buffers.Binary;
using System.Linq;
using System.Text.Json;

namespace SimLayouts.Runtime.Tests.Json;

/// <summary>
/// rFactor 2 keeps most of its counts in a struct in front of the arrays they count (<c>mScoringInfo.mNumVehicles</c>,
/// <c>mTrackRules.mNumParticipants</c>): JSON holds only the active entries of every counted array, clamped to its
/// 128 slots whatever the page says.
/// </summary>
public sealed class Rf2ActiveCountTests
{
    [Test]
    public void Every_counted_rf2_array_is_declared_with_the_count_the_plugin_writes()
    {
        var counted = Rf2.Rf2Layout.Description.Pages
            .SelectMany(page => page.Fields.Where(f => f.CountField is not null && !f.Path.Contains('.', StringComparison.Ordinal)).Select(f => $"{page.NativeName}.{f.Path} <- {f.CountField}"));

        Assert.That(counted, Is.EquivalentTo(new[]
        {
            "rF2Telemetry.mVehicles <- mNumVehicles",
            "rF2Scoring.mVehicles <- mScoringInfo.mNumVehicles",
            "rF2Rules.mActions <- mTrackRules.mNumActions",
            "rF2Rules.mParticipants <- mTrackRules.mNumParticipants",
            "rF2MultiRules.mParticipants <- mMultiSessionRules.mNumParticipants",
        }));
    }

    [TestCase(3, 3)]
    [TestCase(0, 0)]
    [TestCase(-1, 0)]
    [TestCase(int.MinValue, 0)]
    [TestCase(128, 128)]
    [TestCase(129, 128)]
    [TestCase(int.MaxValue, 128)]
    public void Counted_arrays_hold_the_active_entries_clamped_to_their_slots(int count, int active)
    {
        foreach (var page in Rf2.Rf2Layout.Description.Pages)
        {
            foreach (var array in page.Fields.Where(f => f.CountField is not null && !f.Path.Contains('.', StringComparison.Ordinal)))
            {
                // The count's own row: a member of a nested struct has its offset from the start of the page.
                var counter = page.Fields.Single(f => f.Path == array.CountField);
                Assert.That(counter.Type, Is.EqualTo("i32"), counter.Path);
                var bytes = new byte[page.Size];
                BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(counter.Offset), count);

                using var trimmed = PageJson.Parse(writer => page.WriteJson(bytes, writer, default));
                using var all = PageJson.Parse(writer => page.WriteJson(bytes, writer, new PageJsonOptions { Arrays = JsonArrayExtent.All }));

                var what = $"{page.NativeName}.{array.Path} with {array.CountField} = {count}";
                Assert.That(trimmed.RootElement.GetProperty(array.JsonName).GetArrayLength(), Is.EqualTo(active), what);
                Assert.That(all.RootElement.GetProperty(array.JsonName).GetArrayLength(), Is.EqualTo(array.Dims[0]), what);
            }
        }
    }

    [Test]
    public void A_scoring_page_of_twenty_cars_is_written_with_twenty_vehicles()
    {
        var page = new byte[Rf2.ScoringView.Size];
        var writer = new Rf2.ScoringWritableView(page);
        var info = writer.ScoringInfo;
        info.TrackName = "Le Mans";
        info.NumVehicles = 20;
        for (var slot = 0; slot < 20; slot++)
        {
            var vehicle = writer.Vehicles[slot];
            vehicle.Id = slot;
            vehicle.DriverName = $"Driver {slot}";
            vehicle.VehicleName = "Oreca 07";
            vehicle.Place = (byte)(slot + 1);
            vehicle.LapDist = 100.5 * slot;
        }

        Assert.That(new Rf2.ScoringView(page).ActiveVehicles.Length, Is.EqualTo(20), "the view's Active{Field} reads the same nested count");
        var trimmed = Write(page, default);
        var all = Write(page, new PageJsonOptions { Arrays = JsonArrayExtent.All });

        using (var json = JsonDocument.Parse(trimmed))
        {
            var vehicles = json.RootElement.GetProperty("vehicles");
            Assert.That(vehicles.GetArrayLength(), Is.EqualTo(20));
            Assert.That(vehicles[19].GetProperty("driverName").GetString(), Is.EqualTo("Driver 19"));
        }

        // Twenty of the 128 vehicle objects: the rest of the page is small beside them. The figures are printed for the notes.
        TestContext.Out.WriteLine($"rF2 scoring, 20 cars: {trimmed.Length:N0} bytes of JSON trimmed, {all.Length:N0} with all 128 slots");
        Assert.That(trimmed.Length, Is.LessThan(all.Length / 4));
    }

    private static byte[] Write(byte[] page, PageJsonOptions options)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            new Rf2.ScoringView(page).WriteJson(writer, options);
        }

        return buffer.WrittenSpan.ToArray();
    }
}
