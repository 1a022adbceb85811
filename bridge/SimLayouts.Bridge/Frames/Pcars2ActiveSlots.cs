using System;
using SimLayouts.Pcars2;

namespace SimLayouts.Bridge.Frames;

/// <summary>The seed's <c>active_slots()</c>: which participant slots a frame lists.</summary>
public static class Pcars2ActiveSlots
{
    /// <summary>The most slots a page declares (<c>mParticipantInfo[STORED_PARTICIPANTS_MAX]</c>).</summary>
    public const int MaxDeclared = Pcars2Constants.StoredParticipantsMax;

    /// <summary>The most slots a frame lists, as in the game's UDP packets.</summary>
    public const int MaxListed = 32;

    /// <summary>
    /// Writes into <paramref name="slots"/> (at least <see cref="MaxListed"/> long) the first 32 slots, in slot order,
    /// among the first <c>mNumParticipants</c> (clamped to 0..<see cref="MaxDeclared"/>) that are active, have a name (after the seed's
    /// cleaning) or have a non-zero race position.
    /// </summary>
    /// <returns>How many slots were written.</returns>
    public static int Select(SharedMemoryView page, Span<int> slots)
    {
        if (slots.Length < MaxListed)
        {
            throw new ArgumentException($"The destination must hold {MaxListed} slots.", nameof(slots));
        }

        var declared = Math.Clamp(page.NumParticipants, 0, MaxDeclared);
        var participants = page.ParticipantInfo;
        Span<byte> name = stackalloc byte[SeedText.MaxFieldLength];
        var count = 0;
        for (var slot = 0; slot < declared && count < MaxListed; slot++)
        {
            var participant = participants[slot];
            if (participant.IsActive
                || participant.RacePosition != 0
                || SeedText.Clean(participant.NameBytes, name) != 0)
            {
                slots[count++] = slot;
            }
        }

        return count;
    }
}
