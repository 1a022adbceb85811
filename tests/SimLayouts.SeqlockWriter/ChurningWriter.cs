using System;
using System.Buffers.Binary;
using System.IO;
using System.Threading;
using Microsoft.Win32.SafeHandles;
using SimLayouts.Pcars2;

namespace SimLayouts.SeqlockWriter;

/// <summary>
/// A hostile but honest writer: it always writes pages with the seqlock (counter odd, body, counter even; with
/// positioned writes, so that cutting its own file short cannot fault it), and between bursts of pages it cuts the
/// file short and grows it back in place, replaces it by renaming a new file over it, or removes it and writes a
/// new one by appending a few KB at a time. A reader must never fault, hang, or accept less than a whole page.
/// </summary>
internal static class ChurningWriter
{
    private static readonly TimeSpan Burst = TimeSpan.FromMilliseconds(150);
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(50);

    public static void Run(string shmDirectory, Action ready, ManualResetEventSlim go, TimeSpan churn, CancellationToken stop)
    {
        var path = Path.Combine(shmDirectory, SharedMemoryLayout.SegmentName);
        var page = new byte[SharedMemoryView.Size];
        uint update = 0;
        uint counter = 0;
        var file = File.OpenHandle(path, FileMode.Create, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
        try
        {
            RandomAccess.SetLength(file, page.Length);
            Publish(file, page, ++update, ref counter);
            ready();
            while (!go.IsSet && !stop.IsCancellationRequested)
            {
                Publish(file, page, ++update, ref counter);
                Thread.Sleep(1);
            }

            var end = DateTime.UtcNow + churn;
            for (var round = 0; !stop.IsCancellationRequested && DateTime.UtcNow < end; round++)
            {
                var until = DateTime.UtcNow + Burst;
                while (DateTime.UtcNow < until && !stop.IsCancellationRequested)
                {
                    Publish(file, page, ++update, ref counter);
                    Thread.Sleep(1);
                }

                switch (round % 4)
                {
                    case 0:
                        // Cut short in place, then grown back: the bytes in between read as zeros until written.
                        RandomAccess.SetLength(file, 100);
                        Thread.Sleep(Pause);
                        RandomAccess.SetLength(file, page.Length);
                        break;
                    case 1:
                        // A new file renamed over the old one.
                        var next = path + ".new";
                        TestPage.Fill(page, ++update);
                        WriteCounter(page, counter += 2);
                        File.WriteAllBytes(next, page);
                        File.Move(next, path, overwrite: true);
                        file.Dispose();
                        file = File.OpenHandle(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
                        break;
                    case 2:
                        // Removed, then written anew a few KB at a time.
                        file.Dispose();
                        File.Delete(path);
                        Thread.Sleep(Pause);
                        file = File.OpenHandle(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
                        TestPage.Fill(page, ++update);
                        WriteCounter(page, counter += 2);
                        for (var at = 0; at < page.Length; at += 4096)
                        {
                            RandomAccess.Write(file, page.AsSpan(at, Math.Min(4096, page.Length - at)), at);
                            Thread.Sleep(10);
                        }

                        break;
                    default:
                        // Grown past the page (a padded segment), then back to the page size.
                        RandomAccess.SetLength(file, page.Length + 4);
                        Thread.Sleep(Pause);
                        RandomAccess.SetLength(file, page.Length);
                        break;
                }
            }
        }
        finally
        {
            file.Dispose();
        }
    }

    private static void Publish(SafeFileHandle file, byte[] page, uint update, ref uint counter)
    {
        var offset = SharedMemoryLayout.Offsets.SequenceNumber;
        Span<byte> word = stackalloc byte[sizeof(uint)];
        BinaryPrimitives.WriteUInt32LittleEndian(word, counter | 1);
        RandomAccess.Write(file, word, offset);
        TestPage.Fill(page, update);
        RandomAccess.Write(file, page.AsSpan(0, offset), 0);
        RandomAccess.Write(file, page.AsSpan(offset + sizeof(uint)), offset + sizeof(uint));
        counter = (counter | 1) + 1;
        BinaryPrimitives.WriteUInt32LittleEndian(word, counter);
        RandomAccess.Write(file, word, offset);
    }

    private static void WriteCounter(byte[] page, uint counter) =>
        BinaryPrimitives.WriteUInt32LittleEndian(page.AsSpan(SharedMemoryLayout.Offsets.SequenceNumber), counter);
}
