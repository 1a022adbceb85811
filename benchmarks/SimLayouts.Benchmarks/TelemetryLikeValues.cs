using System;
using System.Collections.Generic;

namespace SimLayouts.Benchmarks;

/// <summary>
/// Float values as telemetry pages carry them: speeds, engine speeds, temperatures, world positions, lap times,
/// small magnitudes and wear fractions, each a computed value with a full 24-bit significand (not a short
/// decimal). The number formatting benchmark times them and the runtime tests check their text.
/// </summary>
public static class TelemetryLikeValues
{
    /// <summary>
    /// <paramref name="count"/> values cycling through the kinds above, drawn from <paramref name="random"/>.
    /// </summary>
    public static IEnumerable<float> Floats(Random random, int count)
    {
        ArgumentNullException.ThrowIfNull(random);
        for (var index = 0; index < count; index++)
        {
            yield return (index % 7) switch
            {
                0 => random.NextSingle() * 90f,                          // speed, m/s
                1 => 800f + (random.NextSingle() * 8200f),               // engine speed, rpm
                2 => 20f + (random.NextSingle() * 90f),                  // tyre or brake temperature, degrees C
                3 => (random.NextSingle() - 0.5f) * 10_000f,             // world position, m
                4 => 60f + (random.NextSingle() * 60f),                  // lap time, s
                5 => MathF.Pow(10f, -3f + (random.NextSingle() * 3f)),   // small magnitudes, 1e-3..1
                _ => random.NextSingle(),                                // tyre wear, fuel fraction
            };
        }
    }
}
