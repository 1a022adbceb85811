using System;
using System.Runtime.CompilerServices;

namespace SimLayouts.Bridge.Frames;

/// <summary>
/// Numbers as the seed's frames hold them, appended to a <see cref="RawJsonWriter"/>: a float widened to a Python
/// float with NaN and infinities read as 0 (the seed's <c>f32()</c>), and Python's <c>round()</c> with every digit
/// of its unbounded integer.
/// </summary>
public static class SeedJsonNumbers
{
    // 2^63 as a double: every integral double in [-2^63, 2^63) converts to long exactly.
    private const double TwoPow63 = 9223372036854775808.0;

    /// <summary>
    /// Writes the seed's <c>f32(value)</c>: the float's value as a double (the double's shortest round-trip text),
    /// or 0 when it is NaN or infinite.
    /// </summary>
    /// <param name="json">The text to append to.</param>
    /// <param name="value">The page's float.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void WriteSeedFloat(this RawJsonWriter json, float value) => json.WriteSeedDouble(PythonNumbers.Finite(value));

    /// <summary>
    /// Writes a finite double (a Python float of the seed's) as its shortest round-trip text: every non-integral
    /// number of a frame goes through here, so this is where the frame's double formatting cost is.
    /// </summary>
    /// <param name="json">The text to append to.</param>
    /// <param name="value">A finite double.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void WriteSeedDouble(this RawJsonWriter json, double value)
    {
        ArgumentNullException.ThrowIfNull(json);
        json.WriteNumber(value);
    }

    /// <summary>
    /// Writes Python's <c>round(value)</c> as a JSON integer with every digit, as json.dumps prints Python's
    /// unbounded <c>int</c> (<c>round(3.4e38)</c> has 39 digits).
    /// </summary>
    /// <param name="json">The text to append to.</param>
    /// <param name="value">A finite double.</param>
    public static void WriteRoundedInteger(this RawJsonWriter json, double value)
    {
        ArgumentNullException.ThrowIfNull(json);
        var rounded = PythonNumbers.Round(value);
        if (rounded >= -TwoPow63 && rounded < TwoPow63)
        {
            json.WriteNumber((long)rounded);
            return;
        }

        WriteHugeInteger(json, rounded);
    }

    // Apart from the 320-byte scratch the common path does not need.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void WriteHugeInteger(RawJsonWriter json, double integral)
    {
        Span<byte> digits = stackalloc byte[PythonNumbers.MaxIntegralDoubleDigits];
        json.WriteRaw(digits[..PythonNumbers.FormatIntegralDouble(integral, digits)]);
    }
}
