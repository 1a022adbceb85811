using System;
using System.Buffers;
using System.Globalization;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using SimLayouts.AcEvo;
using SimLayouts.Benchmarks.Baseline;
using SimLayouts.Pcars2;

namespace SimLayouts.Benchmarks;

/// <summary>
/// One page to JSON: the generated writers (<c>view.WriteJson</c>) against what C# telemetry tools do today,
/// <see cref="System.Runtime.InteropServices.Marshal.PtrToStructure{T}(IntPtr)"/> into a <c>[StructLayout]</c>
/// struct and then System.Text.Json with a source-generated context (the baseline of each category), for the
/// pcars2 page, the AC EVO graphics page and each ACC page (UTF-16 strings as <c>ByValTStr</c> with
/// <c>CharSet.Unicode</c>, as C# ACC readers declare them).
/// </summary>
/// <remarks>
/// Both sides write the same page bytes (<see cref="PlausiblePages"/>) into one reused
/// <see cref="Utf8JsonWriter"/> over one reused <see cref="ArrayBufferWriter{T}"/>, so the measurement is the
/// per-page cost of a long-running bridge. Each method returns the JSON length so that nothing is dead code.
/// The like-for-like generated methods write what the baseline writes: enums as numbers and all 64 participant
/// slots (<see cref="SameContent"/>); the <c>Defaults</c> ones show the default options (enum names, active
/// participants only).
/// </remarks>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class JsonBenchmarks
{
    private const string Pcars2 = "Pcars2";
    private const string AcEvoGraphics = "AcEvoGraphics";
    private const string AccPhysics = "AccPhysics";
    private const string AccGraphics = "AccGraphics";
    private const string AccStatic = "AccStatic";

    /// <summary>Enums as numbers and every array entry, as the marshalled structs give them.</summary>
    private static readonly PageJsonOptions SameContent = new() { Enums = JsonEnumFormat.Numbers, Arrays = JsonArrayExtent.All };

    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    private byte[] _pcars2 = [];
    private byte[] _graphics = [];
    private byte[] _accPhysics = [];
    private byte[] _accGraphics = [];
    private byte[] _accStatic = [];
    private Utf8JsonWriter _writer = null!;

    /// <summary>Builds the pages and the writer, and checks that every method writes a JSON document.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _pcars2 = PlausiblePages.Pcars2();
        _graphics = PlausiblePages.AcEvoGraphics();
        _accPhysics = PlausibleAccPages.Physics();
        _accGraphics = PlausibleAccPages.Graphics();
        _accStatic = PlausibleAccPages.Static();
        _writer = new Utf8JsonWriter(_buffer);

        Check(nameof(Pcars2_MarshalAndSystemTextJson), Pcars2_MarshalAndSystemTextJson());
        Check(nameof(AcEvoGraphics_MarshalAndSystemTextJson), AcEvoGraphics_MarshalAndSystemTextJson());
        Check(nameof(Pcars2_GeneratedWriter), Pcars2_GeneratedWriter());
        Check(nameof(Pcars2_GeneratedWriter_Defaults), Pcars2_GeneratedWriter_Defaults());
        Check(nameof(AcEvoGraphics_GeneratedWriter), AcEvoGraphics_GeneratedWriter());
        Check(nameof(AccPhysics_MarshalAndSystemTextJson), AccPhysics_MarshalAndSystemTextJson());
        Check(nameof(AccPhysics_GeneratedWriter), AccPhysics_GeneratedWriter());
        Check(nameof(AccGraphics_MarshalAndSystemTextJson), AccGraphics_MarshalAndSystemTextJson());
        Check(nameof(AccGraphics_GeneratedWriter), AccGraphics_GeneratedWriter());
        Check(nameof(AccStatic_MarshalAndSystemTextJson), AccStatic_MarshalAndSystemTextJson());
        Check(nameof(AccStatic_GeneratedWriter), AccStatic_GeneratedWriter());
    }

    /// <summary>Releases the writer.</summary>
    [GlobalCleanup]
    public void Cleanup() => _writer.Dispose();

    /// <summary>Baseline: marshal the pcars2 page, then System.Text.Json (source-generated).</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory(Pcars2)]
    public long Pcars2_MarshalAndSystemTextJson()
    {
        Restart();
        MarshalledPageJson.WritePcars2(_pcars2, _writer);
        return Finish();
    }

    /// <summary>Baseline: marshal the AC EVO graphics page, then System.Text.Json (source-generated).</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory(AcEvoGraphics)]
    public long AcEvoGraphics_MarshalAndSystemTextJson()
    {
        Restart();
        MarshalledPageJson.WriteAcEvoGraphics(_graphics, _writer);
        return Finish();
    }

    /// <summary>The generated writer over the pcars2 page, writing what the baseline writes.</summary>
    [Benchmark]
    [BenchmarkCategory(Pcars2)]
    public long Pcars2_GeneratedWriter()
    {
        Restart();
        new SharedMemoryView(_pcars2).WriteJson(_writer, SameContent);
        return Finish();
    }

    /// <summary>The generated writer over the pcars2 page with default options: enum names, the 20 active participants.</summary>
    [Benchmark]
    [BenchmarkCategory(Pcars2)]
    public long Pcars2_GeneratedWriter_Defaults()
    {
        Restart();
        new SharedMemoryView(_pcars2).WriteJson(_writer);
        return Finish();
    }

    /// <summary>The generated writer over the AC EVO graphics page.</summary>
    [Benchmark]
    [BenchmarkCategory(AcEvoGraphics)]
    public long AcEvoGraphics_GeneratedWriter()
    {
        Restart();
        new GraphicsView(_graphics).WriteJson(_writer, SameContent);
        return Finish();
    }

    /// <summary>Baseline: marshal the ACC physics page, then System.Text.Json.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory(AccPhysics)]
    public long AccPhysics_MarshalAndSystemTextJson()
    {
        Restart();
        MarshalledPageJson.WriteAccPhysics(_accPhysics, _writer);
        return Finish();
    }

    /// <summary>The generated writer over the ACC physics page.</summary>
    [Benchmark]
    [BenchmarkCategory(AccPhysics)]
    public long AccPhysics_GeneratedWriter()
    {
        Restart();
        new Acc.PhysicsView(_accPhysics).WriteJson(_writer, SameContent);
        return Finish();
    }

    /// <summary>Baseline: marshal the ACC graphics page, then System.Text.Json.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory(AccGraphics)]
    public long AccGraphics_MarshalAndSystemTextJson()
    {
        Restart();
        MarshalledPageJson.WriteAccGraphics(_accGraphics, _writer);
        return Finish();
    }

    /// <summary>The generated writer over the ACC graphics page (all 60 car slots, as the baseline writes them).</summary>
    [Benchmark]
    [BenchmarkCategory(AccGraphics)]
    public long AccGraphics_GeneratedWriter()
    {
        Restart();
        new Acc.GraphicsView(_accGraphics).WriteJson(_writer, SameContent);
        return Finish();
    }

    /// <summary>Baseline: marshal the ACC static page (its UTF-16 strings decoded by the marshaller), then System.Text.Json.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory(AccStatic)]
    public long AccStatic_MarshalAndSystemTextJson()
    {
        Restart();
        MarshalledPageJson.WriteAccStatic(_accStatic, _writer);
        return Finish();
    }

    /// <summary>The generated writer over the ACC static page, mostly UTF-16 strings.</summary>
    [Benchmark]
    [BenchmarkCategory(AccStatic)]
    public long AccStatic_GeneratedWriter()
    {
        Restart();
        new Acc.StaticView(_accStatic).WriteJson(_writer, SameContent);
        return Finish();
    }

    private void Restart()
    {
        _buffer.ResetWrittenCount();
        _writer.Reset(_buffer);
    }

    private long Finish()
    {
        _writer.Flush();
        return _writer.BytesCommitted;
    }

    private void Check(string method, long length)
    {
        // Parsing proves the output is one complete JSON object, not just some bytes.
        using var document = JsonDocument.Parse(_buffer.WrittenMemory);
        if (length != _buffer.WrittenCount || document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidOperationException(string.Create(
                CultureInfo.InvariantCulture,
                $"{method} wrote {_buffer.WrittenCount} bytes (reported {length}) that are not one JSON object."));
        }
    }
}
