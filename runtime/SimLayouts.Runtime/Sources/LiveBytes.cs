using System;
using System.Buffers.Binary;
using System.IO;
using Microsoft.Win32.SafeHandles;
using SimLayouts.Snapshots;

namespace SimLayouts.Sources;

/// <summary>
/// The bytes of an open segment while its writer changes them: mapped memory read in place (a Windows named
/// mapping, a simulator's segment, a replayed page), or a file read with positioned reads (<c>pread</c>). A file
/// is never mapped for reading: its writer may shrink it at any moment, and a mapping of the vanished part faults
/// (SIGBUS); a positioned read of it is merely short. Consistency protocols read counters and copy pages only
/// through this type.
/// </summary>
public readonly ref struct LiveBytes
{
    private readonly ReadOnlySpan<byte> _memory;
    private readonly SafeFileHandle? _file;

    /// <summary>Live memory: a mapping or a buffer another thread or process writes.</summary>
    public LiveBytes(ReadOnlySpan<byte> memory)
    {
        _memory = memory;
        Length = memory.Length;
    }

    /// <summary>A file read with positioned reads; <paramref name="length"/> is its size when last looked at.</summary>
    public LiveBytes(SafeFileHandle file, int length)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        _file = file;
        Length = length;
    }

    /// <summary>How many bytes there are (for a file: as of its last size check; it may have changed since).</summary>
    public int Length { get; }

    /// <summary>
    /// Reads the little-endian 32-bit counter at <paramref name="offset"/> as the writer left it right now
    /// (memory: a volatile read; file: one positioned read). False when those bytes do not exist (any more).
    /// </summary>
    public bool TryReadCounter(int offset, out uint value)
    {
        if (_file is null)
        {
            if (offset < 0 || offset > _memory.Length - sizeof(uint))
            {
                value = 0;
                return false;
            }

            value = LiveCounter.Read(_memory, offset);
            return true;
        }

        return TryReadFileCounter(offset, out value);
    }

    /// <summary>
    /// Copies the first <paramref name="destination"/>.Length bytes (at most <see cref="Length"/>) and returns how
    /// many were copied: fewer when the segment is shorter, or when a file shrank during the copy.
    /// </summary>
    public int CopyTo(Span<byte> destination)
    {
        if (_file is null)
        {
            var count = Math.Min(destination.Length, _memory.Length);
            _memory[..count].CopyTo(destination);
            return count;
        }

        return ReadFile(destination[..Math.Min(destination.Length, Length)], at: 0);
    }

    /// <summary>Whether the bytes from offset 0 still equal <paramref name="copy"/> (a file that shrank does not).</summary>
    public bool ContentEquals(ReadOnlySpan<byte> copy)
    {
        if (_file is null)
        {
            return copy.Length <= _memory.Length && _memory[..copy.Length].SequenceEqual(copy);
        }

        Span<byte> chunk = stackalloc byte[4096];
        for (var at = 0; at < copy.Length; at += chunk.Length)
        {
            var expected = copy.Slice(at, Math.Min(chunk.Length, copy.Length - at));
            var read = ReadFile(chunk[..expected.Length], at);
            if (read != expected.Length || !chunk[..read].SequenceEqual(expected))
            {
                return false;
            }
        }

        return true;
    }

    private bool TryReadFileCounter(int offset, out uint value)
    {
        Span<byte> bytes = stackalloc byte[sizeof(uint)];
        if (offset < 0 || ReadFile(bytes, offset) != sizeof(uint))
        {
            value = 0;
            return false;
        }

        value = BinaryPrimitives.ReadUInt32LittleEndian(bytes);
        return true;
    }

    // pread until the destination is full or the file ends (a file that shrank ends early).
    private int ReadFile(Span<byte> destination, long at)
    {
        var total = 0;
        while (total < destination.Length)
        {
            var read = RandomAccess.Read(_file!, destination[total..], at + total);
            if (read <= 0)
            {
                break;
            }

            total += read;
        }

        return total;
    }
}
