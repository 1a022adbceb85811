using SimLayouts.Generator.Model;
using SimLayouts.Generator.Naming;

namespace SimLayouts.Generator.Emit;

/// <summary>The view being emitted: read-only or writable, and what its members refer to.</summary>
internal sealed class ViewTarget(StructModel model, bool writable)
{
    public StructModel Model { get; } = model;

    public bool IsWritable { get; } = writable;

    /// <summary>The span type the view holds.</summary>
    public string Span { get; } = writable ? "global::System.Span<byte>" : "global::System.ReadOnlySpan<byte>";

    /// <summary>The class of offset constants, <c>{Name}Layout.Offsets</c>.</summary>
    public string Offsets { get; } = $"{GeneratedNames.StructLayout.Of(model.CSharpName)}.{GeneratedNames.Offsets.Name}";

    /// <summary>The private field holding the bytes.</summary>
    public string Data { get; } = GeneratedNames.Data.Name;

    /// <summary>The view type of a struct, read-only or writable like this one.</summary>
    public string ViewOf(string structCSharpName) => ViewEmitter.ViewName(structCSharpName, IsWritable);
}
