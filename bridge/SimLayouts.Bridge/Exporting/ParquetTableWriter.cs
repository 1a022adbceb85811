using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Parquet;
using Parquet.Schema;
using SimLayouts.Bridge.Members;

namespace SimLayouts.Bridge.Exporting;

/// <summary>
/// The table as a Parquet file (Parquet.Net): <c>sequence</c> (INT64), <c>capturedAt</c> (timestamp, UTC,
/// microseconds), then the value columns typed as the layout declares them (unsigned integers stay unsigned, enums
/// are dictionary-encoded UTF-8 names, strings UTF-8), all nullable. Rows are buffered into row groups of
/// <see cref="RowsPerGroup"/> and each group is written as soon as it is full, so a long session never sits in
/// memory whole: what grows is only the footer's metadata, a few hundred bytes per column per group, which is why
/// groups are large (about a minute of a 60 Hz pcars2 session). Zstandard compression.
/// </summary>
internal sealed class ParquetTableWriter : ITableWriter
{
    /// <summary>About how many bytes of buffered values one row group holds before it is written.</summary>
    public const int TargetGroupBytes = 64 << 20;

    /// <summary>The most rows in a group (narrow tables).</summary>
    public const int MaximumRowsPerGroup = 1 << 16;

    private readonly Stream _output;
    private readonly ParquetWriter _writer;
    private readonly DataField<long> _sequenceField;
    private readonly DateTimeDataField _capturedAtField;
    private readonly long[] _sequences;
    private readonly DateTime[] _capturedAt;
    private readonly ColumnBuffer[] _columns;
    private int _rows;
    private bool _completed;

    private ParquetTableWriter(Stream output, ParquetWriter writer, DataField<long> sequenceField, DateTimeDataField capturedAtField, int rowsPerGroup, ColumnBuffer[] columns)
    {
        _output = output;
        _writer = writer;
        _sequenceField = sequenceField;
        _capturedAtField = capturedAtField;
        RowsPerGroup = rowsPerGroup;
        _columns = columns;
        _sequences = new long[rowsPerGroup];
        _capturedAt = new DateTime[rowsPerGroup];
    }

    /// <summary>Rows per row group: <see cref="TargetGroupBytes"/> over the bytes of one buffered row, from 256 to <see cref="MaximumRowsPerGroup"/>.</summary>
    public int RowsPerGroup { get; }

    /// <summary>Starts the file on <paramref name="output"/> (a seekable, writable stream it owns).</summary>
    public static async Task<ParquetTableWriter> CreateAsync(TableSchema schema, Stream output, CancellationToken cancellationToken)
    {
        var rowBytes = 16 + schema.Columns.Sum(column => column.IsText ? 16 : Math.Max(2, MemberValue.SizeOf(column.Kind)) * 2);
        var rowsPerGroup = Math.Clamp(TargetGroupBytes / rowBytes, 256, MaximumRowsPerGroup);
        var columns = schema.Columns.Select(column => ColumnBuffer.For(column, rowsPerGroup)).ToArray();
        var options = new ParquetOptions { CompressionMethod = CompressionMethod.Zstd, CompressionLevel = System.IO.Compression.CompressionLevel.Fastest };
        foreach (var (column, buffer) in schema.Columns.Zip(columns))
        {
            if (column.Enum is not null)
            {
                options.ColumnEncodingHints[buffer.Field.Path.ToString()] = EncodingHint.Dictionary;
            }
        }

        var sequenceField = new DataField<long>("sequence");
        var capturedAtField = new DateTimeDataField("capturedAt", DateTimeFormat.Timestamp, isAdjustedToUTC: true, unit: DateTimeTimeUnit.Micros);
        var fields = new List<Field> { sequenceField, capturedAtField };
        fields.AddRange(columns.Select(column => column.Field));
        var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), output, options, cancellationToken: cancellationToken).ConfigureAwait(false);
        writer.CustomMetadata = new Dictionary<string, string>
        {
            ["simlayouts.layout"] = schema.Layout.Name,
            ["simlayouts.title"] = schema.Layout.Title,
        };
        return new ParquetTableWriter(output, writer, sequenceField, capturedAtField, rowsPerGroup, columns);
    }

    /// <inheritdoc/>
    public async ValueTask WriteRowAsync(long sequence, DateTimeOffset capturedAt, PageBytes pages, CancellationToken cancellationToken)
    {
        _sequences[_rows] = sequence;
        _capturedAt[_rows] = capturedAt.UtcDateTime;
        foreach (var column in _columns)
        {
            column.Read(_rows, pages);
        }

        if (++_rows == RowsPerGroup)
        {
            await FlushGroupAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc/>
    public async ValueTask CompleteAsync(CancellationToken cancellationToken)
    {
        if (_rows > 0)
        {
            await FlushGroupAsync(cancellationToken).ConfigureAwait(false);
        }

        // Disposing the writer writes the footer.
        _completed = true;
        await _writer.DisposeAsync().ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (!_completed)
        {
            _completed = true;
            await _writer.DisposeAsync().ConfigureAwait(false);
        }

        await _output.DisposeAsync().ConfigureAwait(false);
    }

    private async Task FlushGroupAsync(CancellationToken cancellationToken)
    {
        using (var group = _writer.CreateRowGroup())
        {
            await group.WriteAsync<long>(_sequenceField, _sequences.AsMemory(0, _rows), null, null, cancellationToken).ConfigureAwait(false);
            await group.WriteAsync<DateTime>(_capturedAtField, _capturedAt.AsMemory(0, _rows), null, null, cancellationToken).ConfigureAwait(false);
            foreach (var column in _columns)
            {
                await column.WriteAsync(group, _rows, cancellationToken).ConfigureAwait(false);
            }

            group.CompleteValidate();
        }

        _rows = 0;
    }
}
