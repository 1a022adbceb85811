using System;
using System.Globalization;

namespace SimLayouts.Sources;

/// <summary>How fast a recording replays: at the recorded pace, a multiple of it, or as fast as possible.</summary>
public readonly record struct ReplaySpeed
{
    private ReplaySpeed(double factor) => Factor = factor;

    /// <summary>The recorded pace.</summary>
    public static ReplaySpeed Recorded { get; } = new(1);

    /// <summary>One frame per poll, without waiting.</summary>
    public static ReplaySpeed AsFastAsPossible { get; } = new(double.PositiveInfinity);

    /// <summary>How many recorded seconds pass per second of replay (infinity: as fast as possible).</summary>
    public double Factor { get; }

    /// <summary>Whether frames are replayed without waiting.</summary>
    public bool IsAsFastAsPossible => double.IsPositiveInfinity(Factor);

    /// <summary><paramref name="factor"/> times the recorded pace (2 replays twice as fast).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The factor is not a positive number.</exception>
    public static ReplaySpeed Times(double factor)
    {
        if (double.IsNaN(factor) || factor <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(factor), factor, "A replay speed must be a positive number.");
        }

        return new ReplaySpeed(factor);
    }

    /// <summary>Parses <c>1</c>, <c>2.5</c>, <c>2x</c> or <c>max</c>; false for anything else.</summary>
    public static bool TryParse(string? text, out ReplaySpeed speed)
    {
        speed = Recorded;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.Trim();
        if (trimmed.Equals("max", StringComparison.OrdinalIgnoreCase))
        {
            speed = AsFastAsPossible;
            return true;
        }

        if (trimmed.EndsWith('x') || trimmed.EndsWith('X'))
        {
            trimmed = trimmed[..^1];
        }

        if (double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var factor) && factor > 0 && !double.IsInfinity(factor))
        {
            speed = new ReplaySpeed(factor);
            return true;
        }

        return false;
    }

    /// <inheritdoc/>
    public override string ToString() => IsAsFastAsPossible ? "max" : Factor.ToString("0.###", CultureInfo.InvariantCulture) + "x";
}
