using System;
using System.Buffers.Binary;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using SimLayouts.Pcars2;

namespace SimLayouts.Benchmarks;

/// <summary>
/// Reads through the generated pcars2 <see cref="SharedMemoryView"/> against hand-written
/// <see cref="BinaryPrimitives"/> reads of the same bytes. The hand-written methods (the baseline of each
/// category) use offsets typed in as literals from <c>reference/pcars2/fields.tsv</c>, so they share nothing
/// with the generator's output but the page itself.
/// </summary>
/// <remarks>
/// Views are <c>ref struct</c>s and cannot be fields: the page lives in a <see cref="byte"/> array and every
/// benchmark creates its view, which is part of what is measured (it costs a span construction).
/// BenchmarkDotNet derives a runner class from this one, so it must stay public and unsealed.
/// </remarks>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class AccessorBenchmarks
{
    private const string SumSpeeds = "SumSpeeds";
    private const string ParticipantLapDistances = "ParticipantLapDistances";
    private const string ScalarMix = "ScalarMix";

    private byte[] _page = [];

    /// <summary>Fills one 20,700-byte page with plausible race data through the generated writable view.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _page = new byte[SharedMemoryLayout.Size];
        var page = new SharedMemoryWritableView(_page);

        page.Version = Pcars2Constants.SharedMemoryVersion;
        page.BuildVersionNumber = 1_503;
        page.GameState = GameState.IngamePlaying;
        page.SessionState = SessionState.Race;
        page.RaceState = RaceState.Racing;
        page.ViewedParticipantIndex = 0;
        page.NumParticipants = 24;
        page.TrackLength = 5_793.0f;
        page.LapInvalidated = true;
        page.CarFlags = CarFlags.EngineActive | CarFlags.Abs | CarFlags.Tcs;
        page.FuelLevel = 0.62f;
        page.Speed = 71.4f;
        page.Rpm = 8_450.0f;
        page.Gear = 5;
        page.SequenceNumber = 123_456;

        var participants = page.ParticipantInfo;
        var speeds = page.Speeds;
        for (var i = 0; i < participants.Length; i++)
        {
            var participant = participants[i];
            var active = i < 24;
            participant.IsActive = active;
            participant.Name = active ? "Driver " + (i + 1).ToString(CultureInfo.InvariantCulture) : string.Empty;
            participant.CurrentLapDistance = active ? 5_793.0f - (i * 117.25f) : 0.0f;
            participant.RacePosition = active ? (uint)(i + 1) : 0u;
            participant.LapsCompleted = active ? 7u : 0u;
            participant.CurrentLap = active ? 8u : 0u;
            participant.CurrentSector = active ? i % 3 : 0;
            speeds[i] = active ? 65.0f + (i * 0.37f) : 0.0f;
        }

        // The two sides must agree, or the comparison means nothing.
        Check(SumSpeeds, SumSpeeds_HandWritten(), SumSpeeds_GeneratedIndexer());
        Check(SumSpeeds, SumSpeeds_HandWritten(), SumSpeeds_GeneratedForeach());
        Check(ParticipantLapDistances, ParticipantLapDistances_HandWritten(), ParticipantLapDistances_Generated());
        Check(ParticipantLapDistances, ParticipantLapDistances_HandWritten(), ParticipantLapDistances_GeneratedForeach());
        Check(ScalarMix, ScalarMix_HandWritten(), ScalarMix_Generated());
    }

    // ---- SumSpeeds: mSpeeds, f32[64] at 10800 ----

    [Benchmark(Baseline = true)]
    [BenchmarkCategory(SumSpeeds)]
    public float SumSpeeds_HandWritten()
    {
        ReadOnlySpan<byte> page = _page;
        var sum = 0.0f;
        for (var i = 0; i < 64; i++)
        {
            sum += BinaryPrimitives.ReadSingleLittleEndian(page.Slice(10800 + (4 * i)));
        }

        return sum;
    }

    [Benchmark]
    [BenchmarkCategory(SumSpeeds)]
    public float SumSpeeds_GeneratedIndexer()
    {
        var speeds = new SharedMemoryView(_page).Speeds;
        var sum = 0.0f;
        for (var i = 0; i < speeds.Length; i++)
        {
            sum += speeds[i];
        }

        return sum;
    }

    [Benchmark]
    [BenchmarkCategory(SumSpeeds)]
    public float SumSpeeds_GeneratedForeach()
    {
        var sum = 0.0f;
        foreach (var speed in new SharedMemoryView(_page).Speeds)
        {
            sum += speed;
        }

        return sum;
    }

    // ---- ParticipantLapDistances: mParticipantInfo[i].mCurrentLapDistance, f32 at 28 + 100*i + 80 ----

    [Benchmark(Baseline = true)]
    [BenchmarkCategory(ParticipantLapDistances)]
    public float ParticipantLapDistances_HandWritten()
    {
        ReadOnlySpan<byte> page = _page;
        var sum = 0.0f;
        for (var i = 0; i < 64; i++)
        {
            sum += BinaryPrimitives.ReadSingleLittleEndian(page.Slice(28 + (100 * i) + 80));
        }

        return sum;
    }

    [Benchmark]
    [BenchmarkCategory(ParticipantLapDistances)]
    public float ParticipantLapDistances_Generated()
    {
        var participants = new SharedMemoryView(_page).ParticipantInfo;
        var sum = 0.0f;
        for (var i = 0; i < participants.Length; i++)
        {
            sum += participants[i].CurrentLapDistance;
        }

        return sum;
    }

    [Benchmark]
    [BenchmarkCategory(ParticipantLapDistances)]
    public float ParticipantLapDistances_GeneratedForeach()
    {
        var sum = 0.0f;
        foreach (var participant in new SharedMemoryView(_page).ParticipantInfo)
        {
            sum += participant.CurrentLapDistance;
        }

        return sum;
    }

    // ---- ScalarMix: ten scalars of mixed types, combined so that none is dead ----

    [Benchmark(Baseline = true)]
    [BenchmarkCategory(ScalarMix)]
    public double ScalarMix_HandWritten()
    {
        ReadOnlySpan<byte> page = _page;
        var gameState = BinaryPrimitives.ReadUInt32LittleEndian(page.Slice(8));            // mGameState
        var numParticipants = BinaryPrimitives.ReadInt32LittleEndian(page.Slice(24));      // mNumParticipants
        var speed = BinaryPrimitives.ReadSingleLittleEndian(page.Slice(6848));             // mSpeed
        var rpm = BinaryPrimitives.ReadSingleLittleEndian(page.Slice(6852));               // mRpm
        var gear = BinaryPrimitives.ReadInt32LittleEndian(page.Slice(6876));               // mGear
        var lapInvalidated = page[6712] != 0;                                              // mLapInvalidated
        var fuelLevel = BinaryPrimitives.ReadSingleLittleEndian(page.Slice(6840));         // mFuelLevel
        var carFlags = BinaryPrimitives.ReadUInt32LittleEndian(page.Slice(6816));          // mCarFlags
        var trackLength = BinaryPrimitives.ReadSingleLittleEndian(page.Slice(6704));       // mTrackLength
        var sequenceNumber = BinaryPrimitives.ReadUInt32LittleEndian(page.Slice(7320));    // mSequenceNumber

        return Combine(
            gameState, numParticipants, speed, rpm, gear, lapInvalidated, fuelLevel, carFlags, trackLength, sequenceNumber);
    }

    [Benchmark]
    [BenchmarkCategory(ScalarMix)]
    public double ScalarMix_Generated()
    {
        var view = new SharedMemoryView(_page);
        return Combine(
            (uint)view.GameState,
            view.NumParticipants,
            view.Speed,
            view.Rpm,
            view.Gear,
            view.LapInvalidated,
            view.FuelLevel,
            (uint)view.CarFlags,
            view.TrackLength,
            view.SequenceNumber);
    }

    private static double Combine(
        uint gameState,
        int numParticipants,
        float speed,
        float rpm,
        int gear,
        bool lapInvalidated,
        float fuelLevel,
        uint carFlags,
        float trackLength,
        uint sequenceNumber)
    {
        var integers = (long)(gameState ^ carFlags ^ sequenceNumber) + numParticipants + gear + (lapInvalidated ? 1 : 0);
        return integers + (double)speed + rpm + fuelLevel + trackLength;
    }

    private static void Check(string category, double expected, double actual)
    {
        if (expected != actual)
        {
            throw new InvalidOperationException(string.Create(
                CultureInfo.InvariantCulture,
                $"{category}: generated view read {actual}, hand-written read {expected}."));
        }
    }
}
