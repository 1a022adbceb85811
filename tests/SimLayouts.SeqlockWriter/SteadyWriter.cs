using System;
using System.Threading;
using SimLayouts.Pcars2;
using SimLayouts.Publishing;

namespace SimLayouts.SeqlockWriter;

/// <summary>Publishes the page through a mapping of the segment file, with the seqlock, in a tight loop.</summary>
internal static class SteadyWriter
{
    public static void Run(string shmDirectory, Action ready, CancellationToken stop)
    {
        using var publisher = PagePublisher.Create<SharedMemoryView>(shmDirectory);
        var page = new byte[SharedMemoryView.Size];
        uint update = 0;
        TestPage.Fill(page, ++update);
        publisher.Publish(page);
        ready();
        while (!stop.IsCancellationRequested)
        {
            TestPage.Fill(page, ++update);
            publisher.Publish(page);
        }
    }
}
