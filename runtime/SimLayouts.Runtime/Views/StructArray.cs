using System;

namespace SimLayouts;

/// <summary>An array of generated struct views (e.g. <c>mParticipantInfo[64]</c>), <c>stride</c> bytes apart.</summary>
public readonly ref struct StructArray<T>
    where T : IStructView<T>, allows ref struct
{
    private readonly ReadOnlySpan<byte> _data;
    private readonly int _stride;

    /// <summary>Creates a view of <paramref name="length"/> structs <paramref name="stride"/> bytes apart.</summary>
    public StructArray(ReadOnlySpan<byte> data, int length, int stride)
    {
        _data = data;
        Length = length;
        _stride = stride;
    }

    /// <summary>The number of elements.</summary>
    public int Length { get; }

    /// <summary>A view of element <paramref name="index"/>.</summary>
    public T this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Length)
            {
                ArrayIndex.Throw(index, Length);
            }

            return T.Create(_data.Slice(index * _stride, T.Size));
        }
    }

    /// <summary>Enumerates the elements without allocating.</summary>
    public Enumerator GetEnumerator() => new(this);

    /// <summary>Enumerates a <see cref="StructArray{T}"/>.</summary>
    public ref struct Enumerator
    {
        private readonly StructArray<T> _array;
        private int _index;

        internal Enumerator(StructArray<T> array)
        {
            _array = array;
            _index = -1;
        }

        /// <summary>The element at the current position.</summary>
        public readonly T Current => _array[_index];

        /// <summary>Advances to the next element.</summary>
        public bool MoveNext() => ++_index < _array.Length;
    }
}

/// <summary>An array of generated writable struct views.</summary>
public readonly ref struct WritableStructArray<T>
    where T : IWritableStructView<T>, allows ref struct
{
    private readonly Span<byte> _data;
    private readonly int _stride;

    /// <summary>Creates a view of <paramref name="length"/> structs <paramref name="stride"/> bytes apart.</summary>
    public WritableStructArray(Span<byte> data, int length, int stride)
    {
        _data = data;
        Length = length;
        _stride = stride;
    }

    /// <summary>The number of elements.</summary>
    public int Length { get; }

    /// <summary>A writable view of element <paramref name="index"/>.</summary>
    public T this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Length)
            {
                ArrayIndex.Throw(index, Length);
            }

            return T.Create(_data.Slice(index * _stride, T.Size));
        }
    }
}
