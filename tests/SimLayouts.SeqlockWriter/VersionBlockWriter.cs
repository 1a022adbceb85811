using System;
using System.Threading;
using SimLayouts.Publishing;
using SimLayouts.Rf2;

namespace SimLayouts.SeqlockWriter;

/// <summary>Publishes rFactor 2 telemetry pages through a mapping, with the version block, in a tight loop.</summary>
internal static class VersionBlockWriter
{
    public static void Run(string shmDirectory, Action ready, CancellationToken stop)
    {
        using var publisher = PagePublisher.Create<TelemetryView>(shmDirectory);
        var page = new byte[TelemetryView.Size];
        uint update = 0;
        VersionBlockPage.Fill(page, ++update);
        publisher.Publish(page);
        ready();
        while (!stop.IsCancellationRequested)
        {
            VersionBlockPage.Fill(page, ++update);
            publisher.Publish(page);
        }
    }
}
