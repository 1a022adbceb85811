using System;

namespace SimLayouts.Runtime.Tests.Infrastructure;

/// <summary>
/// How many bytes the current thread allocates over <c>iterations</c> calls in steady state: the least of up to five
/// windows. The runtime itself can allocate on the calling thread while a window runs (tiered compilation starts its
/// background worker from the thread whose call count asks for a tier-up; seen as a one-off 6 to 8 KB on a loaded
/// machine). Code that allocates on every call shows in every window, so a zero window proves zero per call.
/// </summary>
internal static class SteadyStateAllocation
{
    private const int Windows = 5;

    public static long Measure(Action call, int iterations)
    {
        for (var i = 0; i < 10; i++)
        {
            call();
        }

        var least = long.MaxValue;
        for (var window = 0; window < Windows && least > 0; window++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < iterations; i++)
            {
                call();
            }

            least = Math.Min(least, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        return least;
    }
}
