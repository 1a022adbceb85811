using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SimLayouts;

/// <summary>
/// A fixed-length array of little-endian scalars (or enums, or 1-byte booleans) inside a page, read in place.
/// Elements are <c>stride</c> bytes apart.
/// </summary>
public readonly ref struct ValueArray<T>
    where T : unmanaged
{
    private readonly ReadOnlySpan<byte> _data;
    private readonly int _stride;

    /// <summary>Creates a view of <paramref name="length"/> elements <paramref name="stride"/> bytes apart.</summary>
    public ValueArray(ReadOnlySpan<byte> data, int length, int stride)
    {
        LittleEndian.EnsureFits<T>(data.Length, length, stride);
        _data = data;
        Length = length;
        _stride = stride;
    }

    /// <summary>The number of elements the layout declares.</summary>
    public int Length { get; }

    /// <summary>Reads element <paramref name="index"/>; throws <see cref="ArgumentOutOfRangeException"/> outside 0..Length-1.</summary>
    public T this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            if ((uint)index >= (uint)Length)
            {
                ArrayIndex.Throw(index, Length);
            }

            return LittleEndian.ReadUnchecked<T>(ref MemoryMarshal.GetReference(_data), index * _stride);
        }
    }

    /// <summary>Copies every element into a new array.</summary>
    public T[] ToArray()
    {
        var result = new T[Length];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = this[i];
        }

        return result;
    }

    /// <summary>Enumerates the elements in order without allocating.</summary>
    public Enumerator GetEnumerator() => new(this);

    /// <summary>Enumerates a <see cref="ValueArray{T}"/>.</summary>
    public ref struct Enumerator
    {
        private readonly ReadOnlySpan<byte> _data;
        private readonly int _length;
        private readonly int _stride;
        private int _index;

        internal Enumerator(ValueArray<T> array)
        {
            _data = array._data;
            _length = array.Length;
            _stride = array._stride;
            _index = -1;
        }

        /// <summary>The element at the current position.</summary>
        public readonly T Current
        {
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            get => LittleEndian.ReadUnchecked<T>(ref MemoryMarshal.GetReference(_data), _index * _stride);
        }

        /// <summary>Advances to the next element.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool MoveNext() => ++_index < _length;
    }
}

/// <summary>
/// A writable <see cref="ValueArray{T}"/>, for simulators and tests. The indexer returns a reference into
/// the page, like <see cref="Span{T}"/>, so <c>writer.Speeds[3] = 1f</c> works on the property directly.
/// Page bytes are little-endian, so this type needs a little-endian host (every platform the games run on).
/// </summary>
public readonly ref struct WritableValueArray<T>
    where T : unmanaged
{
    private readonly Span<byte> _data;
    private readonly int _stride;

    /// <summary>Creates a view of <paramref name="length"/> elements <paramref name="stride"/> bytes apart.</summary>
    public WritableValueArray(Span<byte> data, int length, int stride)
    {
        HostByteOrder.EnsureLittleEndian();
        LittleEndian.EnsureFits<T>(data.Length, length, stride);
        _data = data;
        Length = length;
        _stride = stride;
    }

    /// <summary>The number of elements the layout declares.</summary>
    public int Length { get; }

    /// <summary>A reference to element <paramref name="index"/>, to read or assign.</summary>
    public ref T this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            if ((uint)index >= (uint)Length)
            {
                ArrayIndex.Throw(index, Length);
            }

            var element = _data.Slice(index * _stride, Unsafe.SizeOf<T>());
            return ref Unsafe.As<byte, T>(ref MemoryMarshal.GetReference(element));
        }
    }

    /// <summary>A read-only view of the same bytes.</summary>
    public ValueArray<T> AsReadOnly() => new(_data, Length, _stride);
}

internal static class HostByteOrder
{
    public static void EnsureLittleEndian()
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("Writable array views need a little-endian host; the pages are little-endian.");
        }
    }
}

internal static class ArrayIndex
{
    public static void Throw(int index, int length) =>
        throw new ArgumentOutOfRangeException(nameof(index), index, $"Index must be in 0..{length - 1}.");
}
