using System;

namespace SimLayouts.Sources;

/// <summary>Chooses where a running game's shared memory is: a shm directory, or the system's own shared memory.</summary>
public static class SharedMemorySource
{
    /// <summary>The environment variable naming a shm directory when none is given explicitly.</summary>
    public const string DirectoryVariable = "SIMLAYOUTS_SHM_DIR";

    /// <summary>The Linux directory Proton/Wine bridges publish game segments in.</summary>
    public const string LinuxDirectory = "/dev/shm";

    /// <summary>
    /// The game's shared memory: the files in <paramref name="shmDirectory"/> if given, else in
    /// <c>$SIMLAYOUTS_SHM_DIR</c> if set, else Windows named mappings on Windows and <c>/dev/shm</c> elsewhere.
    /// </summary>
    /// <param name="shmDirectory">A directory of segment files (<c>--shm-dir</c>), or null.</param>
    public static ISegmentSource Create(string? shmDirectory = null)
    {
        var directory = ResolveDirectory(shmDirectory);
        if (directory is not null)
        {
            return new DirectorySegmentSource(directory);
        }

        return OperatingSystem.IsWindows() ? new WindowsNamedMappingSource() : new DirectorySegmentSource(LinuxDirectory);
    }

    /// <summary>The shm directory <see cref="Create"/> would use, or null for Windows named mappings.</summary>
    public static string? ResolveDirectory(string? shmDirectory)
    {
        if (!string.IsNullOrWhiteSpace(shmDirectory))
        {
            return shmDirectory;
        }

        var fromEnvironment = Environment.GetEnvironmentVariable(DirectoryVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return fromEnvironment;
        }

        return OperatingSystem.IsWindows() ? null : LinuxDirectory;
    }
}
