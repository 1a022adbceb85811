using System;
using System.Text.Json;
using SimLayouts.Reading;

namespace SimLayouts;

/// <summary>Writes a whole <see cref="LayoutFrame"/> as JSON through the generated writers of its pages.</summary>
public static class LayoutFrameJson
{
    /// <summary>
    /// Writes the frame as one JSON object: a one-page layout (pcars2) as that page's object; a layout of several
    /// pages (AC EVO) as an object with one property per page, named after it (<c>{"physics":{…},"graphics":{…},"static":{…}}</c>).
    /// </summary>
    /// <param name="frame">The frame.</param>
    /// <param name="writer">The writer; its own options decide indentation and escaping.</param>
    /// <param name="options">Enum names or numbers, active or all array entries.</param>
    public static void WriteJson(this LayoutFrame frame, Utf8JsonWriter writer, PageJsonOptions options = default)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var json = RawJsonWriter.Rent(writer);
        frame.WriteJson(json, options);
        json.WriteTo(writer);
        RawJsonWriter.Return(json);
    }

    /// <summary>Appends the frame as one JSON object to <paramref name="json"/>, shaped as <see cref="WriteJson(LayoutFrame, Utf8JsonWriter, PageJsonOptions)"/> describes.</summary>
    /// <param name="frame">The frame.</param>
    /// <param name="json">The text to append to.</param>
    /// <param name="options">Enum names or numbers, active or all array entries.</param>
    public static void WriteJson(this LayoutFrame frame, RawJsonWriter json, PageJsonOptions options = default)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(json);
        if (frame.PageCount == 1)
        {
            frame.Layout.Pages[0].WriteJson(frame[0].Bytes, json, options);
            return;
        }

        json.WriteRaw((byte)'{');
        frame.WritePagesAsProperties(json, options);
        json.WriteRaw((byte)'}');
    }

    /// <summary>Writes each page as a property named after it (<c>physics</c>, …) into an object the caller has started.</summary>
    /// <param name="frame">The frame.</param>
    /// <param name="writer">The writer, positioned inside an object.</param>
    /// <param name="options">Enum names or numbers, active or all array entries.</param>
    public static void WritePagesAsProperties(this LayoutFrame frame, Utf8JsonWriter writer, PageJsonOptions options = default)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var json = RawJsonWriter.Rent(writer);
        json.WriteRaw((byte)'{');
        frame.WritePagesAsProperties(json, options);
        json.WriteRaw((byte)'}');
        json.WritePropertiesTo(writer);
        RawJsonWriter.Return(json);
    }

    /// <summary>Appends each page as a property named after it (<c>physics</c>, …) to an object the caller has opened in <paramref name="json"/>.</summary>
    /// <param name="frame">The frame.</param>
    /// <param name="json">The text to append to, inside an object.</param>
    /// <param name="options">Enum names or numbers, active or all array entries.</param>
    public static void WritePagesAsProperties(this LayoutFrame frame, RawJsonWriter json, PageJsonOptions options = default)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(json);
        for (var index = 0; index < frame.PageCount; index++)
        {
            var page = frame.Layout.Pages[index];
            json.WritePropertyName(page.EncodedJsonNameAndColon);
            page.WriteJson(frame[index].Bytes, json, options);
        }
    }
}
