using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using SimLayouts.Generator.Tests.Infrastructure;

namespace SimLayouts.Generator.Tests.Packaging;

/// <summary>
/// The packages as <c>dotnet pack SimLayouts.sln</c> makes them, packed once into a temporary local feed with a
/// version nobody else has, and a NuGet cache of their own, so nothing is taken from (or left in)
/// <c>~/.nuget/packages</c>. Laid out like the repository: the sample's nuget.config finds
/// <c>../../artifacts/packages</c> from any copy made with <see cref="CopySample"/>.
/// </summary>
internal sealed class PackageFeed
{
    private PackageFeed(string root, string version, TimeSpan packTime)
    {
        Root = root;
        Version = version;
        PackTime = packTime;
    }

    /// <summary>The temporary folder holding the feed, the cache and the sample copies.</summary>
    public string Root { get; }

    /// <summary>The version both packages were packed with: the repository's VersionPrefix plus a unique suffix.</summary>
    public string Version { get; }

    /// <summary>How long <c>dotnet pack</c> took.</summary>
    public TimeSpan PackTime { get; }

    /// <summary>The folder of .nupkg and .snupkg files (the local feed).</summary>
    public string PackagesFolder => Path.Combine(Root, "artifacts", "packages");

    /// <summary>The NuGet cache (NUGET_PACKAGES) every restore of a sample copy extracts into.</summary>
    public string NuGetCache => Path.Combine(Root, "nuget-packages");

    /// <summary>The environment under which a sample copy restores and builds: isolated cache, this version.</summary>
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["NUGET_PACKAGES"] = NuGetCache,
        // MSBuild reads environment variables as properties: the sample's PackageReferences take this version.
        ["SimLayoutsVersion"] = Version,
    };

    /// <summary>The version prefix that Directory.Build.props sets for every package.</summary>
    public static string VersionPrefix =>
        XDocument.Load(Path.Combine(RepositoryPaths.Root, "Directory.Build.props"))
            .Descendants("VersionPrefix").Single().Value;

    /// <summary>Packs the solution into a new temporary feed; fails the calling fixture if pack fails.</summary>
    public static PackageFeed Pack()
    {
        var root = Directory.CreateTempSubdirectory("simlayouts-packages-").FullName;
        var suffix = string.Create(CultureInfo.InvariantCulture, $"test.{DateTime.UtcNow:yyyyMMddHHmmss}.{System.Environment.ProcessId}");
        // --artifacts-path keeps the Release build out of the repository's bin/ and obj/.
        var pack = DotnetCli.Run(
            RepositoryPaths.Root,
            $"pack SimLayouts.sln -c Release -p:VersionSuffix={suffix} --artifacts-path \"{Path.Combine(root, "build")}\" -o \"{Path.Combine(root, "artifacts", "packages")}\"");
        Assert.That(pack.ExitCode, Is.EqualTo(0), pack.Output);
        TestContext.Progress.WriteLine($"dotnet pack SimLayouts.sln: {pack.Elapsed.TotalSeconds:0.0} s");
        return new PackageFeed(root, $"{VersionPrefix}-{suffix}", pack.Elapsed);
    }

    /// <summary>The path of the package file <paramref name="id"/> of this version (<c>.nupkg</c> or <c>.snupkg</c>).</summary>
    public string PackagePath(string id, string extension = ".nupkg") => Path.Combine(PackagesFolder, $"{id}.{Version}{extension}");

    /// <summary>Copies samples/SimLayouts.Sample (without bin/obj) to <c>{Root}/{name}/SimLayouts.Sample</c> and returns that folder.</summary>
    public string CopySample(string name)
    {
        var destination = Path.Combine(Root, name, "SimLayouts.Sample");
        FileText.CopyFolder(Path.Combine(RepositoryPaths.Root, "samples", "SimLayouts.Sample"), destination);
        return destination;
    }

    /// <summary>Runs <c>dotnet {arguments}</c> in a sample copy with the feed's environment.</summary>
    public DotnetResult Dotnet(string sample, string arguments) => DotnetCli.Run(sample, arguments, Environment);

    /// <summary>Deletes the feed and everything built from it.</summary>
    public void Delete()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
