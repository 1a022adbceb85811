using System.Collections.Generic;
using System.Threading;

namespace SimLayouts.Reading;

/// <summary>Reuses <see cref="LayoutFrame"/> objects of one layout.</summary>
internal sealed class LayoutFramePool
{
    private const int MaximumKept = 64;
    private readonly LayoutDescription _layout;
    private readonly Stack<LayoutFrame> _free = new(MaximumKept);
    private readonly Lock _lock = new();

    public LayoutFramePool(LayoutDescription layout) => _layout = layout;

    public LayoutFrame Rent()
    {
        LayoutFrame? frame;
        lock (_lock)
        {
            _free.TryPop(out frame);
        }

        frame ??= new LayoutFrame(this, _layout);
        frame.Reset();
        return frame;
    }

    public void Return(LayoutFrame frame)
    {
        lock (_lock)
        {
            if (_free.Count < MaximumKept)
            {
                _free.Push(frame);
            }
        }
    }
}
