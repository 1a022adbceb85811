using System;
using System.Globalization;

namespace SimLayouts.Bridge.Bridging;

/// <summary>
/// Reports POST failures without flooding: the first failure at once, then at most one line per interval with the
/// number of failures it stands for, and one line when the server answers again.
/// </summary>
internal sealed class FailureReporter(StatusWriter status, TimeSpan interval, TimeProvider time)
{
    private readonly object _gate = new();
    private long _lastReport;
    private bool _reported;
    private long _unreported;
    private long _consecutive;

    public void Failed(string reason)
    {
        string? line = null;
        lock (_gate)
        {
            _consecutive++;
            var now = time.GetTimestamp();
            if (!_reported || time.GetElapsedTime(_lastReport, now) >= interval)
            {
                line = _unreported == 0
                    ? "POST failed: " + reason
                    : string.Create(CultureInfo.InvariantCulture, $"POST failed: {reason} ({_unreported} more failures since the last report)");
                _reported = true;
                _lastReport = now;
                _unreported = 0;
            }
            else
            {
                _unreported++;
            }
        }

        if (line is not null)
        {
            status.Line(line);
        }
    }

    public void Succeeded()
    {
        long failures;
        lock (_gate)
        {
            failures = _consecutive;
            _consecutive = 0;
            _reported = false;
            _unreported = 0;
        }

        if (failures > 0)
        {
            status.Line(string.Create(CultureInfo.InvariantCulture, $"the server answers again, after {failures} failed POSTs."));
        }
    }
}
