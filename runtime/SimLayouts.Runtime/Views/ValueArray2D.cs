using System;

namespace SimLayouts;

/// <summary>
/// A two-dimensional array of scalars (e.g. <c>mOrientations[64][3]</c>): <c>array[row]</c> is a
/// <see cref="ValueArray{T}"/> of <see cref="Columns"/> elements and <c>array[row, column]</c> one element.
/// </summary>
public readonly ref struct ValueArray2D<T>
    where T : unmanaged
{
    private readonly ReadOnlySpan<byte> _data;
    private readonly int _rowStride;

    /// <summary>Creates a view of <paramref name="rows"/> × <paramref name="columns"/> elements.</summary>
    public ValueArray2D(ReadOnlySpan<byte> data, int rows, int columns, int rowStride)
    {
        _data = data;
        Length = rows;
        Columns = columns;
        _rowStride = rowStride;
    }

    /// <summary>The number of rows (the outer dimension).</summary>
    public int Length { get; }

    /// <summary>The number of elements in each row (the inner dimension).</summary>
    public int Columns { get; }

    /// <summary>Row <paramref name="row"/>.</summary>
    public ValueArray<T> this[int row]
    {
        get
        {
            if ((uint)row >= (uint)Length)
            {
                ArrayIndex.Throw(row, Length);
            }

            return new ValueArray<T>(_data.Slice(row * _rowStride), Columns, System.Runtime.CompilerServices.Unsafe.SizeOf<T>());
        }
    }

    /// <summary>The element at <paramref name="row"/>, <paramref name="column"/>.</summary>
    public T this[int row, int column] => this[row][column];

    /// <summary>Enumerates the rows without allocating.</summary>
    public Enumerator GetEnumerator() => new(this);

    /// <summary>Enumerates the rows of a <see cref="ValueArray2D{T}"/>.</summary>
    public ref struct Enumerator
    {
        private readonly ValueArray2D<T> _array;
        private int _index;

        internal Enumerator(ValueArray2D<T> array)
        {
            _array = array;
            _index = -1;
        }

        /// <summary>The row at the current position.</summary>
        public readonly ValueArray<T> Current => _array[_index];

        /// <summary>Advances to the next row.</summary>
        public bool MoveNext() => ++_index < _array.Length;
    }
}

/// <summary>A writable <see cref="ValueArray2D{T}"/>.</summary>
public readonly ref struct WritableValueArray2D<T>
    where T : unmanaged
{
    private readonly Span<byte> _data;
    private readonly int _rowStride;

    /// <summary>Creates a view of <paramref name="rows"/> × <paramref name="columns"/> elements.</summary>
    public WritableValueArray2D(Span<byte> data, int rows, int columns, int rowStride)
    {
        _data = data;
        Length = rows;
        Columns = columns;
        _rowStride = rowStride;
    }

    /// <summary>The number of rows (the outer dimension).</summary>
    public int Length { get; }

    /// <summary>The number of elements in each row (the inner dimension).</summary>
    public int Columns { get; }

    /// <summary>Row <paramref name="row"/>, writable.</summary>
    public WritableValueArray<T> this[int row]
    {
        get
        {
            if ((uint)row >= (uint)Length)
            {
                ArrayIndex.Throw(row, Length);
            }

            return new WritableValueArray<T>(_data.Slice(row * _rowStride), Columns, System.Runtime.CompilerServices.Unsafe.SizeOf<T>());
        }
    }

    /// <summary>A reference to the element at <paramref name="row"/>, <paramref name="column"/>, to read or assign.</summary>
    public ref T this[int row, int column] => ref this[row][column];

    /// <summary>A read-only view of the same bytes.</summary>
    public ValueArray2D<T> AsReadOnly() => new(_data, Length, Columns, _rowStride);
}
