namespace SimLayouts.Bridge.Frames;

/// <summary>
/// A block of text handled as four 16-byte vector registers, with one bit per byte in a 64-bit mask: the unit of the
/// fast paths of <see cref="SeedText"/> and <see cref="JsonRun"/>, and of <see cref="VerbatimAscii"/>'s check.
/// </summary>
/// <remarks>
/// The length is the code's (four registers, 64 mask bits), not a layout's: a page's text field takes the fast paths
/// when it is this long, as pcars2's <c>char[STRING_LENGTH_MAX]</c> names are; other lengths take the general path.
/// </remarks>
internal static class TextBlock
{
    /// <summary>Bytes in a block.</summary>
    public const int Length = 64;
}
