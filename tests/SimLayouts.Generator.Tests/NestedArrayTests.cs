using System.Linq;
using System.Reflection;
using SimLayouts.Generator.Tests.Infrastructure;

namespace SimLayouts.Generator.Tests;

/// <summary>
/// Arrays of structs inside arrays of structs (rFactor 2's <c>mVehicles[].mWheels[]</c>): views index both levels, and
/// the metadata rows of the inner members are relative to one inner element, as the reference tables write them.
/// </summary>
public sealed class NestedArrayTests
{
    private const string Layout = """
        layout: nested
        namespace: Consumer.Nested
        structs:
          - name: Wheel
            size: 8
            fields:
              - { name: x, offset: 0, type: f32 }
              - { name: id, offset: 4, type: u8 }
          - name: Vehicle
            size: 40
            fields:
              - { name: mId, offset: 0, type: i32 }
              - { name: mWheels, offset: 8, type: Wheel, dims: 4 }
        pages:
          - name: Telemetry
            segment: nested
            size: 84
            fields:
              - { name: mCount, offset: 0, type: i32 }
              - { name: mVehicles, offset: 4, type: Vehicle, dims: 2 }
        """;

    private const string Usage = """
        using Consumer.Nested;

        /// <summary>Writes a wheel of the second vehicle and reads it back through both levels.</summary>
        public static class Probe
        {
            /// <summary>The wheel's x as read back, and the byte offset it landed at.</summary>
            public static float Run(byte[] page)
            {
                var vehicle = new TelemetryWritableView(page).Vehicles[1];
                var wheel = vehicle.Wheels[2];
                wheel.X = 7.5f;
                return new TelemetryView(page).Vehicles[1].Wheels[2].X;
            }
        }
        """;

    [Test]
    public void Inner_rows_are_relative_to_the_inner_element_and_views_reach_both_levels()
    {
        var run = GeneratorHarness.Run(Layout, sources: Usage);
        Assert.That(run.GeneratorDiagnostics, Is.Empty);
        Assert.That(run.CompileErrors(includeWarnings: true).Select(d => d.ToString()), Is.Empty);
        using var image = new System.IO.MemoryStream();
        Assert.That(run.Output.Emit(image).Success);
        var assembly = Assembly.Load(image.ToArray());

        var page = new byte[84];
        Assert.That(assembly.GetType("Probe")!.GetMethod("Run")!.Invoke(null, [page]), Is.EqualTo(7.5f));
        Assert.That(System.BitConverter.ToSingle(page, 4 + 40 + 8 + (2 * 8)), Is.EqualTo(7.5f), "vehicle 1 at 4 + 40, its wheels at 8, wheel 2 at 2 x 8");

        var description = (PageDescription)assembly.GetType("Consumer.Nested.TelemetryLayout")!.GetProperty("Description")!.GetValue(null)!;
        var rows = description.Fields.Select(f => (f.Path, f.Offset, f.DimsText, f.RequiredLength)).ToList();
        Assert.That(rows, Is.EqualTo(new[]
        {
            ("mCount", 0, "-", 4),
            ("mVehicles", 4, "2", 84),
            ("mVehicles[].mId", 0, "-", 84),
            ("mVehicles[].mWheels", 8, "4", 84),
            ("mVehicles[].mWheels[].x", 0, "-", 84),
            ("mVehicles[].mWheels[].id", 4, "-", 84),
        }));
    }
}
