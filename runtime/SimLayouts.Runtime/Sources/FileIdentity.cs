using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace SimLayouts.Sources;

/// <summary>What a path names, as far as reading pages is concerned.</summary>
internal enum FileKind
{
    Missing,
    Regular,
    Directory,
    Fifo,
    Device,
    Socket,
    Other,
}

/// <summary>
/// Follows an open file: its current size, and whether its path still names it. Bridges remove <c>/dev/shm</c>
/// files when the game exits and create new ones when it starts again, and Proton bridges resize them; a reader
/// must notice both. On Linux this compares the inode and device of the open file and of the path and reads the
/// link count and size with <c>statx</c> (no allocation); elsewhere it falls back to the path's existence and
/// creation time and the handle's length.
/// </summary>
internal sealed unsafe partial class FileIdentity
{
    private const int AtFdCwd = -100;
    private const int AtEmptyPath = 0x1000;
    private const uint StatxType = 0x1;
    private const uint StatxNlink = 0x4;
    private const uint StatxIno = 0x100;
    private const uint StatxSize = 0x200;
    private const int StatxBufferSize = 256;
    private const int NlinkOffset = 16;
    private const int ModeOffset = 28;
    private const int InoOffset = 32;
    private const int SizeOffset = 40;
    private const int DevMajorOffset = 136;
    private const int DevMinorOffset = 140;
    private const int TypeMask = 0xF000;

    private static readonly bool s_hasStatx = OperatingSystem.IsLinux() && ProbeStatx();

    private readonly SafeFileHandle _handle;
    private readonly string _path;
    private readonly byte[] _pathUtf8;
    private readonly ulong _inode;
    private readonly ulong _device;
    private readonly DateTime _creationTime;

    /// <summary>Starts following <paramref name="handle"/>, opened from <paramref name="path"/>.</summary>
    /// <exception cref="IOException">The open file cannot be examined.</exception>
    public FileIdentity(SafeFileHandle handle, string path)
    {
        _handle = handle;
        _path = path;
        _pathUtf8 = Encoding.UTF8.GetBytes(path + "\0");
        if (s_hasStatx)
        {
            var status = stackalloc byte[StatxBufferSize];
            if (!TryStatxOfHandle(status, StatxIno))
            {
                throw new IOException($"cannot examine {path}.");
            }

            _inode = *(ulong*)(status + InoOffset);
            _device = Device(status);
        }
        else
        {
            _creationTime = File.GetCreationTimeUtc(path);
        }
    }

    /// <summary>What <paramref name="path"/> names now (following symbolic links).</summary>
    public static FileKind KindOf(string path)
    {
        if (s_hasStatx)
        {
            var status = stackalloc byte[StatxBufferSize];
            var bytes = Encoding.UTF8.GetBytes(path + "\0");
            fixed (byte* pointer = bytes)
            {
                if (Statx(AtFdCwd, pointer, 0, StatxType, status) != 0)
                {
                    return FileKind.Missing;
                }
            }

            return (*(ushort*)(status + ModeOffset) & TypeMask) switch
            {
                0x8000 => FileKind.Regular,
                0x4000 => FileKind.Directory,
                0x1000 => FileKind.Fifo,
                0x2000 or 0x6000 => FileKind.Device,
                0xC000 => FileKind.Socket,
                _ => FileKind.Other,
            };
        }

        return Directory.Exists(path) ? FileKind.Directory : File.Exists(path) ? FileKind.Regular : FileKind.Missing;
    }

    /// <summary>The kind in words for messages (<c>a directory</c>).</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Directory => "a directory",
        FileKind.Fifo => "a FIFO (named pipe)",
        FileKind.Device => "a device",
        FileKind.Socket => "a socket",
        _ => "not a regular file",
    };

    /// <summary>
    /// False when the file was removed or its path now names another file; otherwise gives its current size.
    /// </summary>
    public bool TryRefresh(out long size) => s_hasStatx ? TryRefreshByStatx(out size) : TryRefreshByPath(out size);

    private bool TryRefreshByStatx(out long size)
    {
        size = 0;
        var open = stackalloc byte[StatxBufferSize];
        if (!TryStatxOfHandle(open, StatxNlink | StatxSize) || *(uint*)(open + NlinkOffset) == 0)
        {
            return false;
        }

        var named = stackalloc byte[StatxBufferSize];
        fixed (byte* path = _pathUtf8)
        {
            if (Statx(AtFdCwd, path, 0, StatxIno, named) != 0)
            {
                return false;
            }
        }

        size = *(long*)(open + SizeOffset);
        return *(ulong*)(named + InoOffset) == _inode && Device(named) == _device;
    }

    private bool TryRefreshByPath(out long size)
    {
        size = 0;
        try
        {
            var info = new FileInfo(_path);
            if (!info.Exists || info.CreationTimeUtc != _creationTime)
            {
                return false;
            }

            size = RandomAccess.GetLength(_handle);
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ObjectDisposedException)
        {
            return false;
        }
    }

    private bool TryStatxOfHandle(byte* buffer, uint mask)
    {
        var empty = stackalloc byte[1];
        empty[0] = 0;
        var added = false;
        try
        {
            _handle.DangerousAddRef(ref added);
            return Statx((int)_handle.DangerousGetHandle(), empty, AtEmptyPath, mask, buffer) == 0;
        }
        catch (ObjectDisposedException)
        {
            return false;
        }
        finally
        {
            if (added)
            {
                _handle.DangerousRelease();
            }
        }
    }

    private static ulong Device(byte* status) => ((ulong)*(uint*)(status + DevMajorOffset) << 32) | *(uint*)(status + DevMinorOffset);

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
