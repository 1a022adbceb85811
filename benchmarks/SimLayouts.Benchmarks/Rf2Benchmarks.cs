using System;
using System.Buffers;
using System.Globalization;
using System.IO;
using System.Runtime.InteropServices;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using SimLayouts.Benchmarks.Baseline;
using SimLayouts.Publishing;
using SimLayouts.Rf2;
using SimLayouts.Snapshots;

namespace SimLayouts.Benchmarks;

/// <summary>
/// rFactor 2's 241,680-byte telemetry page with 20 active cars: a version-block snapshot of the whole page and of the
/// 20 cars its bytes-updated hint names, against a plain copy of the page (category <c>Snapshot</c>; goal: the whole
/// snapshot within 1.5× the copy); and the page as JSON trimmed to the 20 cars by the generated writer, against
/// <c>Marshal.PtrToStructure</c> + System.Text.Json built as <see cref="JsonBenchmarks"/>' baselines are (category
/// <c>Json</c>; goals: 0 B, at least 3× faster).
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class Rf2Benchmarks
{
    private const int Cars = 20;
    private const string Snapshot = "Snapshot";
    private const string Json = "Json";

    private readonly ArrayBufferWriter<byte> _buffer = new(1024 * 1024);
    private string _directory = string.Empty;
    private PagePublisher? _whole;
    private PagePublisher? _hinted;
    private SnapshotReader? _reader;
    private byte[] _copy = [];
    private byte[] _page = [];
    private Utf8JsonWriter _writer = null!;

    /// <summary>Publishes the page twice (without and with the hint) and checks the baseline's marshalled sizes.</summary>
    [GlobalSetup]
    public void Setup()
    {
        if (Marshal.SizeOf<Rf2TelemetryPage>() != TelemetryLayout.Size || Marshal.SizeOf<Rf2TelemInfoV01>() != TelemInfoV01Layout.Size || Marshal.SizeOf<Rf2TelemWheelV01>() != TelemWheelV01Layout.Size)
        {
            throw new InvalidOperationException("The baseline structs do not have the layout's sizes.");
        }

        _page = Page();
        _directory = Path.Combine(Path.GetTempPath(), "simlayouts-bench-rf2-" + Guid.NewGuid().ToString("N"));
        _whole = PagePublisher.Create(TelemetryView.Page, Path.Combine(_directory, "whole"));
        var whole = (byte[])_page.Clone();
        new TelemetryWritableView(whole).BytesUpdatedHint = 0;
        _whole.Publish(whole);
        _hinted = PagePublisher.Create(TelemetryView.Page, Path.Combine(_directory, "hinted"));
        _hinted.Publish(_page);
        _reader = SnapshotReader.For<TelemetryView>();
        _copy = new byte[TelemetryLayout.Size];
        _writer = new Utf8JsonWriter(_buffer);

        Check(nameof(Json_MarshalAndSystemTextJson), Json_MarshalAndSystemTextJson());
        Check(nameof(Json_GeneratedWriter), Json_GeneratedWriter());
    }

    /// <summary>Removes the segments.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _writer.Dispose();
        _whole?.Dispose();
        _hinted?.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    /// <summary>memcpy of the whole page: what a reader without the protocol does.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory(Snapshot)]
    public int PlainCopy()
    {
        _whole!.Segment.Bytes.CopyTo(_copy);
        return _copy[^1];
    }

    /// <summary>A version-block snapshot of the whole page (hint 0), buffer rented and returned.</summary>
    [Benchmark]
    [BenchmarkCategory(Snapshot)]
    public int VersionBlockSnapshot_Whole() => Read(_whole!);

    /// <summary>A version-block snapshot of the 20 cars the hint names: 37,784 bytes copied.</summary>
    [Benchmark]
    [BenchmarkCategory(Snapshot)]
    public int VersionBlockSnapshot_Hinted20() => Read(_hinted!);

    /// <summary>Baseline: marshal the page (all 128 slots), keep the 20 active cars, System.Text.Json.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory(Json)]
    public long Json_MarshalAndSystemTextJson()
    {
        Restart();
        MarshalledPageJson.WriteRf2TelemetryActive(_page, _writer);
        return Finish();
    }

    /// <summary>The generated writer with the default options: enum names, the 20 active cars (<c>count: mNumVehicles</c>).</summary>
    [Benchmark]
    [BenchmarkCategory(Json)]
    public long Json_GeneratedWriter()
    {
        Restart();
        new TelemetryView(_page).WriteJson(_writer);
        return Finish();
    }

    /// <summary>A telemetry page with 20 cars driving, its hint covering them.</summary>
    internal static byte[] Page()
    {
        var bytes = new byte[TelemetryLayout.Size];
        var page = new TelemetryWritableView(bytes);
        page.NumVehicles = Cars;
        page.BytesUpdatedHint = TelemetryLayout.Offsets.Vehicles + (Cars * TelemInfoV01Layout.Size) - TelemetryView.Page.BytesUpdatedHint!.From;
        for (var slot = 0; slot < Cars; slot++)
        {
            var car = page.Vehicles[slot];
            car.Id = slot;
            car.DeltaTime = 0.02;
            car.ElapsedTime = 1_234.5 + (slot * 0.01);
            car.LapNumber = 7;
            car.LapStartET = 1_180.25;
            car.VehicleName = string.Create(CultureInfo.InvariantCulture, $"Oreca 07 #{slot + 10}");
            car.TrackName = "Le Mans";
            var position = car.Pos;
            position.X = 1_000.5 + (slot * 13.25);
            position.Y = 12.75;
            position.Z = -2_500.125 + (slot * 7.5);
            var velocity = car.LocalVel;
            velocity.Z = -78.4 - slot;
            car.Gear = 5;
            car.EngineRPM = 8_123.5;
            car.EngineWaterTemp = 88.5;
            car.EngineOilTemp = 96.25;
            car.FilteredThrottle = 0.93;
            car.FilteredBrake = 0;
            car.FilteredSteering = -0.12;
            car.Fuel = 61.5 - slot;
            car.FuelCapacity = 75;
            car.EngineMaxRPM = 9_000;
            car.MaxGears = 6;
            car.DeltaBest = -0.215;
            car.FrontTireCompoundName = "Medium";
            car.RearTireCompoundName = "Medium";
            for (var index = 0; index < 4; index++)
            {
                var wheel = car.Wheel[index];
                wheel.Rotation = -237.5;
                wheel.BrakeTemp = 512.5;
                wheel.Pressure = 178.25;
                wheel.Wear = 0.93;
                wheel.TireLoad = 3_512.5;
                wheel.TerrainName = "ROAD";
                wheel.Temperature[0] = 358.15;
                wheel.Temperature[1] = 360.65;
                wheel.Temperature[2] = 357.4;
                wheel.TireCarcassTemperature = 355.25;
            }
        }

        return bytes;
    }

    private int Read(PagePublisher publisher)
    {
        _reader!.TryRead(publisher.Segment.Bytes, previous: null, out var snapshot);
        var last = snapshot!.Bytes[^1];
        snapshot.Dispose();
        return last;
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
        using var document = JsonDocument.Parse(_buffer.WrittenMemory);
        if (length != _buffer.WrittenCount || document.RootElement.GetProperty(method == nameof(Json_GeneratedWriter) ? "vehicles" : "mVehicles").GetArrayLength() != Cars)
        {
            throw new InvalidOperationException($"{method} did not write one JSON object with {Cars} vehicles.");
        }
    }
}
