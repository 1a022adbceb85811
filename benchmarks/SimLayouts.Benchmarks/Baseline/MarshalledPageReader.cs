using System;
using System.Globalization;
using System.Runtime.InteropServices;

namespace SimLayouts.Benchmarks.Baseline;

/// <summary>
/// The read half of the baseline: <see cref="Marshal.PtrToStructure{T}(IntPtr)"/> over the page's bytes,
/// as tools do over a mapped view's pointer.
/// </summary>
public static class MarshalledPageReader
{
    /// <summary>Marshals <paramref name="page"/> into a new <typeparamref name="T"/>.</summary>
    /// <exception cref="ArgumentException">The page is shorter than <typeparamref name="T"/>'s marshalled size.</exception>
    public static unsafe T Read<T>(ReadOnlySpan<byte> page)
        where T : struct
    {
        // PtrToStructure reads Marshal.SizeOf<T>() bytes whatever it is given; a short page would be read past its end.
        var size = Marshal.SizeOf<T>();
        if (page.Length < size)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The page has {page.Length} bytes; {typeof(T).Name} needs {size}."),
                nameof(page));
        }

        // A pinned span stands in for the mapped view's pointer; pinning it costs nothing measurable.
        fixed (byte* pointer = page)
        {
            return Marshal.PtrToStructure<T>((IntPtr)pointer);
        }
    }
}
