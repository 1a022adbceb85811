using System;
using System.IO;
using System.Linq;
using SimLayouts.Pcars2;
using SimLayouts.Runtime.Tests.Infrastructure;

namespace SimLayouts.Runtime.Tests;

/// <summary>The compiled pcars2 layout matches the reference measured from the game's header, row for row.</summary>
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
    public void Every_reference_member_is_in_the_metadata_with_the_same_offset_dims_and_size()
    {
        var reference = ReferenceTables.Fields("pcars2");
        Assert.That(reference, Has.Count.EqualTo(166));
        Assert.That(Page.Fields.Select(f => f.Path), Is.EqualTo(reference.Select(r => r.Name)), "same members in the same order");

        foreach (var (expected, actual) in reference.Zip(Page.Fields))
        {
            Assert.Multiple(() =>
            {
                Assert.That(actual.Offset, Is.EqualTo(expected.Offset), expected.Name + " offset");
                Assert.That(actual.DimsText, Is.EqualTo(expected.Dims), expected.Name + " dims");
                Assert.That(actual.Size, Is.EqualTo(expected.TotalSize), expected.Name + " size");
                Assert.That(actual.ElementSize, Is.EqualTo(expected.ElementSize), expected.Name + " element size");
                Assert.That(actual.Enum, Is.EqualTo(expected.Enum), expected.Name + " enum");
                Assert.That(actual.Unit, Is.EqualTo(expected.Unit), expected.Name + " unit");
                Assert.That(actual.Type, Is.EqualTo(TypeOf(expected)), expected.Name + " type");
            });
        }
    }

    [Test]
    public void Every_reference_enum_value_is_generated_with_the_same_value()
    {
        var reference = ReferenceTables.Enums("pcars2");
        var layout = Pcars2Layout.Description;
        Assert.That(reference, Has.Count.EqualTo(167));

        foreach (var group in reference.GroupBy(r => r.Enum))
        {
            var expected = group.Select(r => (r.Member, r.Value)).ToList();
            if (group.Key == "Constants")
            {
                Assert.That(layout.Constants.Select(c => (c.NativeName, c.Value)), Is.EqualTo(expected));
                continue;
            }

            var description = layout.Enums.SingleOrDefault(e => e.NativeName == group.Key);
            Assert.That(description, Is.Not.Null, group.Key);
            Assert.That(description!.Members.Select(m => (m.NativeName, m.Value)), Is.EqualTo(expected), group.Key);

            var type = typeof(SharedMemoryView).Assembly.GetType("SimLayouts.Pcars2." + description.CSharpName);
            Assert.That(type, Is.Not.Null.And.Property(nameof(Type.IsEnum)).True, description.CSharpName);
            foreach (var member in description.Members)
            {
                Assert.That(Convert.ToInt64(Enum.Parse(type!, member.CSharpName), System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(member.Value), member.NativeName);
            }

            Assert.That(Enum.GetValues(type!), Has.Length.EqualTo(description.Members.Count), description.CSharpName);
        }
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

    private static string TypeOf(ReferenceField field) => field.CType switch
    {
        "unsigned int" => "u32",
        "int" => "i32",
        "float" => "f32",
        "bool" => "bool",
        "char" => "string",
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
