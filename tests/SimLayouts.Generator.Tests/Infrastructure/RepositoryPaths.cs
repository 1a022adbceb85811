using System.IO;

namespace SimLayouts.Generator.Tests.Infrastructure;

internal static class RepositoryPaths
{
    /// <summary>The folder holding SimLayouts.sln, found by walking up from the test binaries.</summary>
    public static string Root
    {
        get
        {
            var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SimLayouts.sln")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new DirectoryNotFoundException("SimLayouts.sln not found above " + TestContext.CurrentContext.TestDirectory);
        }
    }
}
