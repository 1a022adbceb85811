using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using SimLayouts.Numbers;

namespace SimLayouts.Runtime.Tests.Numbers;

/// <summary>
/// Compares <see cref="ShortestNumberText"/> with what .NET writes for the same value: the BCL's
/// <c>TryFormat</c> (default format, invariant culture) and, where asked, <see cref="Utf8JsonWriter"/>.
/// Collects the first mismatches as readable lines so that a failure names the value and both texts. Every value
/// is also written with <see cref="ShortestNumberText.Format(double, Span{byte})"/> (whole registers) into a buffer of
/// exactly <see cref="ShortestNumberText.FormatBufferLength"/> bytes followed by guard bytes that must stay untouched.
/// </summary>
internal sealed class NumberTextOracle
{
    private const int MismatchesKept = 10;

    private readonly byte[] _expected = new byte[64];
    private const byte Guard = 0xA5;

    private readonly byte[] _actual = new byte[64];
    private readonly byte[] _registers = new byte[ShortestNumberText.FormatBufferLength + 32];
    private readonly ArrayBufferWriter<byte> _json = new(64);
    private readonly Utf8JsonWriter _writer;

    public NumberTextOracle()
    {
        _writer = new Utf8JsonWriter(_json, new JsonWriterOptions { SkipValidation = true });
    }

    /// <summary>The first mismatches found so far.</summary>
    public List<string> Mismatches { get; } = [];

    /// <summary>How many values were compared.</summary>
    public long Compared { get; private set; }

    /// <summary>The longest text seen.</summary>
    public int LongestText { get; private set; }

    /// <summary>Compares the float's text with the BCL's (and the JSON writer's when <paramref name="viaJson"/>).</summary>
    public void Check(float value, bool viaJson = false)
    {
        Compared++;
        value.TryFormat(_expected, out var expectedLength, default, CultureInfo.InvariantCulture);
        var fits = ShortestNumberText.TryFormat(value, _actual, out var actualLength);
        var bits = BitConverter.SingleToUInt32Bits(value).ToString("X8", CultureInfo.InvariantCulture) + "f";
        Compare(bits, expectedLength, fits, actualLength);
        _registers.AsSpan().Fill(Guard);
        CompareWholeRegisters(bits, ShortestNumberText.Format(value, _registers.AsSpan(0, ShortestNumberText.FormatBufferLength)), actualLength);
        if (viaJson && float.IsFinite(value))
        {
            _json.ResetWrittenCount();
            _writer.Reset();
            _writer.WriteNumberValue(value);
            _writer.Flush();
            CompareWithJson(value.ToString(CultureInfo.InvariantCulture) + "f", fits, actualLength);
        }
    }

    /// <summary>Compares the double's text with the BCL's (and the JSON writer's when <paramref name="viaJson"/>).</summary>
    public void Check(double value, bool viaJson = false)
    {
        Compared++;
        value.TryFormat(_expected, out var expectedLength, default, CultureInfo.InvariantCulture);
        var fits = ShortestNumberText.TryFormat(value, _actual, out var actualLength);
        var bits = BitConverter.DoubleToUInt64Bits(value).ToString("X16", CultureInfo.InvariantCulture);
        Compare(bits, expectedLength, fits, actualLength);
        _registers.AsSpan().Fill(Guard);
        CompareWholeRegisters(bits, ShortestNumberText.Format(value, _registers.AsSpan(0, ShortestNumberText.FormatBufferLength)), actualLength);
        if (viaJson && double.IsFinite(value))
        {
            _json.ResetWrittenCount();
            _writer.Reset();
            _writer.WriteNumberValue(value);
            _writer.Flush();
            CompareWithJson(value.ToString(CultureInfo.InvariantCulture), fits, actualLength);
        }
    }

    private void Compare(string bits, int expectedLength, bool fits, int actualLength)
    {
        LongestText = Math.Max(LongestText, expectedLength);
        var expected = _expected.AsSpan(0, expectedLength);
        if (!fits || !expected.SequenceEqual(_actual.AsSpan(0, actualLength)))
        {
            Record($"{bits}: BCL wrote {Text(expected)}, ShortestNumberText wrote {(fits ? Text(_actual.AsSpan(0, actualLength)) : "nothing (returned false)")}");
        }
    }

    private void CompareWholeRegisters(string bits, int length, int actualLength)
    {
        if (!_registers.AsSpan(0, length).SequenceEqual(_actual.AsSpan(0, actualLength)))
        {
            Record($"{bits}: Format wrote {Text(_registers.AsSpan(0, length))}, TryFormat wrote {Text(_actual.AsSpan(0, actualLength))}");
        }

        if (_registers.AsSpan(ShortestNumberText.FormatBufferLength).IndexOfAnyExcept(Guard) >= 0)
        {
            Record($"{bits}: Format wrote past its {ShortestNumberText.FormatBufferLength}-byte buffer");
        }
    }

    private void CompareWithJson(string value, bool fits, int actualLength)
    {
        if (!fits || !_json.WrittenSpan.SequenceEqual(_actual.AsSpan(0, actualLength)))
        {
            Record($"{value}: Utf8JsonWriter wrote {Text(_json.WrittenSpan)}, ShortestNumberText wrote {Text(_actual.AsSpan(0, actualLength))}");
        }
    }

    private void Record(string mismatch)
    {
        if (Mismatches.Count < MismatchesKept)
        {
            Mismatches.Add(mismatch);
        }
    }

    private static string Text(ReadOnlySpan<byte> utf8) => Encoding.UTF8.GetString(utf8);
}
