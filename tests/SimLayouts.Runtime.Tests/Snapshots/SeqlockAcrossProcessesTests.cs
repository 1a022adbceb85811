using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using SimLayouts.Pcars2;
using SimLayouts.Runtime.Tests.Infrastructure;
using SimLayouts.Snapshots;
using SimLayouts.Sources;

namespace SimLayouts.Runtime.Tests.Snapshots;

/// <summary>
/// Real shared memory between two processes: a writer process publishes the pcars2 page in a tight loop into a
/// shm-style file (every word carrying the same update number), while this process reads it. The seqlock reader
/// must never accept a torn copy; a plain copy of the same memory must tear, which proves the test can fail.
/// </summary>
[NonParallelizable]
public sealed class SeqlockAcrossProcessesTests
{
    // Enough to catch a torn copy (plain copies tear within a few hundred), few enough for a loaded machine, where
    // positioned reads of a file (how segment files are read) run a few thousand a second.
    private const int RequiredSnapshots = 10_000;
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);
    private const int MinimumUpdates = 20;

    [Test]
    public void Seqlock_snapshots_of_a_page_written_by_another_process_are_never_torn_while_plain_copies_are()
    {
        using var shm = new TemporaryDirectory();
        using var writer = StartWriter(shm.Path);
        try
        {
            using var source = new DirectorySegmentSource(shm.Path);
            using var segment = source.TryOpen(SharedMemoryLayout.SegmentName);
            Assert.That(segment, Is.Not.Null, "the writer's segment file");

            var reader = SnapshotReader.For<SharedMemoryView>();
            var accepted = 0;
            var tornAccepted = 0;
            var updatesSeen = new HashSet<uint>();
            var deadline = Stopwatch.StartNew();
            // On a loaded machine the writer may get little CPU: keep reading until it has moved on a few times.
            while ((accepted < RequiredSnapshots || updatesSeen.Count < MinimumUpdates) && deadline.Elapsed < Bound)
            {
                // No previous snapshot: every read is a full copy under the protocol, never a shortcut.
                if (reader.TryRead(segment!, previous: null, out var snapshot) != SnapshotStatus.New)
                {
                    continue;
                }

                using (snapshot)
                {
                    accepted++;
                    if (!IsWhole(snapshot!.Bytes, out var update))
                    {
                        tornAccepted++;
                    }

                    updatesSeen.Add(update);
                }
            }

            var plainCopies = 0;
            var plainTorn = 0;
            var copy = new byte[SharedMemoryView.Size];
            var plainDeadline = Stopwatch.StartNew();
            while ((plainCopies < RequiredSnapshots || plainTorn == 0) && plainTorn < 100 && plainDeadline.Elapsed < Bound)
            {
                segment!.Live.CopyTo(copy);
                plainCopies++;
                if (!IsWhole(copy, out _))
                {
                    plainTorn++;
                }
            }

            TestContext.Out.WriteLine($"seqlock: {accepted} snapshots, {reader.Retries} retries, {reader.RejectedCopies} rejected copies, {updatesSeen.Count} distinct updates; plain: {plainTorn} torn of {plainCopies}");
            Assert.Multiple(() =>
            {
                Assert.That(accepted, Is.GreaterThanOrEqualTo(RequiredSnapshots));
                Assert.That(tornAccepted, Is.Zero, "torn snapshots accepted by the seqlock reader");
                Assert.That(updatesSeen.Count, Is.GreaterThanOrEqualTo(MinimumUpdates), "the writer must really be writing during the reads");
                Assert.That(plainTorn, Is.GreaterThan(0), "a plain copy of the same memory should tear, else this test proves nothing");
            });
        }
        finally
        {
            writer.StandardInput.Close();
            if (!writer.WaitForExit(10_000))
            {
                writer.Kill();
            }
        }
    }

    private static bool IsWhole(ReadOnlySpan<byte> page, out uint update) => SeqlockWriter.TestPage.IsWhole(page, out update);

    private static Process StartWriter(string shmDirectory)
    {
        var writerDll = Path.Combine(TestContext.CurrentContext.TestDirectory, "SimLayouts.SeqlockWriter.dll");
        Assert.That(File.Exists(writerDll), Is.True, $"the writer helper at {writerDll}");
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        var start = new ProcessStartInfo(host)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(writerDll);
        start.ArgumentList.Add(shmDirectory);
        var process = Process.Start(start)!;
        var ready = process.StandardOutput.ReadLineAsync();
        if (!ready.Wait(TimeSpan.FromSeconds(30)) || ready.Result != "ready")
        {
            process.Kill();
            Assert.Fail("the writer process did not start");
        }

        return process;
    }
}
