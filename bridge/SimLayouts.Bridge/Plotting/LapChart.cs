using System;
using System.Collections.Generic;
using System.Globalization;
using ScottPlot;

namespace SimLayouts.Bridge.Plotting;

/// <summary>
/// Draws laps as one PNG with ScottPlot: speed, throttle and brake against lap distance, one chart above the other
/// with a shared distance axis, every lap overlaid in its own colour.
/// </summary>
internal static class LapChart
{
    /// <summary>The image's size in pixels.</summary>
    public const int Width = 1200;

    /// <summary>The image's height in pixels.</summary>
    public const int Height = 900;

    private static readonly Color[] LapColours = [Colors.RoyalBlue, Colors.OrangeRed, Colors.SeaGreen, Colors.Purple];

    /// <summary>Writes the chart of <paramref name="laps"/> to <paramref name="path"/>.</summary>
    /// <param name="path">The PNG file.</param>
    /// <param name="title">The chart's title (the game and the recording).</param>
    /// <param name="laps">The laps, first one first.</param>
    /// <param name="distanceUnit">The unit of lap distance (from the layout).</param>
    /// <param name="speedUnit">The unit speed is shown in.</param>
    public static void Save(string path, string title, IReadOnlyList<LapTrace> laps, string? distanceUnit, string? speedUnit)
    {
        var multiplot = new Multiplot();
        multiplot.AddPlots(3);
        var plots = multiplot.GetPlots();
        var rows = new (string Label, Func<LapTrace, List<double>> Values)[]
        {
            ($"speed ({speedUnit ?? "as published"})", lap => lap.Speed),
            ("throttle (0-1)", lap => lap.Throttle),
            ("brake (0-1)", lap => lap.Brake),
        };

        for (var row = 0; row < rows.Length; row++)
        {
            var plot = plots[row];
            for (var index = 0; index < laps.Count; index++)
            {
                var lap = laps[index];
                var line = plot.Add.ScatterLine(lap.Distance.ToArray(), rows[row].Values(lap).ToArray(), LapColours[index % LapColours.Length]);
                line.LineWidth = 2;
                line.LegendText = "lap " + lap.Lap.ToString(CultureInfo.InvariantCulture);
            }

            plot.YLabel(rows[row].Label);
            if (row == 0)
            {
                plot.Title(title);
                plot.ShowLegend(Alignment.LowerRight);
            }

            if (row == rows.Length - 1)
            {
                plot.XLabel($"lap distance ({distanceUnit ?? "as published"})");
            }
        }

        multiplot.SharedAxes.ShareX(plots);
        multiplot.SavePng(path, Width, Height);
    }
}
