using System;
using System.Threading;

namespace SimLayouts.SeqlockWriter;

/// <summary>
/// The writer process of the cross-process tests. Every 32-bit word of the pcars2 page it publishes carries the same
/// update number (but for the version, game state and counter), so a reader can tell a torn or partial copy (two
/// numbers) from a whole one.
/// <list type="bullet">
/// <item><description><c>SimLayouts.SeqlockWriter DIR</c>: publishes through a mapping as fast as it can
/// (<see cref="SteadyWriter"/>).</description></item>
/// <item><description><c>SimLayouts.SeqlockWriter DIR --churn SECONDS</c>: publishes steadily until it reads the line
/// <c>go</c>, then for SECONDS publishes while cutting the file short, growing it back, replacing it and re-creating
/// it by appending, as Proton bridges and careless tools do (<see cref="ChurningWriter"/>).</description></item>
/// <item><description><c>SimLayouts.SeqlockWriter DIR --page rf2-telemetry</c>: publishes rFactor 2 telemetry with the
/// version block and a bytes-updated hint (<see cref="VersionBlockWriter"/>).</description></item>
/// <item><description><c>SimLayouts.SeqlockWriter DIR --page r3e</c>: writes RaceRoom pages with no protocol, ticks first,
/// as the game does (<see cref="UnprotectedWriter"/>).</description></item>
/// </list>
/// Prints <c>ready</c> after the first update and <c>done</c> at the end; stops when its standard input closes (the
/// test ends), when its time is up, or after a few minutes at most.
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        if (args is not ([_] or [_, "--churn", _] or [_, "--page", "rf2-telemetry" or "r3e"]))
        {
            Console.Error.WriteLine("usage: SimLayouts.SeqlockWriter <shm-dir> [--churn <seconds> | --page rf2-telemetry|r3e]");
            return 2;
        }

        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        using var go = new ManualResetEventSlim();
        var watcher = new Thread(() =>
        {
            // The test says "go" to start the churn, and closes our stdin when it is done; EOF ends the loop.
            while (Console.In.ReadLine() is { } line)
            {
                if (line == "go")
                {
                    go.Set();
                }
            }

            stop.Cancel();
        })
        { IsBackground = true };
        watcher.Start();

        void Ready()
        {
            Console.Out.WriteLine("ready");
            Console.Out.Flush();
        }

        if (args.Length == 1)
        {
            SteadyWriter.Run(args[0], Ready, stop.Token);
        }
        else if (args is [_, "--page", "rf2-telemetry"])
        {
            VersionBlockWriter.Run(args[0], Ready, stop.Token);
        }
        else if (args is [_, "--page", "r3e"])
        {
            UnprotectedWriter.Run(args[0], Ready, stop.Token);
        }
        else
        {
            var churn = TimeSpan.FromSeconds(double.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture));
            ChurningWriter.Run(args[0], Ready, go, churn, stop.Token);
        }

        Console.Out.WriteLine("done");
        Console.Out.Flush();
        return 0;
    }
}
