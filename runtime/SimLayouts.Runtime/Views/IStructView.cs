using System;

namespace SimLayouts;

/// <summary>
/// A generated read-only view over the bytes of one struct or page. The static members let generic code
/// (arrays of structs, snapshots, the runtime's readers) create views without knowing the layout.
/// </summary>
public interface IStructView<TSelf>
    where TSelf : IStructView<TSelf>, allows ref struct
{
    /// <summary>Size in bytes of one instance, as the layout declares it.</summary>
    static abstract int Size { get; }

    /// <summary>Creates a view over <paramref name="data"/>; nothing is copied.</summary>
    static abstract TSelf Create(ReadOnlySpan<byte> data);

    /// <summary>Writes the viewed bytes as one JSON object (see the layout language's JSON rules).</summary>
    /// <param name="writer">The writer; its own options decide indentation and escaping.</param>
    /// <param name="options">Enum names or numbers, active or all array entries.</param>
    void WriteJson(System.Text.Json.Utf8JsonWriter writer, PageJsonOptions options = default);

    /// <summary>Writes the fields as properties of an object the caller has started.</summary>
    /// <param name="writer">The writer, positioned inside an object.</param>
    /// <param name="options">Enum names or numbers, active or all array entries.</param>
    void WriteJsonProperties(System.Text.Json.Utf8JsonWriter writer, PageJsonOptions options = default);

    /// <summary>Writes the viewed bytes as one JSON object into a <see cref="RawJsonWriter"/>, the fastest way to build a document.</summary>
    /// <param name="json">The text to append to.</param>
    /// <param name="options">Enum names or numbers, active or all array entries.</param>
    void WriteJson(RawJsonWriter json, PageJsonOptions options = default);

    /// <summary>Writes the fields as properties of an object the caller has opened in <paramref name="json"/>.</summary>
    /// <param name="json">The text to append to, inside an object.</param>
    /// <param name="options">Enum names or numbers, active or all array entries.</param>
    void WriteJsonProperties(RawJsonWriter json, PageJsonOptions options = default);
}

/// <summary>A generated writable view over the bytes of one struct or page.</summary>
public interface IWritableStructView<TSelf>
    where TSelf : IWritableStructView<TSelf>, allows ref struct
{
    /// <summary>Size in bytes of one instance, as the layout declares it.</summary>
    static abstract int Size { get; }

    /// <summary>Creates a writable view over <paramref name="data"/>; nothing is copied.</summary>
    static abstract TSelf Create(Span<byte> data);
}

/// <summary>A generated read-only view over a whole shared-memory page.</summary>
public interface IPageView<TSelf> : IStructView<TSelf>
    where TSelf : IPageView<TSelf>, allows ref struct
{
    /// <summary>The page's metadata: segment name, size, consistency protocol and every field.</summary>
    static abstract PageDescription Page { get; }
}
