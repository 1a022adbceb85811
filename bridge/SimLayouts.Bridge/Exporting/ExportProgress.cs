using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;

namespace SimLayouts.Bridge.Exporting;

/// <summary>
/// A progress bar on stderr for long exports, redrawn at most four times a second, and only when stderr is a terminal
/// (logs and pipes get the summary line alone).
/// </summary>
internal sealed class ExportProgress
{
    private const int Width = 30;
    private static readonly TimeSpan Every = TimeSpan.FromMilliseconds(250);
    private readonly TextWriter? _terminal;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _drawn = TimeSpan.MinValue;

    /// <summary>Draws on <paramref name="error"/> when it is the process's stderr and that is a terminal.</summary>
    public ExportProgress(TextWriter error)
    {
        _terminal = ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected ? error : null;
    }

    /// <summary>Redraws the bar when it is due.</summary>
    public void Report(double fraction, long frames)
    {
        if (_terminal is null || _clock.Elapsed - _drawn < Every)
        {
            return;
        }

        _drawn = _clock.Elapsed;
        var filled = (int)Math.Round(Math.Clamp(fraction, 0, 1) * Width);
        _terminal.Write(string.Create(CultureInfo.InvariantCulture, $"\rexporting [{new string('#', filled)}{new string(' ', Width - filled)}] {fraction,4:P0} {frames:N0} frames"));
        _terminal.Flush();
    }

    /// <summary>Clears the bar's line before the summary.</summary>
    public void Finish()
    {
        if (_terminal is not null && _drawn != TimeSpan.MinValue)
        {
            _terminal.Write("\r" + new string(' ', Width + 40) + "\r");
            _terminal.Flush();
        }
    }
}
