using System;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using SimLayouts.Numbers;

namespace SimLayouts.Benchmarks;

/// <summary>
/// Shortest round-trip number text: <see cref="ShortestNumberText"/> against the BCL's
/// <c>TryFormat</c> (what <see cref="System.Text.Json.Utf8JsonWriter"/> calls) on the same values, per value.
/// </summary>
/// <remarks>
/// Categories: telemetry-like floats (<see cref="TelemetryLikeValues"/>); the same floats widened to double, as
/// the bridge writes them (16-17 digit texts); doubles computed in double precision over the same ranges; and
/// whole-number floats (gears, counters, zeroed slots). Each method formats <see cref="Count"/> values into one
/// reused buffer and returns the total length, so nothing is dead code.
/// <para>
/// 64K values per category, not a few hundred: a processor's branch predictor learns the outcomes of a short
/// sequence replayed thousands of times, which flatters branchy code (the BCL's and ours) far beyond what fresh
/// telemetry frames see; with 64K values per pass it cannot, and the arrays still fit in L2.
/// </para>
/// </remarks>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class NumberFormattingBenchmarks
{
    private const int Count = 65_536;
    private const string Float = "Float";
    private const string WidenedFloat = "WidenedFloat";
    private const string Double = "Double";
    private const string WholeFloat = "WholeFloat";

    private readonly byte[] _text = new byte[ShortestNumberText.FormatBufferLength];
    private float[] _floats = [];
    private double[] _widened = [];
    private double[] _doubles = [];
    private float[] _wholeFloats = [];

    /// <summary>Draws the values (fixed seeds, so every run formats the same ones).</summary>
    [GlobalSetup]
    public void Setup()
    {
        _floats = TelemetryLikeValues.Floats(new Random(42), Count).ToArray();
        _widened = _floats.Select(value => (double)value).ToArray();
        var random = new Random(43);
        _doubles = TelemetryLikeValues.Floats(random, Count).Select(value => value * (1.0 + (random.NextDouble() * 1e-7))).ToArray();
        _wholeFloats = Enumerable.Range(0, Count).Select(index => (float)random.Next(index % 2 == 0 ? 10 : 10_000)).ToArray();
    }

    /// <summary>Baseline: <see cref="float.TryFormat(Span{byte}, out int, ReadOnlySpan{char}, IFormatProvider)"/>.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Count)]
    [BenchmarkCategory(Float)]
    public int Float_Bcl() => FormatWithBcl(_floats);

    /// <summary><see cref="ShortestNumberText.TryFormat(float, Span{byte}, out int)"/>.</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    [BenchmarkCategory(Float)]
    public int Float_ShortestNumberText() => Format(_floats);

    /// <summary>Baseline: <see cref="double.TryFormat(Span{byte}, out int, ReadOnlySpan{char}, IFormatProvider)"/>.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Count)]
    [BenchmarkCategory(WidenedFloat)]
    public int WidenedFloat_Bcl() => FormatWithBcl(_widened);

    /// <summary><see cref="ShortestNumberText.TryFormat(double, Span{byte}, out int)"/>.</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    [BenchmarkCategory(WidenedFloat)]
    public int WidenedFloat_ShortestNumberText() => Format(_widened);

    /// <summary>
    /// <see cref="ShortestNumberText.Format(double, Span{byte})"/>: the same text stored in whole registers, as
    /// <see cref="RawJsonWriter"/> and the bridge write it.
    /// </summary>
    [Benchmark(OperationsPerInvoke = Count)]
    [BenchmarkCategory(WidenedFloat)]
    public int WidenedFloat_ShortestNumberTextFormat()
    {
        var total = 0;
        foreach (var value in _widened)
        {
            total += ShortestNumberText.Format(value, _text);
        }

        return total;
    }

    /// <summary>Baseline: the BCL on doubles computed in double precision.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Count)]
    [BenchmarkCategory(Double)]
    public int Double_Bcl() => FormatWithBcl(_doubles);

    /// <summary><see cref="ShortestNumberText"/> on doubles computed in double precision.</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    [BenchmarkCategory(Double)]
    public int Double_ShortestNumberText() => Format(_doubles);

    /// <summary>Baseline: the BCL on whole-number floats.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Count)]
    [BenchmarkCategory(WholeFloat)]
    public int WholeFloat_Bcl() => FormatWithBcl(_wholeFloats);

    /// <summary><see cref="ShortestNumberText"/> on whole-number floats.</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    [BenchmarkCategory(WholeFloat)]
    public int WholeFloat_ShortestNumberText() => Format(_wholeFloats);

    private int FormatWithBcl(float[] values)
    {
        var total = 0;
        foreach (var value in values)
        {
            value.TryFormat(_text, out var written, default, CultureInfo.InvariantCulture);
            total += written;
        }

        return total;
    }

    private int FormatWithBcl(double[] values)
    {
        var total = 0;
        foreach (var value in values)
        {
            value.TryFormat(_text, out var written, default, CultureInfo.InvariantCulture);
            total += written;
        }

        return total;
    }

    private int Format(float[] values)
    {
        var total = 0;
        foreach (var value in values)
        {
            ShortestNumberText.TryFormat(value, _text, out var written);
            total += written;
        }

        return total;
    }

    private int Format(double[] values)
    {
        var total = 0;
        foreach (var value in values)
        {
            ShortestNumberText.TryFormat(value, _text, out var written);
            total += written;
        }

        return total;
    }
}
