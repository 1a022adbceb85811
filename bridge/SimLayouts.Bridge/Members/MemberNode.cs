using System;
using System.Collections.Generic;

namespace SimLayouts.Bridge.Members;

/// <summary>
/// One member of a page as a tree node built from the page's metadata rows (<see cref="StructDescription.Fields"/>):
/// a value, an array of values, an embedded struct or an array of structs, with its children for structs. Commands
/// that handle every game alike (export, plot, the overlay's roles) walk these instead of generated views.
/// </summary>
internal sealed class MemberNode
{
    internal MemberNode(LayoutField field, MemberNode? parent)
    {
        Field = field;
        Parent = parent;
    }

    /// <summary>The metadata row.</summary>
    public LayoutField Field { get; }

    /// <summary>The enclosing struct member, or null for a top-level member of the page.</summary>
    public MemberNode? Parent { get; }

    /// <summary>The members of a struct (embedded or per array element), in row order; empty for values.</summary>
    public List<MemberNode> Children { get; } = [];

    /// <summary>Whether the member is a struct (it has member rows of its own).</summary>
    public bool IsStruct => Children.Count > 0;

    /// <summary>Whether the member is an array: of structs, of values, or of strings (a string's byte length is not an array dimension).</summary>
    public bool IsArray => ArrayDims.Count > 0;

    /// <summary>The array dimensions, without a string's length.</summary>
    public IReadOnlyList<int> ArrayDims => Field.Type == "string" && !IsStruct ? Field.Dims.Count > 1 ? Slice(Field.Dims, Field.Dims.Count - 1) : [] : Field.Dims;

    /// <summary>How many elements the array holds, all dimensions together (1 for a single member).</summary>
    public int ElementCount
    {
        get
        {
            var count = 1;
            foreach (var dim in ArrayDims)
            {
                count *= dim;
            }

            return count;
        }
    }

    /// <summary>
    /// Bytes from one element to the next. Struct elements may lie further apart than the struct's size (a layout's
    /// <c>stride:</c>), which the row gives as its whole size: <c>stride × (n − 1) + element size</c>.
    /// </summary>
    public int Stride
    {
        get
        {
            if (IsStruct)
            {
                var count = ElementCount;
                return count > 1 ? (Field.Size - Field.ElementSize) / (count - 1) : Field.ElementSize;
            }

            return Field.Type == "string" ? Field.Dims[^1] * Field.ElementSize : Field.ElementSize;
        }
    }

    /// <summary>
    /// The byte offset of this member given <paramref name="elementBase"/>, the start of the innermost enclosing array
    /// element (0 at the page level): rows of array elements count from the element, rows of embedded structs from
    /// the page (or the element that holds them), as <see cref="LayoutField"/> describes.
    /// </summary>
    public int OffsetFrom(int elementBase) => elementBase + Field.Offset;

    /// <summary>The child with JSON or native name <paramref name="name"/>, or null.</summary>
    public MemberNode? Child(string name) => PageMembers.Find(Children, name);

    private static int[] Slice(IReadOnlyList<int> dims, int count)
    {
        var slice = new int[count];
        for (var index = 0; index < count; index++)
        {
            slice[index] = dims[index];
        }

        return slice;
    }

    /// <inheritdoc/>
    public override string ToString() => Field.Path;
}
