using System;
using System.Numerics;
using System.Threading;
using System.Threading.Tasks;
using Parquet;
using Parquet.Schema;
using SimLayouts.Bridge.Members;

namespace SimLayouts.Bridge.Exporting;

/// <summary>One column's values for the row group being filled, typed as the Parquet column is.</summary>
internal abstract class ColumnBuffer
{
    /// <summary>The Parquet field.</summary>
    public abstract DataField Field { get; }

    /// <summary>A buffer for <paramref name="column"/> holding <paramref name="rows"/> rows.</summary>
    public static ColumnBuffer For(TableColumn column, int rows) => column.IsText
        ? new TextColumnBuffer(column, rows)
        : column.Kind switch
        {
            ValueKind.Boolean => new BooleanColumnBuffer(column, rows),
            ValueKind.Int8 => new IntegerColumnBuffer<sbyte>(column, rows),
            ValueKind.UInt8 => new IntegerColumnBuffer<byte>(column, rows),
            ValueKind.Int16 => new IntegerColumnBuffer<short>(column, rows),
            ValueKind.UInt16 => new IntegerColumnBuffer<ushort>(column, rows),
            ValueKind.Int32 => new IntegerColumnBuffer<int>(column, rows),
            ValueKind.UInt32 => new IntegerColumnBuffer<uint>(column, rows),
            ValueKind.Int64 => new IntegerColumnBuffer<long>(column, rows),
            ValueKind.UInt64 => new IntegerColumnBuffer<ulong>(column, rows),
            ValueKind.Float32 => new FloatColumnBuffer<float>(column, rows),
            _ => new FloatColumnBuffer<double>(column, rows),
        };

    /// <summary>Reads row <paramref name="row"/>'s cell from the frame's pages.</summary>
    public abstract void Read(int row, PageBytes pages);

    /// <summary>Writes the first <paramref name="rows"/> values into the row group.</summary>
    public abstract Task WriteAsync(ParquetRowGroupWriter group, int rows, CancellationToken cancellationToken);
}

/// <summary>Integers of one width (<c>u32</c> as UINT32, ...): Parquet keeps the layout's type.</summary>
internal sealed class IntegerColumnBuffer<T>(TableColumn column, int rows) : ColumnBuffer
    where T : struct, INumberBase<T>
{
    private readonly T?[] _values = new T?[rows];

    public override DataField Field { get; } = new DataField<T?>(column.Name);

    public override void Read(int row, PageBytes pages) =>
        _values[row] = column.TryReadInteger(pages(column.PageIndex), out var value) ? T.CreateTruncating(value) : null;

    public override Task WriteAsync(ParquetRowGroupWriter group, int rows, CancellationToken cancellationToken) =>
        group.WriteAsync<T>(Field, _values.AsMemory(0, rows), null, null, cancellationToken);
}

/// <summary><c>f32</c> as FLOAT, <c>f64</c> as DOUBLE; NaN stays NaN.</summary>
internal sealed class FloatColumnBuffer<T>(TableColumn column, int rows) : ColumnBuffer
    where T : struct, IFloatingPointIeee754<T>
{
    private readonly T?[] _values = new T?[rows];

    public override DataField Field { get; } = new DataField<T?>(column.Name);

    public override void Read(int row, PageBytes pages) =>
        _values[row] = column.TryReadFloat(pages(column.PageIndex), out var value) ? T.CreateTruncating(value) : null;

    public override Task WriteAsync(ParquetRowGroupWriter group, int rows, CancellationToken cancellationToken) =>
        group.WriteAsync<T>(Field, _values.AsMemory(0, rows), null, null, cancellationToken);
}

/// <summary><c>bool</c> as BOOLEAN.</summary>
internal sealed class BooleanColumnBuffer(TableColumn column, int rows) : ColumnBuffer
{
    private readonly bool?[] _values = new bool?[rows];

    public override DataField Field { get; } = new DataField<bool?>(column.Name);

    public override void Read(int row, PageBytes pages) =>
        _values[row] = column.TryReadInteger(pages(column.PageIndex), out var value) ? value != 0 : null;

    public override Task WriteAsync(ParquetRowGroupWriter group, int rows, CancellationToken cancellationToken) =>
        group.WriteAsync<bool>(Field, _values.AsMemory(0, rows), null, null, cancellationToken);
}

/// <summary>Strings and enum names as UTF-8 text (enum columns dictionary-encoded).</summary>
internal sealed class TextColumnBuffer(TableColumn column, int rows) : ColumnBuffer
{
    private readonly string?[] _values = new string?[rows];

    public override DataField Field { get; } = new DataField<string>(column.Name, nullable: true);

    public override void Read(int row, PageBytes pages) => _values[row] = column.ReadText(pages(column.PageIndex));

    public override Task WriteAsync(ParquetRowGroupWriter group, int rows, CancellationToken cancellationToken) =>
        group.WriteAsync(Field, new ArraySegment<string>(_values!, 0, rows), null);
}
