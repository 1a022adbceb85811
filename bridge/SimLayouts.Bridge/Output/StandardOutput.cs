using System;
using System.IO;
using Microsoft.Win32.SafeHandles;

namespace SimLayouts.Bridge.Output;

/// <summary>
/// Standard output for data (frames, dumps, tables), written as UTF-8 bytes (<see cref="Utf8Output"/>). .NET's
/// console stream silently drops writes to a pipe whose reader is gone, so <c>simlayouts bridge --print | head -n 1</c>
/// would print into the void forever; on Unix the commands write to file descriptor 1 directly, where such a write
/// fails (EPIPE, .NET ignoring SIGPIPE) and the command ends quietly (<see cref="IsClosedPipe"/>).
/// </summary>
internal static class StandardOutput
{
    private const int UnixBrokenPipe = 32; // EPIPE on Linux and macOS
    private const int WindowsBrokenPipe = 109; // ERROR_BROKEN_PIPE
    private const int WindowsNoData = 232; // ERROR_NO_DATA: the pipe is being closed

    /// <summary>
    /// The standard output stream (not disposed with the stream returned: stdout itself stays open). On Unix it is
    /// descriptor 1, whose writes fail when the reader of a pipe has gone; elsewhere the console's stream.
    /// </summary>
    public static Stream OpenStream()
    {
        if (!OperatingSystem.IsWindows())
        {
            try
            {
                return new FileStream(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException)
            {
                // No usable descriptor 1 (closed at start): the console's stream copes with that.
            }
        }

        return Console.OpenStandardOutput();
    }

    /// <summary>Whether <paramref name="exception"/> says that the reader of standard output has gone.</summary>
    public static bool IsClosedPipe(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is IOException io)
            {
                var closed = OperatingSystem.IsWindows()
                    ? (io.HResult & 0xFFFF) is WindowsBrokenPipe or WindowsNoData
                    : io.HResult == UnixBrokenPipe;
                if (closed)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
