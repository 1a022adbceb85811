using System;

namespace SimLayouts.Recording;

/// <summary>
/// Encodes a page as the byte ranges that differ from its previous state, and applies such ranges. A range is
/// <c>gap, length, bytes</c> (varints, then raw bytes); the gap counts the unchanged bytes since the previous range.
/// </summary>
internal static class PageDelta
{
    /// <summary>Writes the ranges where <paramref name="current"/> differs from <paramref name="previous"/>; returns bytes written and the range count.</summary>
    public static int Encode(ReadOnlySpan<byte> current, ReadOnlySpan<byte> previous, Span<byte> target, out int rangeCount)
    {
        rangeCount = 0;
        var written = 0;
        var position = 0;
        var lastEnd = 0;
        var length = current.Length;
        while (position < length)
        {
            position += current[position..].CommonPrefixLength(previous[position..length]);
            if (position >= length)
            {
                break;
            }

            var start = position;
            var end = position + 1;
            var equalRun = 0;
            for (position = end; position < length; position++)
            {
                if (current[position] != previous[position])
                {
                    end = position + 1;
                    equalRun = 0;
                }
                else if (++equalRun >= RecordingFormat.MergeGap)
                {
                    break;
                }
            }

            written += VarInt.Write(target[written..], (ulong)(start - lastEnd));
            written += VarInt.Write(target[written..], (ulong)(end - start));
            current[start..end].CopyTo(target[written..]);
            written += end - start;
            rangeCount++;
            lastEnd = end;
            position = end;
        }

        return written;
    }

    /// <summary>Applies <paramref name="rangeCount"/> ranges to <paramref name="page"/>; false when they do not fit it.</summary>
    public static bool TryApply(ReadOnlySpan<byte> source, ref int position, int rangeCount, Span<byte> page)
    {
        var at = 0;
        for (var range = 0; range < rangeCount; range++)
        {
            if (!VarInt.TryReadInt(source, ref position, page.Length, out var gap)
                || !VarInt.TryReadInt(source, ref position, page.Length, out var length)
                || length == 0
                || at + gap + length > page.Length
                || position + length > source.Length)
            {
                return false;
            }

            at += gap;
            source.Slice(position, length).CopyTo(page[at..]);
            position += length;
            at += length;
        }

        return true;
    }
}
