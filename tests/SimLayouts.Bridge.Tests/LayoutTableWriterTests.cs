using System.Globalization;
using System.IO;
using System.Threading;
using NUnit.Framework;
using SimLayouts.Bridge.Output;
using SimLayouts.Pcars2;

namespace SimLayouts.Bridge.Tests;

/// <summary>The table writer on its own, writing to a <see cref="TextWriter"/>.</summary>
[TestFixture]
public sealed class LayoutTableWriterTests
{
    [Test]
    public void Tsv_is_culture_invariant_with_lf_line_endings()
    {
        var previous = Thread.CurrentThread.CurrentCulture;
        try
        {
            // Neither the thread culture nor the writer's FormatProvider/NewLine may leak into the table.
            Thread.CurrentThread.CurrentCulture = CultureInfo.GetCultureInfo("fr-FR");
            using var invariantWriter = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\r\n" };
            using var frenchWriter = new StringWriter(CultureInfo.GetCultureInfo("fr-FR")) { NewLine = "\r\n" };

            LayoutTableWriter.Write(Pcars2Layout.Description, LayoutTableFormat.Tsv, invariantWriter);
            LayoutTableWriter.Write(Pcars2Layout.Description, LayoutTableFormat.Tsv, frenchWriter);

            using (Assert.EnterMultipleScope())
            {
                Assert.That(frenchWriter.ToString(), Is.EqualTo(invariantWriter.ToString()));
                Assert.That(frenchWriter.ToString(), Does.Not.Contain('\r'));
                Assert.That(frenchWriter.ToString(), Does.Contain("SharedMemory\tmParticipantInfo\tParticipantInfo\t28\t64\t6400\n"));
            }
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = previous;
        }
    }

    [Test]
    public void Json_ends_with_a_single_lf()
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\r\n" };

        LayoutTableWriter.Write(Pcars2Layout.Description, LayoutTableFormat.Json, writer);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(writer.ToString(), Does.StartWith("[\n  {\n"));
            Assert.That(writer.ToString(), Does.EndWith("]\n"));
            Assert.That(writer.ToString(), Does.Not.Contain('\r'));
        }
    }
}
