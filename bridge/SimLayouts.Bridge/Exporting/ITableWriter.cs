using System;
using System.Threading;
using System.Threading.Tasks;

namespace SimLayouts.Bridge.Exporting;

/// <summary>Writes a table one frame (row) at a time; what it buffers stays bounded however long the recording.</summary>
internal interface ITableWriter : IAsyncDisposable
{
    /// <summary>Appends one row: the frame's sequence, capture time and pages (by page index).</summary>
    ValueTask WriteRowAsync(long sequence, DateTimeOffset capturedAt, PageBytes pages, CancellationToken cancellationToken);

    /// <summary>Writes what is buffered and closes the table (a Parquet file's footer).</summary>
    ValueTask CompleteAsync(CancellationToken cancellationToken);
}

/// <summary>The pages of one frame by page index, as a callback so frames need not be copied.</summary>
/// <param name="pageIndex">The page's index in the layout.</param>
internal delegate ReadOnlySpan<byte> PageBytes(int pageIndex);
