using System;
using System.IO;
using System.Linq;
using System.Collections.Generic;
using SimLayouts.AcEvo;
using SimLayouts.Pcars2;
using SimLayouts.Runtime.Tests.Infrastructure;

namespace SimLayouts.Runtime.Tests;

/// <summary>The compiled layouts (pcars2, AC EVO, ACC, AC1, RaceRoom, rFactor 2) match the references measured from the games' headers, row for row.</summary>
public sealed class FidelityTests
{
    private static readonly PageDescription Page = SharedMemoryLayout.Description;

    [Test]
    public void The_page_is_the_v14_shared_memory_struct()
    {
        Assert.That(Page.Size, Is.EqualTo(20700));
        Assert.That(Page.SegmentName, Is.EqualTo("$pcars2$"));
        Assert.That(Page.Consistency, Is.EqualTo(ConsistencyProtocol.Seqlock));
        Assert.That((Page.CounterField, Page.CounterOffset), Is.EqualTo(("mSequenceNumber", 7320)));
        Assert.That(ParticipantInfoLayout.Size, Is.EqualTo(100));
        Assert.That(Pcars2Layout.Description.Version, Is.Not.Null);
        Assert.That(Pcars2Layout.Description.Version!.Current, Is.EqualTo(14));
        Assert.That(Pcars2Layout.Description.Version.Offset, Is.Zero);
    }

    [Test]
    public void The_acevo_pages_are_the_official_structs()
    {
        Assert.That((PhysicsLayout.SegmentName, PhysicsLayout.Size), Is.EqualTo((@"Local\acevo_pmf_physics", 800)));
        Assert.That((GraphicsLayout.SegmentName, GraphicsLayout.Size), Is.EqualTo((@"Local\acevo_pmf_graphics", 4900)));
        Assert.That((StaticLayout.SegmentName, StaticLayout.Size), Is.EqualTo((@"Local\acevo_pmf_static", 208)));
        Assert.That(PhysicsLayout.Description.Consistency, Is.EqualTo(ConsistencyProtocol.Counter));
        Assert.That(GraphicsLayout.Description.Consistency, Is.EqualTo(ConsistencyProtocol.Counter));
        Assert.That((GraphicsLayout.Description.CounterField, GraphicsLayout.Description.CounterOffset), Is.EqualTo(("packetId", 0)));
        Assert.That(StaticLayout.Description.Consistency, Is.EqualTo(ConsistencyProtocol.None));
        Assert.That(GraphicsLayout.Description.Fields.Count(f => !f.Path.Contains('.', StringComparison.Ordinal)), Is.EqualTo(135));
        Assert.That(GraphicsLayout.Description.Fields.Count(f => f.Type.StartsWith("SMEvo", StringComparison.Ordinal)), Is.EqualTo(16));
    }

    private static IEnumerable<TestCaseData> Pages()
    {
        yield return new TestCaseData("pcars2", "fields.tsv", SharedMemoryLayout.Description, 166).SetName("pcars2 SharedMemory matches fields.tsv");
        yield return new TestCaseData("acevo", "physics.tsv", PhysicsLayout.Description, 85).SetName("acevo physics matches physics.tsv");
        yield return new TestCaseData("acevo", "graphics.tsv", GraphicsLayout.Description, 394).SetName("acevo graphics matches graphics.tsv");
        yield return new TestCaseData("acevo", "static.tsv", StaticLayout.Description, 19).SetName("acevo static matches static.tsv");
        yield return new TestCaseData("acc", "physics.tsv", Acc.PhysicsLayout.Description, 85).SetName("acc physics matches physics.tsv");
        yield return new TestCaseData("acc", "graphics.tsv", Acc.GraphicsLayout.Description, 87).SetName("acc graphics matches graphics.tsv");
        yield return new TestCaseData("acc", "static.tsv", Acc.StaticLayout.Description, 45).SetName("acc static matches static.tsv");
        yield return new TestCaseData("ac1", "physics.tsv", Ac1.PhysicsLayout.Description, 60).SetName("ac1 physics matches physics.tsv");
        yield return new TestCaseData("ac1", "graphics.tsv", Ac1.GraphicsLayout.Description, 30).SetName("ac1 graphics matches graphics.tsv");
        yield return new TestCaseData("ac1", "static.tsv", Ac1.StaticLayout.Description, 42).SetName("ac1 static matches static.tsv");
        yield return new TestCaseData("r3e", "fields.tsv", R3e.SharedLayout.Description, 360).SetName("r3e matches fields.tsv");
        yield return new TestCaseData("rf2", "telemetry_as_written.tsv", Rf2.TelemetryLayout.Description, 130).SetName("rf2 telemetry matches telemetry_as_written.tsv");
        yield return new TestCaseData("rf2", "scoring.tsv", Rf2.ScoringLayout.Description, 111).SetName("rf2 scoring matches scoring.tsv");
        yield return new TestCaseData("rf2", "rules.tsv", Rf2.RulesLayout.Description, 53).SetName("rf2 rules matches rules.tsv");
        yield return new TestCaseData("rf2", "multirules.tsv", Rf2.MultiRulesLayout.Description, 28).SetName("rf2 multirules matches multirules.tsv");
        yield return new TestCaseData("rf2", "forcefeedback.tsv", Rf2.ForceFeedbackLayout.Description, 3).SetName("rf2 forcefeedback matches forcefeedback.tsv");
        yield return new TestCaseData("rf2", "graphics.tsv", Rf2.GraphicsLayout.Description, 18).SetName("rf2 graphics matches graphics.tsv");
        yield return new TestCaseData("rf2", "pitinfo.tsv", Rf2.PitInfoLayout.Description, 9).SetName("rf2 pitinfo matches pitinfo.tsv");
        yield return new TestCaseData("rf2", "weather.tsv", Rf2.WeatherLayout.Description, 14).SetName("rf2 weather matches weather.tsv");
        yield return new TestCaseData("rf2", "extended.tsv", Rf2.ExtendedLayout.Description, 73).SetName("rf2 extended matches extended.tsv");
    }

    [TestCaseSource(nameof(Pages))]
    public void Every_reference_member_is_in_the_metadata_with_the_same_offset_dims_and_size(string game, string file, PageDescription page, int rows)
    {
        var reference = ReferenceTables.Fields(game, file);
        Assert.That(reference, Has.Count.EqualTo(rows));
        Assert.That(page.Fields.Select(f => f.Path), Is.EqualTo(reference.Select(r => r.Name)), "same members in the same order");

        foreach (var (expected, actual) in reference.Zip(page.Fields))
        {
            Assert.Multiple(() =>
            {
                Assert.That(actual.Offset, Is.EqualTo(expected.Offset), expected.Name + " offset");
                Assert.That(actual.DimsText, Is.EqualTo(expected.Dims), expected.Name + " dims");
                Assert.That(actual.Size, Is.EqualTo(expected.TotalSize), expected.Name + " size");
                Assert.That(actual.ElementSize, Is.EqualTo(expected.ElementSize), expected.Name + " element size");
                Assert.That(actual.Enum, Is.EqualTo(EnumOf(expected)), expected.Name + " enum");
                Assert.That(actual.Unit, Is.EqualTo(UnitOf(expected)), expected.Name + " unit");
                Assert.That(actual.Type, Is.EqualTo(TypeOf(expected)), expected.Name + " type");
            });
        }
    }

    private static IEnumerable<TestCaseData> Layouts()
    {
        yield return new TestCaseData("pcars2", Pcars2Layout.Description, 167).SetName("pcars2 enums match enums.tsv");
        yield return new TestCaseData("acevo", AcEvoLayout.Description, 39).SetName("acevo enums match enums.tsv");
        yield return new TestCaseData("acc", Acc.AccLayout.Description, 65).SetName("acc enums match enums.tsv");
        yield return new TestCaseData("ac1", Ac1.Ac1Layout.Description, 22).SetName("ac1 enums match enums.tsv");
        yield return new TestCaseData("r3e", R3e.R3eLayout.Description, 197).SetName("r3e enums match enums.tsv");
        yield return new TestCaseData("rf2", Rf2.Rf2Layout.Description, 118).SetName("rf2 enums match enums.tsv");
    }

    /// <summary>The reference's groups of constants: r3e.h's anonymous enum, rF2State.h's buffer-size constants.</summary>
    private static readonly HashSet<string> ConstantGroups = ["Constants", "rF2MappedBufferHeader", "rF2Extended"];

    /// <summary>
    /// Members the layout language cannot name beside another of the same value (SL0012: one name per value, the
    /// other in the enum's doc): rF2TrackRulesColumn's Invalid is MaxLanes (5), RaceRoom's aid state ESP_LOW is ON (1).
    /// </summary>
    private static readonly HashSet<(string Enum, string Member)> SharedValues = [("rF2TrackRulesColumn", "Invalid"), ("informal:AID_STATE", "ESP_LOW")];

    [TestCaseSource(nameof(Layouts))]
    public void Every_reference_enum_value_is_generated_with_the_same_value(string game, LayoutDescription layout, int values)
    {
        var reference = ReferenceTables.Enums(game);
        Assert.That(reference, Has.Count.EqualTo(values));

        var constants = reference.Where(r => ConstantGroups.Contains(r.Enum)).Select(r => (r.Member, r.Value)).ToList();
        Assert.That(layout.Constants.Select(c => (c.NativeName, c.Value)), Is.EqualTo(constants));
        foreach (var group in reference.Where(r => !ConstantGroups.Contains(r.Enum)).GroupBy(r => r.Enum))
        {
            var expected = group.Where(r => !SharedValues.Contains((r.Enum, r.Member))).Select(r => (r.Member, r.Value)).ToList();
            Assert.That(group.Count() - expected.Count, Is.LessThanOrEqualTo(1), group.Key);
            if (expected.Count < group.Count())
            {
                var shared = group.Single(r => SharedValues.Contains((r.Enum, r.Member)));
                var description = layout.Enums.Single(e => e.NativeName == group.Key);
                Assert.That(description.Doc, Does.Contain($"{shared.Member} ({shared.Value})"), "the member without a name of its own is in the enum's doc");
            }

            var declared = layout.Enums.SingleOrDefault(e => e.NativeName == group.Key);
            Assert.That(declared, Is.Not.Null, group.Key);
            Assert.That(declared!.Members.Select(m => (m.NativeName, m.Value)), Is.EqualTo(expected), group.Key);

            var type = typeof(SharedMemoryView).Assembly.GetTypes().SingleOrDefault(t => t.IsEnum && t.Name == declared.CSharpName && t.Namespace == LayoutNamespace(layout));
            Assert.That(type, Is.Not.Null, declared.CSharpName);
            foreach (var member in declared.Members)
            {
                Assert.That(Convert.ToInt64(Enum.Parse(type!, member.CSharpName), System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(member.Value), member.NativeName);
            }

            Assert.That(Enum.GetValues(type!), Has.Length.EqualTo(declared.Members.Count), declared.CSharpName);
        }
    }

    /// <summary>The namespace of a built-in layout's types: the one its <c>{Layout}Layout</c> class is declared in.</summary>
    private static string LayoutNamespace(LayoutDescription layout) =>
        typeof(SharedMemoryView).Assembly.GetTypes()
            .Single(t => t.GetProperty("Description", System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)?.GetValue(null) is LayoutDescription d && ReferenceEquals(d, layout))
            .Namespace!;

    [Test]
    public void Acevo_reserve_blocks_are_in_the_layout_and_marked_reserved()
    {
        var reserves = GraphicsLayout.Description.Fields.Where(f => f.NativeName == "place_holder").ToList();

        Assert.That(reserves, Has.Count.EqualTo(16));
        Assert.That(reserves.All(f => f.IsReserved && f.Type == "u8"), Is.True);
        Assert.That(GraphicsLayout.Description.Fields.Count(f => f.IsReserved), Is.EqualTo(16));
        Assert.That(SharedMemoryLayout.Description.Fields.Any(f => f.IsReserved), Is.False);
    }

    [Test]
    public void Bitmask_enums_are_flag_enums()
    {
        Assert.That(typeof(CarFlags).IsDefined(typeof(FlagsAttribute), false));
        Assert.That(typeof(TyreFlags).IsDefined(typeof(FlagsAttribute), false));
        Assert.That(typeof(DrsState).IsDefined(typeof(FlagsAttribute), false));
        Assert.That(typeof(GameState).IsDefined(typeof(FlagsAttribute), false), Is.False);
    }

    [Test]
    public void The_bundled_reference_copy_matches_shared_reference_when_it_is_present()
    {
        var shared = FindSharedReference();
        if (shared is null)
        {
            Assert.Ignore("../shared/reference is not beside this checkout; the bundled copy is used as is.");
        }

        foreach (var file in Directory.GetFiles(shared!, "*.tsv", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(shared!, file);
            var bundled = Path.Combine(ReferenceTables.Directory, relative);
            Assert.That(File.Exists(bundled), relative);
            Assert.That(File.ReadAllText(bundled), Is.EqualTo(File.ReadAllText(file)), relative + " drifted from shared/reference");
        }
    }

    /// <summary>
    /// The expected enum. One exception: RaceRoom's penaltyReason takes its values from one of six enums chosen by
    /// penaltyType (informal:PENALTY_REASON_*), which one enum type cannot say; the six are declared and the field's
    /// doc names them.
    /// </summary>
    private static string? EnumOf(ReferenceField field) =>
        field.Enum == "informal:PENALTY_REASON_*" ? null : field.Enum;

    /// <summary>
    /// The expected unit. One exception: SMEvoElectronics is one reused struct type, so its members have one
    /// unit each; graphics.tsv gives brake_bias the unit "fraction" in three instances and none in
    /// electronics_is_modifiable, whose members act as "may be changed" flags.
    /// </summary>
    private static string? UnitOf(ReferenceField field) =>
        field.Name == "electronics_is_modifiable.brake_bias" ? "fraction" : field.Unit;

    /// <summary>The layout type for a C type; AC EVO's reserve blocks are raw bytes, the AC family's and RaceRoom's enums are ints, the AC family's <c>wchar_t</c> arrays UTF-16 strings.</summary>
    private static string TypeOf(ReferenceField field) => field.CType switch
    {
        "char" when field.Name.EndsWith("place_holder", StringComparison.Ordinal) => "u8",
        "unsigned int" or "uint32_t" => "u32",
        "int" or "int32_t" => "i32",
        "unsigned short" => "u16",
        "short" => "i16",
        "int8_t" => "i8",
        "uint8_t" => "u8",
        "uint64_t" => "u64",
        "float" => "f32",
        "bool" => "bool",
        "char" or "wchar_t" or "r3e_u8char" => "string",
        "r3e_int32" or "long" => "i32",
        "r3e_float32" => "f32",
        "r3e_float64" or "double" => "f64",
        "unsigned long" => "u32",
        "unsigned char" => "u8",
        "signed char" => "i8",
        "ULONGLONG" or "HWND" => "u64",
        _ when field.CType.StartsWith("ACEVO_", StringComparison.Ordinal) => "i32",
        _ when field.CType.StartsWith("AC_", StringComparison.Ordinal) || field.CType.StartsWith("ACC_", StringComparison.Ordinal) || field.CType == "PenaltyShortcut" => "i32",
        _ when field.Enum == field.CType => "i32",
        _ => field.CType,
    };

    private static string? FindSharedReference()
    {
        for (var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "reference");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
