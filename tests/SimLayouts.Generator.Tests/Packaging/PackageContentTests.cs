using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;

namespace SimLayouts.Generator.Tests.Packaging;

/// <summary>What <c>dotnet pack SimLayouts.sln</c> puts in the two packages, file by file and field by field.</summary>
[Category("Build")]
public sealed class PackageContentTests
{
    private static PackageFeed Feed => PackageFeedSetup.Feed;

    [Test]
    public void Both_packages_take_their_version_from_directory_build_props()
    {
        Assert.That(Feed.Version, Does.StartWith(PackageFeed.VersionPrefix + "-test."));
        Assert.That(Nuspec("SimLayouts.Generator").Element("version"), Is.EqualTo(Feed.Version));
        Assert.That(Nuspec("SimLayouts.Runtime").Element("version"), Is.EqualTo(Feed.Version));
    }

    [Test]
    public void The_generator_package_is_an_analyzer_with_yamldotnet_beside_it_and_nothing_to_compile_against()
    {
        var entries = Entries("SimLayouts.Generator");

        Assert.That(entries, Does.Contain("analyzers/dotnet/cs/SimLayouts.Generator.dll"));
        Assert.That(entries, Does.Contain("analyzers/dotnet/cs/YamlDotNet.dll"));
        Assert.That(entries.Where(e => e.StartsWith("lib/", StringComparison.Ordinal) || e.StartsWith("ref/", StringComparison.Ordinal)), Is.Empty);
        var nuspec = Nuspec("SimLayouts.Generator");
        Assert.That(nuspec.Element("developmentDependency"), Is.EqualTo("true"));
        // YamlDotNet travels inside the package; a NuGet dependency on it would reach the consumer's compilation.
        Assert.That(nuspec.Descendants("dependency"), Is.Empty);
    }

    [Test]
    public void The_generator_package_picks_up_layout_files_through_build_transitive()
    {
        var entries = Entries("SimLayouts.Generator");

        Assert.That(entries, Does.Contain("buildTransitive/SimLayouts.Generator.props"));
        Assert.That(entries, Does.Contain("buildTransitive/SimLayouts.Generator.targets"));
        var props = ReadEntry("SimLayouts.Generator", "buildTransitive/SimLayouts.Generator.props");
        Assert.That(props, Does.Contain("<AdditionalFiles Include=\"**/*.layout.yaml\""));
    }

    [Test]
    public void The_runtime_package_holds_the_compiled_pcars2_and_acevo_layouts_with_their_docs()
    {
        var entries = Entries("SimLayouts.Runtime");
        Assert.That(entries, Does.Contain("lib/net10.0/SimLayouts.Runtime.dll"));
        Assert.That(entries, Does.Contain("lib/net10.0/SimLayouts.Runtime.xml"));

        var types = TypeNames("SimLayouts.Runtime", "lib/net10.0/SimLayouts.Runtime.dll");
        Assert.That(types, Does.Contain("SimLayouts.Pcars2.SharedMemoryView"));
        Assert.That(types, Does.Contain("SimLayouts.AcEvo.PhysicsView"));
        Assert.That(types, Does.Contain("SimLayouts.AcEvo.GraphicsView"));
        Assert.That(types, Does.Contain("SimLayouts.AcEvo.StaticView"));
    }

    [Test]
    public void The_runtime_package_does_not_bring_the_generator_along()
    {
        // An app that only reads the built-in games must not have its own *.layout.yaml files compiled.
        Assert.That(Nuspec("SimLayouts.Runtime").Descendants("dependency").Select(d => (string?)d.Attribute("id")), Has.None.StartsWith("SimLayouts"));
    }

    [Test]
    public void The_runtime_has_a_symbol_package_and_the_generator_embeds_its_pdb()
    {
        Assert.That(Entries("SimLayouts.Runtime", ".snupkg"), Does.Contain("lib/net10.0/SimLayouts.Runtime.pdb"));

        using var reader = new PEReader(new MemoryStream(ReadBytes("SimLayouts.Generator", "analyzers/dotnet/cs/SimLayouts.Generator.dll")));
        Assert.That(reader.ReadDebugDirectory().Select(entry => entry.Type), Does.Contain(DebugDirectoryEntryType.EmbeddedPortablePdb));
    }

    [TestCase("SimLayouts.Generator")]
    [TestCase("SimLayouts.Runtime")]
    [TestCase("simlayouts")]
    public void Each_package_has_its_description_license_readme_tags_and_repository(string id)
    {
        var nuspec = Nuspec(id);

        Assert.That(nuspec.Element("description"), Is.Not.Null.And.Not.Empty);
        Assert.That(nuspec.Element("authors"), Is.Not.Null.And.Not.Empty);
        Assert.That(nuspec.Element("tags"), Does.Contain("sim-racing"));
        Assert.That(nuspec.Element("license"), Is.EqualTo("MIT"));
        Assert.That((string?)nuspec.Descendants("license").Single().Attribute("type"), Is.EqualTo("expression"));
        Assert.That(nuspec.Element("readme"), Is.EqualTo("README.md"));
        Assert.That(ReadEntry(id, "README.md"), Does.StartWith("# " + id));
        var repository = nuspec.Descendants("repository").Single();
        Assert.That((string?)repository.Attribute("type"), Is.EqualTo("git"));
        Assert.That((string?)repository.Attribute("url"), Does.StartWith("https://"));
    }

    private static string[] Entries(string id, string extension = ".nupkg")
    {
        using var archive = ZipFile.OpenRead(Feed.PackagePath(id, extension));
        return archive.Entries.Select(entry => entry.FullName).ToArray();
    }

    private static byte[] ReadBytes(string id, string entryName)
    {
        using var archive = ZipFile.OpenRead(Feed.PackagePath(id));
        var entry = archive.GetEntry(entryName);
        Assert.That(entry, Is.Not.Null, $"{id} has no {entryName}");
        using var stream = entry!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static string ReadEntry(string id, string entryName) => System.Text.Encoding.UTF8.GetString(ReadBytes(id, entryName)).TrimStart('\uFEFF');

    /// <summary>The nuspec's metadata, with element names stripped of their XML namespace (it changes between NuGet versions).</summary>
    private static NuspecMetadata Nuspec(string id)
    {
        var document = XDocument.Parse(ReadEntry(id, id + ".nuspec"));
        var metadata = document.Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        return new NuspecMetadata(metadata);
    }

    private static string[] TypeNames(string id, string entryName)
    {
        using var reader = new PEReader(new MemoryStream(ReadBytes(id, entryName)));
        var metadata = reader.GetMetadataReader();
        return metadata.TypeDefinitions
            .Select(handle => metadata.GetTypeDefinition(handle))
            .Select(type => metadata.GetString(type.Namespace) + "." + metadata.GetString(type.Name))
            .ToArray();
    }

    private sealed class NuspecMetadata(XElement metadata)
    {
        public string? Element(string name) => metadata.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value;

        public XElement[] Descendants(string name) => metadata.Descendants().Where(e => e.Name.LocalName == name).ToArray();
    }
}
