using System;
using System.Buffers.Binary;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.IO.Hashing;
using System.Linq;

namespace SimLayouts.Recording;

/// <summary>
/// Reads a recording frame by frame, rebuilding every page. Opening checks the magic, the format version, the
/// header checksum and the layout (name and hash) and reports any problem as a <see cref="RecordingFormatException"/>.
/// After that nothing throws for bad data: a frame that is cut off or damaged ends the replay there and
/// <see cref="StopReason"/> says why; every frame before it was replayed.
/// </summary>
public sealed class RecordingReader : IDisposable
{
    private readonly Stream _stream;
    private readonly bool _leaveOpen;
    private readonly string _name;
    private readonly byte[][] _pages;
    private readonly int[] _lengths;
    private readonly bool[] _changed;
    private readonly byte[] _frameHeader = new byte[RecordingFormat.FrameHeaderLength];
    private readonly byte[] _compressed;
    private readonly byte[] _payload;
    private int _payloadLength;
    private bool _hasPending;
    private long _position;

    /// <summary>Opens a recording on <paramref name="stream"/> and checks it against <paramref name="layout"/>.</summary>
    /// <param name="stream">The recording, positioned at its start.</param>
    /// <param name="layout">The layout the recording must be of.</param>
    /// <param name="name">The name to use in messages (a file path).</param>
    /// <param name="leaveOpen">Whether disposing the reader leaves <paramref name="stream"/> open.</param>
    /// <exception cref="RecordingFormatException">Foreign, damaged, other-version or other-layout recording.</exception>
    public RecordingReader(Stream stream, LayoutDescription layout, string name = "the recording", bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(layout);
        _stream = stream;
        _leaveOpen = leaveOpen;
        _name = name;
        Layout = layout;
        try
        {
            Header = RecordingHeader.Read(stream, name);
        }
        catch (IOException exception)
        {
            throw new RecordingFormatException($"{name} could not be read: {exception.Message}", exception);
        }

        Header.Verify(layout, name);
        _position = stream.CanSeek ? stream.Position : 0;
        _pages = [.. layout.Pages.Select(page => new byte[page.Size])];
        _lengths = new int[layout.Pages.Count];
        _changed = new bool[layout.Pages.Count];
        var total = layout.Pages.Sum(page => page.Size);
        _payload = new byte[RecordingFormat.MaximumPayloadLength(total, layout.Pages.Count)];
        _compressed = new byte[BrotliEncoder.GetMaxCompressedLength(_payload.Length)];
    }

    /// <summary>The layout the recording is of.</summary>
    public LayoutDescription Layout { get; }

    /// <summary>The recording's header.</summary>
    public RecordingHeader Header { get; }

    /// <summary>Frames replayed so far.</summary>
    public long FramesRead { get; private set; }

    /// <summary>When the current frame was taken, relative to <see cref="RecordingHeader.StartedAt"/>.</summary>
    public TimeSpan Timestamp { get; private set; }

    /// <summary>When the loaded, not yet applied frame was taken (see <see cref="TryLoadNext"/>).</summary>
    public TimeSpan PendingTimestamp { get; private set; }

    /// <summary>Null while frames read cleanly or at a clean end; otherwise why replay stopped early (cut off or damaged).</summary>
    public string? StopReason { get; private set; }

    /// <summary>Opens the recording at <paramref name="path"/>.</summary>
    /// <exception cref="RecordingFormatException">Missing, unreadable, foreign, damaged, other-version or other-layout file.</exception>
    public static RecordingReader Open(string path, LayoutDescription layout)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1 << 16);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new RecordingFormatException($"Recording {path} could not be opened: {exception.Message}", exception);
        }

        try
        {
            return new RecordingReader(stream, layout, path);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>The page at <paramref name="pageIndex"/> as of the current frame (empty before the first).</summary>
    public ReadOnlySpan<byte> Page(int pageIndex) => _pages[pageIndex].AsSpan(0, _lengths[pageIndex]);

    /// <summary>Whether the current frame changed the page at <paramref name="pageIndex"/>.</summary>
    public bool IsChanged(int pageIndex) => _changed[pageIndex];

    /// <summary>Moves to the next frame; false at the end of the recording or where it is cut off or damaged.</summary>
    public bool TryReadFrame() => TryLoadNext() && TryApplyPending();

    /// <summary>Reads and checks the next frame without applying it, so <see cref="PendingTimestamp"/> tells when it is due.</summary>
    public bool TryLoadNext()
    {
        if (_hasPending)
        {
            return true;
        }

        if (StopReason is not null)
        {
            return false;
        }

        try
        {
            var got = _stream.ReadAtLeast(_frameHeader, _frameHeader.Length, throwOnEndOfStream: false);
            if (got == 0)
            {
                return false;
            }

            if (got < _frameHeader.Length)
            {
                return Stop("it is cut off inside a frame header");
            }

            var compressedLength = BinaryPrimitives.ReadInt32LittleEndian(_frameHeader);
            var payloadLength = BinaryPrimitives.ReadInt32LittleEndian(_frameHeader.AsSpan(4));
            var crc = BinaryPrimitives.ReadUInt32LittleEndian(_frameHeader.AsSpan(8));
            if (compressedLength <= 0 || compressedLength > _compressed.Length || payloadLength <= 0 || payloadLength > _payload.Length)
            {
                return Stop("a frame header is damaged");
            }

            if (_stream.ReadAtLeast(_compressed.AsSpan(0, compressedLength), compressedLength, throwOnEndOfStream: false) < compressedLength)
            {
                return Stop("it is cut off inside a frame");
            }

            if (!BrotliDecoder.TryDecompress(_compressed.AsSpan(0, compressedLength), _payload.AsSpan(0, payloadLength), out var written)
                || written != payloadLength
                || Crc32.HashToUInt32(_payload.AsSpan(0, payloadLength)) != crc)
            {
                return Stop("a frame is damaged (checksum mismatch)");
            }

            var position = 0;
            if (!VarInt.TryRead(_payload.AsSpan(0, payloadLength), ref position, out var micros) || micros > (ulong)(TimeSpan.MaxValue.Ticks / 10))
            {
                return Stop("a frame is malformed");
            }

            PendingTimestamp = TimeSpan.FromTicks((long)micros * 10);
            _payloadLength = payloadLength;
            _position += RecordingFormat.FrameHeaderLength + compressedLength;
            _hasPending = true;
            return true;
        }
        catch (IOException exception)
        {
            return Stop($"reading failed ({exception.Message})");
        }
    }

    /// <summary>Applies the frame loaded by <see cref="TryLoadNext"/>; false when it does not fit the layout (damaged).</summary>
    public bool TryApplyPending()
    {
        if (!_hasPending)
        {
            return false;
        }

        _hasPending = false;
        var payload = _payload.AsSpan(0, _payloadLength);
        var position = 0;
        VarInt.TryRead(payload, ref position, out _);
        Array.Clear(_changed);
        int pageCount = position < payload.Length ? payload[position++] : -1;
        if (pageCount < 0 || pageCount > _pages.Length)
        {
            return Stop("a frame is malformed");
        }

        for (var page = 0; page < pageCount; page++)
        {
            if (!VarInt.TryReadInt(payload, ref position, _pages.Length - 1, out var index)
                || !VarInt.TryReadInt(payload, ref position, _pages[index].Length, out var length)
                || !VarInt.TryReadInt(payload, ref position, int.MaxValue, out var ranges))
            {
                return Stop("a frame is malformed");
            }

            if (length < _lengths[index])
            {
                _pages[index].AsSpan(length, _lengths[index] - length).Clear();
            }

            if (!PageDelta.TryApply(payload, ref position, ranges, _pages[index].AsSpan(0, length)))
            {
                return Stop("a frame's changes do not fit its page");
            }

            _lengths[index] = length;
            _changed[index] = true;
        }

        Timestamp = PendingTimestamp;
        FramesRead++;
        return true;
    }

    /// <summary>Closes the recording (and the stream unless it was left open).</summary>
    public void Dispose()
    {
        if (!_leaveOpen)
        {
            _stream.Dispose();
        }
    }

    private bool Stop(string why)
    {
        _hasPending = false;
        StopReason = string.Create(CultureInfo.InvariantCulture, $"{_name} stops early after frame {FramesRead} (byte {_position}): {why}.");
        return false;
    }
}
