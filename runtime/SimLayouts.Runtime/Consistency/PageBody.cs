using System;

namespace SimLayouts.Consistency;

/// <summary>Writes a page body around its counter, which the protocol writes itself in the right order.</summary>
internal static class PageBody
{
    public static void CopyAround(ReadOnlySpan<byte> body, Span<byte> target, int counterOffset)
    {
        var end = Math.Min(counterOffset, body.Length);
        body[..end].CopyTo(target);
        var resume = counterOffset + sizeof(uint);
        if (resume < body.Length)
        {
            body[resume..].CopyTo(target[resume..]);
        }
    }
}
