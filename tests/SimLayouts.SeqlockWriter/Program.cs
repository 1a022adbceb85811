using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading;
using SimLayouts.Pcars2;
using SimLayouts.Publishing;

namespace SimLayouts.SeqlockWriter;

/// <summary>
/// Publishes the pcars2 page into a shm directory as fast as it can, every 32-bit word of the page carrying the
/// same update number, so a reader can tell a torn copy (two numbers) from a good one. Prints <c>ready</c> after
/// the first update; stops when its standard input closes (the test ends) or after a minute at most.
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length != 1)
        {
            Console.Error.WriteLine("usage: SimLayouts.SeqlockWriter <shm-dir>");
            return 2;
        }

        using var publisher = PagePublisher.Create<SharedMemoryView>(args[0]);
        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var watcher = new Thread(() =>
        {
            // The test closes our stdin when it is done; EOF ends the loop.
            Console.In.ReadToEnd();
            stop.Cancel();
        })
        { IsBackground = true };
        watcher.Start();

        var page = new byte[SharedMemoryView.Size];
        var words = MemoryMarshal.Cast<byte, uint>(page.AsSpan());
        uint update = 0;
        words.Fill(++update);
        publisher.Publish(page);
        Console.Out.WriteLine("ready");
        Console.Out.Flush();
        while (!stop.IsCancellationRequested)
        {
            words.Fill(++update);
            publisher.Publish(page);
        }

        return 0;
    }
}
