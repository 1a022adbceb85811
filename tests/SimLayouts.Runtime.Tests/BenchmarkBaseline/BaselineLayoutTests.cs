using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.InteropServices;
using SimLayouts.AcEvo;
using SimLayouts.Benchmarks.Baseline;
using SimLayouts.Pcars2;

namespace SimLayouts.Runtime.Tests.BenchmarkBaseline;

/// <summary>
/// The JSON benchmark's baseline structs (benchmarks/…/Baseline) marshal exactly the pages the layouts describe:
/// same size, and every member of the layout at the same offset. Otherwise the benchmark compares two different pages.
/// </summary>
public sealed class BaselineLayoutTests
{
    [Test]
    public void The_baseline_structs_marshal_to_the_page_and_struct_sizes()
    {
        Assert.That(Marshal.SizeOf<Pcars2Page>(), Is.EqualTo(SharedMemoryLayout.Size));
        Assert.That(Marshal.SizeOf<Pcars2ParticipantInfo>(), Is.EqualTo(ParticipantInfoLayout.Size));
        Assert.That(Marshal.SizeOf<AcEvoGraphicsPage>(), Is.EqualTo(GraphicsLayout.Size));
        Assert.That(Marshal.SizeOf<SMEvoTyreState>(), Is.EqualTo(SMEvoTyreStateLayout.Size));
        Assert.That(Marshal.SizeOf<SMEvoDamageState>(), Is.EqualTo(SMEvoDamageStateLayout.Size));
        Assert.That(Marshal.SizeOf<SMEvoPitInfo>(), Is.EqualTo(SMEvoPitInfoLayout.Size));
        Assert.That(Marshal.SizeOf<SMEvoInstrumentation>(), Is.EqualTo(SMEvoInstrumentationLayout.Size));
        Assert.That(Marshal.SizeOf<SMEvoElectronics>(), Is.EqualTo(SMEvoElectronicsLayout.Size));
        Assert.That(Marshal.SizeOf<SMEvoSessionState>(), Is.EqualTo(SMEvoSessionStateLayout.Size));
        Assert.That(Marshal.SizeOf<SMEvoTimingState>(), Is.EqualTo(SMEvoTimingStateLayout.Size));
        Assert.That(Marshal.SizeOf<SMEvoAssistsState>(), Is.EqualTo(SMEvoAssistsStateLayout.Size));
        Assert.That(Marshal.SizeOf<AccPhysicsPage>(), Is.EqualTo(Acc.PhysicsLayout.Size));
        Assert.That(Marshal.SizeOf<AccGraphicsPage>(), Is.EqualTo(Acc.GraphicsLayout.Size));
        Assert.That(Marshal.SizeOf<AccStaticPage>(), Is.EqualTo(Acc.StaticLayout.Size));
    }

    private static IEnumerable<TestCaseData> Pages()
    {
        yield return new TestCaseData(typeof(Pcars2Page), SharedMemoryLayout.Description).SetArgDisplayNames("pcars2");
        yield return new TestCaseData(typeof(AcEvoGraphicsPage), GraphicsLayout.Description).SetArgDisplayNames("acevo graphics");
        yield return new TestCaseData(typeof(AccPhysicsPage), Acc.PhysicsLayout.Description).SetArgDisplayNames("acc physics");
        yield return new TestCaseData(typeof(AccGraphicsPage), Acc.GraphicsLayout.Description).SetArgDisplayNames("acc graphics");
        yield return new TestCaseData(typeof(AccStaticPage), Acc.StaticLayout.Description).SetArgDisplayNames("acc static");
    }

    [TestCaseSource(nameof(Pages))]
    public void Every_layout_member_is_a_baseline_field_at_the_same_marshalled_offset(Type baseline, PageDescription page)
    {
        var misplaced = page.Fields
            .Select(field => (field.Path, field.Offset, Marshalled: MarshalledOffset(baseline, field.Path)))
            .Where(row => row.Marshalled != row.Offset)
            .Select(row => $"{row.Path}: layout {row.Offset}, baseline {row.Marshalled?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "missing"}")
            .ToList();

        Assert.That(misplaced, Is.Empty);
        Assert.That(CountMembers(baseline), Is.EqualTo(page.Fields.Count), "the baseline declares members the layout does not have");
    }

    // "a" is a page member, "a.b" a member of an embedded struct (offset from the page start),
    // "a[].b" a member of one element of an array of structs (offset from the element start).
    private static int? MarshalledOffset(Type page, string path)
    {
        var parts = path.Split('.');
        var top = FindField(page, parts[0].Replace("[]", string.Empty, StringComparison.Ordinal));
        if (top is null)
        {
            return null;
        }

        if (parts.Length == 1)
        {
            return (int)Marshal.OffsetOf(page, top.Name);
        }

        var nestedType = top.FieldType.IsArray ? top.FieldType.GetElementType()! : top.FieldType;
        var nested = FindField(nestedType, parts[1]);
        if (nested is null)
        {
            return null;
        }

        var inner = (int)Marshal.OffsetOf(nestedType, nested.Name);
        return parts[0].EndsWith("[]", StringComparison.Ordinal) ? inner : (int)Marshal.OffsetOf(page, top.Name) + inner;
    }

    private static FieldInfo? FindField(Type type, string name) => type.GetField(name, BindingFlags.Public | BindingFlags.Instance);

    // One per page member and one per member of each embedded struct or struct-array element type, as the layout
    // rows count them; the one-string wrappers of char[N][M] members are the member's storage, not members.
    private static int CountMembers(Type page) =>
        page.GetFields(BindingFlags.Public | BindingFlags.Instance).Sum(field =>
        {
            var type = field.FieldType.IsArray ? field.FieldType.GetElementType()! : field.FieldType;
            var isLayoutStruct = type.IsValueType && !type.IsPrimitive && type.Namespace == typeof(Pcars2Page).Namespace
                && !type.Name.StartsWith("AnsiString", StringComparison.Ordinal);
            return 1 + (isLayoutStruct ? type.GetFields(BindingFlags.Public | BindingFlags.Instance).Length : 0);
        });
}
