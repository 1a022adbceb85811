using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace SimLayouts.Sources;

/// <summary>
/// Tells whether an open file is still the one its path names. Bridges remove <c>/dev/shm</c> files when the
/// game exits and create new ones when it starts again; a mapping of the old file keeps showing stale bytes,
/// so readers must notice. On Linux this compares inodes and link counts with <c>statx</c> (no allocation);
/// elsewhere it falls back to the path's existence and creation time.
/// </summary>
internal sealed unsafe partial class FileIdentity
{
    private const int AtFdCwd = -100;
    private const int AtEmptyPath = 0x1000;
    private const uint StatxNlink = 0x4;
    private const uint StatxIno = 0x100;
    private const uint StatxSize = 0x200;
    private const int StatxBufferSize = 256;
    private const int NlinkOffset = 16;
    private const int InoOffset = 32;
    private const int SizeOffset = 40;

    private static readonly bool s_hasStatx = OperatingSystem.IsLinux() && ProbeStatx();

    private readonly SafeFileHandle _handle;
    private readonly string _path;
    private readonly byte[] _pathUtf8;
    private readonly long _minimumLength;
    private readonly DateTime _creationTime;

    public FileIdentity(SafeFileHandle handle, string path, long minimumLength)
    {
        _handle = handle;
        _path = path;
        _minimumLength = minimumLength;
        _pathUtf8 = Encoding.UTF8.GetBytes(path + "\0");
        if (!s_hasStatx)
        {
            _creationTime = File.GetCreationTimeUtc(path);
        }
    }

    /// <summary>Whether the file was removed, replaced by another file, or shrunk below the mapped length.</summary>
    public bool IsGone => s_hasStatx ? IsGoneByStatx() : IsGoneByPath();

    private bool IsGoneByStatx()
    {
        var open = stackalloc byte[StatxBufferSize];
        var named = stackalloc byte[StatxBufferSize];
        var empty = stackalloc byte[1];
        empty[0] = 0;
        var added = false;
        try
        {
            _handle.DangerousAddRef(ref added);
            var fd = (int)_handle.DangerousGetHandle();
            if (Statx(fd, empty, AtEmptyPath, StatxNlink | StatxIno | StatxSize, open) != 0)
            {
                return true;
            }
        }
        finally
        {
            if (added)
            {
                _handle.DangerousRelease();
            }
        }

        // Unlinked, or shrunk so that reading the mapping could fault: either way the writer is gone.
        if (*(uint*)(open + NlinkOffset) == 0 || *(long*)(open + SizeOffset) < _minimumLength)
        {
            return true;
        }

        fixed (byte* path = _pathUtf8)
        {
            if (Statx(AtFdCwd, path, 0, StatxIno, named) != 0)
            {
                return true;
            }
        }

        return *(ulong*)(open + InoOffset) != *(ulong*)(named + InoOffset);
    }

    private bool IsGoneByPath()
    {
        try
        {
            var info = new FileInfo(_path);
            return !info.Exists || info.Length < _minimumLength || info.CreationTimeUtc != _creationTime;
        }
        catch (IOException)
        {
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return true;
        }
    }

    private static bool ProbeStatx()
    {
        try
        {
            var buffer = stackalloc byte[StatxBufferSize];
            var root = stackalloc byte[2];
            root[0] = (byte)'/';
            root[1] = 0;
            return Statx(AtFdCwd, root, 0, StatxIno, buffer) == 0;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
        catch (DllNotFoundException)
        {
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "statx")]
    private static partial int Statx(int directoryFd, byte* path, int flags, uint mask, byte* buffer);
}
