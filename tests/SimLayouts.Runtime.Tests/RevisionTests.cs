using System;
using System.Linq;
using SimLayouts.AcEvo;
using SimLayouts.Pcars2;

namespace SimLayouts.Runtime.Tests;

/// <summary>
/// A view over a page from an older revision of the game says which members it has, declared in YAML
/// (<c>revisions</c> and <c>since</c>), and never reads past the bytes it was given.
/// </summary>
public sealed class RevisionTests
{
    [Test]
    public void A_3940_byte_graphics_page_from_before_car_ids_has_everything_but_car_ids()
    {
        var page = new byte[3940];
        var writer = new GraphicsWritableView(page);
        writer.UseSingleCompound = true;
        writer.MaxFuel = 120f;
        var view = new GraphicsView(page);

        Assert.That(view.Revision, Is.EqualTo("2026-03-31"));
        Assert.That(view.HasCarIds, Is.False);
        Assert.That(view.UseSingleCompound, Is.True);
        Assert.That(view.MaxFuel, Is.EqualTo(120f));
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new GraphicsView(page).CarIds);
        var missing = GraphicsLayout.Description.Fields.Where(f => !HasGraphics(page, f)).Select(f => f.Path);
        Assert.That(missing, Is.EqualTo(new[] { "car_ids" }));
    }

    [Test]
    public void A_current_graphics_page_has_every_member()
    {
        var page = new byte[4900];
        var view = new GraphicsView(page);

        Assert.That(view.Revision, Is.EqualTo("2026-04-01"));
        Assert.That(view.HasCarIds, Is.True);
        Assert.That(view.CarIds.Length, Is.EqualTo(60));
        Assert.That(GraphicsLayout.Description.Fields.All(f => HasGraphics(page, f)));
        Assert.That(GraphicsLayout.Description.Revisions.Select(r => (r.Name, r.Size)), Is.EqualTo(new[] { ("2026-03-31", 3940), ("2026-04-01", 4900) }));
    }

    [TestCase(20576, "v9", 20)]
    [TestCase(20660, "v10", 11)]
    [TestCase(20668, "v11", 9)]
    [TestCase(20688, "v12", 3)]
    [TestCase(20692, "v13", 2)]
    [TestCase(20700, "v14", 0)]
    [TestCase(20704, "v14", 0)]
    public void Each_pcars2_header_version_lacks_exactly_the_members_added_after_it(int size, string revision, int missing)
    {
        var page = new byte[size];
        var view = new SharedMemoryView(page);

        Assert.That(view.Revision, Is.EqualTo(revision));
        Assert.That(SharedMemoryLayout.Description.Fields.Count(f => !HasPcars2(page, f)), Is.EqualTo(missing));
        Assert.That(SharedMemoryLayout.Description.Fields.Where(f => !HasPcars2(page, f)).Select(f => f.Since), Is.All.Not.Null);
    }

    [Test]
    public void A_project_cars_2_page_reads_its_fields_and_reports_the_ams2_ones_as_unavailable()
    {
        var page = new byte[20576];
        new SharedMemoryWritableView(page).SnowDensity = 0.25f;
        var view = new SharedMemoryView(page);

        Assert.That(view.SnowDensity, Is.EqualTo(0.25f));
        Assert.That(view.HasSessionDuration, Is.False);
        Assert.That(view.HasLaunchStage, Is.False);
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new SharedMemoryView(page).LaunchStage);
        Assert.That(new SharedMemoryView(new byte[100]).Revision, Is.Null, "shorter than any known revision");
    }

    private static bool HasGraphics(byte[] page, LayoutField field) => new GraphicsView(page).Has(field);

    private static bool HasPcars2(byte[] page, LayoutField field) => new SharedMemoryView(page).Has(field);
}
