namespace SimLayouts.Generator.Tests.Packaging;

/// <summary>Packs once for every packaging test: packing is the slow step (a Release build of the solution).</summary>
[SetUpFixture]
public sealed class PackageFeedSetup
{
    private static PackageFeed? _feed;

    /// <summary>The feed packed before the first packaging test.</summary>
    internal static PackageFeed Feed => _feed ?? throw new System.InvalidOperationException("The packages were not packed.");

    [OneTimeSetUp]
    public void Pack() => _feed = PackageFeed.Pack();

    [OneTimeTearDown]
    public void Delete() => _feed?.Delete();
}
