using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using SimLayouts.Bridge.Members;

namespace SimLayouts.Bridge.Exporting;

/// <summary>
/// The table as CSV (RFC 4180): a header row of column names, then one line per frame; numbers in invariant culture
/// with the shortest text that reads back the same value (NaN as <c>NaN</c>), booleans as <c>true</c>/<c>false</c>,
/// text quoted when it holds a comma, a quote or a line break and empty text as <c>""</c>, so that it differs from
/// an empty cell: a value that is not there. UTF-8,
/// lines end in <c>\n</c>. Rows go straight to the file.
/// </summary>
internal sealed class CsvTableWriter : ITableWriter
{
    private readonly TableSchema _schema;
    private readonly StreamWriter _writer;

    public CsvTableWriter(TableSchema schema, Stream output)
    {
        _schema = schema;
        _writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16) { NewLine = "\n" };
        _writer.Write("sequence,capturedAt");
        foreach (var column in schema.Columns)
        {
            _writer.Write(',');
            WriteText(column.Name);
        }

        _writer.Write('\n');
    }

    /// <inheritdoc/>
    public ValueTask WriteRowAsync(long sequence, DateTimeOffset capturedAt, PageBytes pages, CancellationToken cancellationToken)
    {
        _writer.Write(sequence.ToString(CultureInfo.InvariantCulture));
        _writer.Write(',');
        _writer.Write(capturedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture));
        foreach (var column in _schema.Columns)
        {
            _writer.Write(',');
            WriteCell(column, pages(column.PageIndex));
        }

        _writer.Write('\n');
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc/>
    public async ValueTask CompleteAsync(CancellationToken cancellationToken) => await _writer.FlushAsync(cancellationToken).ConfigureAwait(false);

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => _writer.DisposeAsync();

    private void WriteCell(TableColumn column, ReadOnlySpan<byte> page)
    {
        if (column.IsText)
        {
            if (column.ReadText(page) is { } text)
            {
                WriteText(text);
            }

            return;
        }

        switch (column.Kind)
        {
            case ValueKind.Float32 when column.TryReadFloat(page, out var single):
                _writer.Write(((float)single).ToString(CultureInfo.InvariantCulture));
                break;
            case ValueKind.Float64 when column.TryReadFloat(page, out var number):
                _writer.Write(number.ToString(CultureInfo.InvariantCulture));
                break;
            case ValueKind.Boolean when column.TryReadInteger(page, out var flag):
                _writer.Write(flag != 0 ? "true" : "false");
                break;
            case ValueKind.UInt64 when column.TryReadInteger(page, out var big):
                _writer.Write(((ulong)big).ToString(CultureInfo.InvariantCulture));
                break;
            case not (ValueKind.Float32 or ValueKind.Float64 or ValueKind.Boolean or ValueKind.UInt64) when column.TryReadInteger(page, out var integer):
                _writer.Write(integer.ToString(CultureInfo.InvariantCulture));
                break;
        }
    }

    private void WriteText(string text)
    {
        if (text.Length > 0 && text.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            _writer.Write(text);
            return;
        }

        _writer.Write('"');
        _writer.Write(text.Replace("\"", "\"\"", StringComparison.Ordinal));
        _writer.Write('"');
    }
}
