using System;
using System.Buffers.Binary;
using System.IO;
using System.IO.Compression;
using System.IO.Hashing;
using System.Linq;
using SimLayouts.Reading;

namespace SimLayouts.Recording;

/// <summary>
/// Appends frames to a recording (format in docs/runtime.md): each frame stores only the byte ranges of pages
/// that changed since the previous frame, Brotli-compressed, with its length and CRC-32 in front, and is
/// flushed on its own, so a recording cut off anywhere still replays every frame before the cut. Steady-state
/// writing allocates nothing. Not thread-safe.
/// </summary>
public sealed class RecordingWriter : IDisposable
{
    private readonly Stream _stream;
    private readonly bool _leaveOpen;
    private readonly byte[][] _previous;
    private readonly int[] _previousLength;
    private readonly byte[] _payload;
    private readonly byte[] _block;
    private int _payloadLength;
    private int _pagesInFrame;
    private int _pageCountAt;
    private bool _inFrame;
    private bool _disposed;

    /// <summary>Starts a recording of <paramref name="layout"/> on <paramref name="stream"/> by writing its header.</summary>
    public RecordingWriter(Stream stream, LayoutDescription layout, DateTimeOffset startedAt, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(layout);
        _stream = stream;
        _leaveOpen = leaveOpen;
        Layout = layout;
        Header = RecordingHeader.For(layout, startedAt);
        _previous = [.. layout.Pages.Select(page => new byte[page.Size])];
        _previousLength = new int[layout.Pages.Count];
        var total = layout.Pages.Sum(page => page.Size);
        _payload = new byte[RecordingFormat.MaximumPayloadLength(total, layout.Pages.Count)];
        _block = new byte[RecordingFormat.FrameHeaderLength + BrotliEncoder.GetMaxCompressedLength(_payload.Length)];
        var header = Header.Encode();
        _stream.Write(header);
        _stream.Flush();
        BytesWritten = header.Length;
    }

    /// <summary>The layout recorded.</summary>
    public LayoutDescription Layout { get; }

    /// <summary>The header written.</summary>
    public RecordingHeader Header { get; }

    /// <summary>Frames written so far (frames in which nothing changed are not written).</summary>
    public long FramesWritten { get; private set; }

    /// <summary>Bytes written so far, header included.</summary>
    public long BytesWritten { get; private set; }

    /// <summary>
    /// Creates (or replaces) the file at <paramref name="path"/> and starts a recording in it. The file is written by
    /// this writer alone: a second writer is refused before it changes anything (see <see cref="RecordingFile"/>,
    /// which also defers the header until there is a frame).
    /// </summary>
    /// <exception cref="IOException">Another process writes the file, or it cannot be created.</exception>
    public static RecordingWriter Create(string path, LayoutDescription layout, DateTimeOffset startedAt)
    {
        var stream = Publishing.SingleWriterFile.Open(path, FileAccess.Write, bufferSize: 1 << 16);
        try
        {
            stream.SetLength(0);
            return new RecordingWriter(stream, layout, startedAt);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>Records the pages of <paramref name="frame"/> that differ from the last recorded frame; false when none did.</summary>
    public bool WriteFrame(LayoutFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        BeginFrame(frame.CapturedAt - Header.StartedAt);
        for (var index = 0; index < frame.PageCount; index++)
        {
            AddPage(index, frame[index].Bytes);
        }

        return EndFrame();
    }

    /// <summary>Starts a frame taken <paramref name="elapsed"/> after the recording started.</summary>
    public void BeginFrame(TimeSpan elapsed)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_inFrame)
        {
            throw new InvalidOperationException("A frame is already open; call EndFrame first.");
        }

        _inFrame = true;
        _payloadLength = VarInt.Write(_payload, (ulong)Math.Max(0, elapsed.Ticks / 10));

        // The page count is one byte (a layout has at most 255 pages); reserve it and fill it in at the end.
        _pageCountAt = _payloadLength++;
        _pagesInFrame = 0;
    }

    /// <summary>Adds the page at <paramref name="pageIndex"/> (layout order) to the open frame, if it changed.</summary>
    public void AddPage(int pageIndex, ReadOnlySpan<byte> bytes)
    {
        if (!_inFrame)
        {
            throw new InvalidOperationException("No frame is open; call BeginFrame first.");
        }

        var previous = _previous[pageIndex];
        bytes = bytes[..Math.Min(bytes.Length, previous.Length)];
        var length = bytes.Length;
        var oldLength = _previousLength[pageIndex];
        if (length < oldLength)
        {
            // Bytes beyond a page's length read as zero, in the writer and the reader alike.
            previous.AsSpan(length, oldLength - length).Clear();
        }

        var payload = _payload.AsSpan();
        var start = _payloadLength;
        var at = start + VarInt.Write(payload[start..], (ulong)pageIndex);
        at += VarInt.Write(payload[at..], (ulong)length);
        var countAt = at;
        at += 3; // room for the range count, rewritten below
        var written = PageDelta.Encode(bytes, previous, payload[at..], out var ranges);
        if (ranges == 0 && length == oldLength)
        {
            return;
        }

        // Store the range count as a fixed 3-byte varint so the ranges need not move.
        payload[countAt] = (byte)((ranges & 0x7F) | 0x80);
        payload[countAt + 1] = (byte)(((ranges >> 7) & 0x7F) | 0x80);
        payload[countAt + 2] = (byte)(ranges >> 14);
        _payloadLength = at + written;
        _pagesInFrame++;
        bytes.CopyTo(previous);
        _previousLength[pageIndex] = length;
    }

    /// <summary>Compresses and appends the open frame, then flushes it; false (and nothing written) when no page changed.</summary>
    public bool EndFrame()
    {
        if (!_inFrame)
        {
            throw new InvalidOperationException("No frame is open; call BeginFrame first.");
        }

        _inFrame = false;
        if (_pagesInFrame == 0)
        {
            return false;
        }

        _payload[_pageCountAt] = (byte)_pagesInFrame;
        var payload = _payload.AsSpan(0, _payloadLength);
        var block = _block.AsSpan();
        if (!BrotliEncoder.TryCompress(payload, block[RecordingFormat.FrameHeaderLength..], out var compressed, RecordingFormat.BrotliQuality, RecordingFormat.BrotliWindow))
        {
            throw new InvalidOperationException("A frame did not fit its compression buffer.");
        }

        BinaryPrimitives.WriteInt32LittleEndian(block, compressed);
        BinaryPrimitives.WriteInt32LittleEndian(block[4..], payload.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(block[8..], Crc32.HashToUInt32(payload));
        var total = RecordingFormat.FrameHeaderLength + compressed;
        _stream.Write(block[..total]);
        _stream.Flush();
        BytesWritten += total;
        FramesWritten++;
        return true;
    }

    /// <summary>Flushes and closes the recording (and the stream unless it was left open).</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _stream.Flush();
        if (!_leaveOpen)
        {
            _stream.Dispose();
        }
    }
}
