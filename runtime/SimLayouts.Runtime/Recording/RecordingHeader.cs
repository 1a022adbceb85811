using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.IO;
using System.IO.Hashing;
using System.Linq;
using System.Text;

namespace SimLayouts.Recording;

/// <summary>What a recording says about itself: its layout (name and hash), when it started and its pages.</summary>
/// <param name="FormatVersion">The format version it was written with.</param>
/// <param name="LayoutName">The layout recorded (<c>pcars2</c>).</param>
/// <param name="LayoutHash">The <see cref="Recording.LayoutHash"/> of that layout when recorded.</param>
/// <param name="StartedAt">When recording started (UTC, microsecond precision).</param>
/// <param name="Pages">Every page's native name and size, in layout order.</param>
public sealed record RecordingHeader(ushort FormatVersion, string LayoutName, byte[] LayoutHash, DateTimeOffset StartedAt, IReadOnlyList<RecordedPage> Pages)
{
    /// <summary>The header of a new recording of <paramref name="layout"/>.</summary>
    internal static RecordingHeader For(LayoutDescription layout, DateTimeOffset startedAt) => new(
        RecordingFormat.Version,
        layout.Name,
        Recording.LayoutHash.Compute(layout),
        startedAt,
        [.. layout.Pages.Select(page => new RecordedPage(page.NativeName, page.Size))]);

    /// <summary>Writes the header.</summary>
    internal byte[] Encode()
    {
        var body = new MemoryStream();
        WriteShortString(body, LayoutName);
        body.Write(LayoutHash);
        Span<byte> number = stackalloc byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(number, (StartedAt.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10);
        body.Write(number);
        body.WriteByte(checked((byte)Pages.Count));
        foreach (var page in Pages)
        {
            WriteShortString(body, page.Name);
            BinaryPrimitives.WriteInt32LittleEndian(number, page.Size);
            body.Write(number[..4]);
        }

        var bodyBytes = body.ToArray();
        var header = new byte[RecordingFormat.PreambleLength + bodyBytes.Length + 4];
        RecordingFormat.Magic.CopyTo(header);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(8), FormatVersion);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(10), checked((ushort)bodyBytes.Length));
        bodyBytes.CopyTo(header, RecordingFormat.PreambleLength);
        var crcAt = RecordingFormat.PreambleLength + bodyBytes.Length;
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(crcAt), Crc32.HashToUInt32(header.AsSpan(0, crcAt)));
        return header;
    }

    /// <summary>
    /// Reads and checks the header at the start of <paramref name="stream"/> without a layout, to learn which layout a
    /// recording is of (<see cref="LayoutName"/>); every problem is a <see cref="RecordingFormatException"/>.
    /// </summary>
    /// <param name="stream">The recording, positioned at its start.</param>
    /// <param name="name">The name to use in messages (a file path).</param>
    public static RecordingHeader ReadFrom(Stream stream, string name)
    {
        ArgumentNullException.ThrowIfNull(stream);
        try
        {
            return Read(stream, name);
        }
        catch (IOException exception)
        {
            throw new RecordingFormatException($"{name} could not be read: {exception.Message}", exception);
        }
    }

    /// <summary>Reads and checks a header; every problem is a <see cref="RecordingFormatException"/>.</summary>
    internal static RecordingHeader Read(Stream stream, string name)
    {
        var preamble = new byte[RecordingFormat.PreambleLength];
        if (stream.ReadAtLeast(preamble, preamble.Length, throwOnEndOfStream: false) < preamble.Length || !preamble.AsSpan(0, 8).SequenceEqual(RecordingFormat.Magic))
        {
            throw new RecordingFormatException($"{name} is not a SimLayouts recording (it does not start with the recording magic bytes).");
        }

        var version = BinaryPrimitives.ReadUInt16LittleEndian(preamble.AsSpan(8));
        if (version != RecordingFormat.Version)
        {
            throw new RecordingFormatException($"{name} is a recording of format version {version}; this program reads version {RecordingFormat.Version}.");
        }

        var bodyLength = BinaryPrimitives.ReadUInt16LittleEndian(preamble.AsSpan(10));
        var rest = new byte[bodyLength + 4];
        if (stream.ReadAtLeast(rest, rest.Length, throwOnEndOfStream: false) < rest.Length)
        {
            throw new RecordingFormatException($"{name} is cut off inside its header; it holds no frames.");
        }

        var whole = new byte[preamble.Length + bodyLength];
        preamble.CopyTo(whole, 0);
        rest.AsSpan(0, bodyLength).CopyTo(whole.AsSpan(preamble.Length));
        if (Crc32.HashToUInt32(whole) != BinaryPrimitives.ReadUInt32LittleEndian(rest.AsSpan(bodyLength)))
        {
            throw new RecordingFormatException($"{name} has a damaged header (checksum mismatch).");
        }

        try
        {
            var body = rest.AsSpan(0, bodyLength);
            var position = 0;
            var layoutName = ReadShortString(body, ref position);
            var hash = body.Slice(position, Recording.LayoutHash.Length).ToArray();
            position += hash.Length;
            var micros = BinaryPrimitives.ReadInt64LittleEndian(body.Slice(position, 8));
            position += 8;
            var startedAt = DateTimeOffset.UnixEpoch.AddTicks(checked(micros * 10));
            int count = body[position++];
            var pages = new List<RecordedPage>(count);
            for (var index = 0; index < count; index++)
            {
                var pageName = ReadShortString(body, ref position);
                var size = BinaryPrimitives.ReadInt32LittleEndian(body.Slice(position, 4));
                position += 4;
                if (size <= 0)
                {
                    throw new RecordingFormatException($"{name} declares page {pageName} with {size} bytes.");
                }

                pages.Add(new RecordedPage(pageName, size));
            }

            return new RecordingHeader(version, layoutName, hash, startedAt, pages);
        }
        catch (Exception exception) when (exception is ArgumentOutOfRangeException or IndexOutOfRangeException or OverflowException or DecoderFallbackException)
        {
            throw new RecordingFormatException($"{name} has a malformed header.", exception);
        }
    }

    /// <summary>Checks that this recording was made with <paramref name="layout"/> as compiled into this program.</summary>
    internal void Verify(LayoutDescription layout, string name)
    {
        if (!string.Equals(LayoutName, layout.Name, StringComparison.Ordinal))
        {
            throw new RecordingFormatException($"{name} is a recording of layout '{LayoutName}', not '{layout.Name}'.");
        }

        if (!Recording.LayoutHash.Compute(layout).AsSpan().SequenceEqual(LayoutHash)
            || Pages.Count != layout.Pages.Count
            || Pages.Where((page, index) => page.Size != layout.Pages[index].Size).Any())
        {
            throw new RecordingFormatException($"{name} was recorded with a different definition of layout '{layout.Name}' (layout hash {Convert.ToHexStringLower(LayoutHash)[..12]}…, this program has {Convert.ToHexStringLower(Recording.LayoutHash.Compute(layout))[..12]}…); its bytes would be misread.");
        }
    }

    private static void WriteShortString(Stream stream, string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        stream.WriteByte(checked((byte)bytes.Length));
        stream.Write(bytes);
    }

    private static string ReadShortString(ReadOnlySpan<byte> body, ref int position)
    {
        int length = body[position++];
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(body.Slice(position, length));
        position += length;
        return text;
    }
}

/// <summary>A page as a recording declares it.</summary>
/// <param name="Name">The page's native name.</param>
/// <param name="Size">Its size in bytes.</param>
public sealed record RecordedPage(string Name, int Size);
