using System.Linq;

namespace SimLayouts.Runtime.Tests;

/// <summary>
/// <c>Active{Field}</c> of counted arrays (<c>count:</c>): the entries in use, for rFactor 2's vehicles, RaceRoom's
/// drivers and ACC's car list, with the count clamped to the array however hostile the page.
/// </summary>
public sealed class ActiveEntriesTests
{
    [TestCase(20, 20)]
    [TestCase(0, 0)]
    [TestCase(-5, 0)]
    [TestCase(128, 128)]
    [TestCase(int.MaxValue, 128)]
    public void Rf2_telemetry_iterates_the_vehicles_in_use(int count, int expected)
    {
        var page = new byte[Rf2.TelemetryView.Size];
        var writer = new Rf2.TelemetryWritableView(page);
        writer.NumVehicles = count;
        for (var slot = 0; slot < 128; slot++)
        {
            var car = writer.Vehicles[slot];
            car.Id = 1_000 + slot;
        }

        var ids = new System.Collections.Generic.List<int>();
        foreach (var car in new Rf2.TelemetryView(page).ActiveVehicles)
        {
            ids.Add(car.Id);
        }

        Assert.That(ids, Is.EqualTo(Enumerable.Range(1_000, expected)));
    }

    [TestCase(3, 3)]
    [TestCase(-1, 0)]
    [TestCase(500, 128)]
    public void Raceroom_iterates_the_drivers_in_use(int count, int expected)
    {
        var page = new byte[R3e.SharedView.Size];
        var writer = new R3e.SharedWritableView(page);
        writer.NumCars = count;
        var first = writer.AllDriversData1[0].DriverInfo;
        first.Name = "Ayrton";

        var drivers = new R3e.SharedView(page).ActiveAllDriversData1;

        Assert.That(drivers.Length, Is.EqualTo(expected));
        if (expected > 0)
        {
            Assert.That(drivers[0].DriverInfo.Name, Is.EqualTo("Ayrton"));
        }
    }

    [TestCase(24, 24)]
    [TestCase(-3, 0)]
    [TestCase(61, 60)]
    public void Acc_car_list_holds_the_active_cars_in_both_arrays(int count, int expected)
    {
        var page = new byte[Acc.GraphicsView.Size];
        var writer = new Acc.GraphicsWritableView(page);
        writer.ActiveCars = count;
        writer.CarID[0] = 7;
        writer.CarCoordinates[0][2] = 12.5f;

        var view = new Acc.GraphicsView(page);

        Assert.That((view.ActiveCarID.Length, view.ActiveCarCoordinates.Length), Is.EqualTo((expected, expected)));
        Assert.That(view.ActiveCarCoordinates.Columns, Is.EqualTo(3));
        if (expected > 0)
        {
            Assert.That((view.ActiveCarID[0], view.ActiveCarCoordinates[0][2]), Is.EqualTo((7, 12.5f)));
        }
    }
}
