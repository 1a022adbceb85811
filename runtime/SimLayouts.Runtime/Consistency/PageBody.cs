using System;

namespace SimLayouts.Consistency;

/// <summary>Writes a page body around its counters, which the protocol writes itself in the right order.</summary>
internal static class PageBody
{
    /// <summary>Copies <paramref name="body"/> to <paramref name="target"/> except the 4-byte counter at <paramref name="counterOffset"/>.</summary>
    public static void CopyAround(ReadOnlySpan<byte> body, Span<byte> target, int counterOffset) =>
        CopyAround(body, target, counterOffset, sizeof(uint));

    /// <summary>Copies <paramref name="body"/> except the bytes from <paramref name="skip"/> on, <paramref name="skipLength"/> long.</summary>
    public static void CopyAround(ReadOnlySpan<byte> body, Span<byte> target, int skip, int skipLength)
    {
        var end = Math.Min(skip, body.Length);
        body[..end].CopyTo(target);
        var resume = skip + skipLength;
        if (resume < body.Length)
        {
            body[resume..].CopyTo(target[resume..]);
        }
    }

    /// <summary>Copies <paramref name="body"/> except two ranges, the first before the second.</summary>
    public static void CopyAround(ReadOnlySpan<byte> body, Span<byte> target, int first, int firstLength, int second, int secondLength)
    {
        var end = Math.Min(first, body.Length);
        body[..end].CopyTo(target);
        var resume = first + firstLength;
        if (resume < body.Length)
        {
            CopyAround(body[resume..], target[resume..], second - resume, secondLength);
        }
    }
}
