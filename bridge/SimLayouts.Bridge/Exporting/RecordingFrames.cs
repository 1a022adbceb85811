using System;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using SimLayouts.Reading;
using SimLayouts.Recording;
using SimLayouts.Sources;

namespace SimLayouts.Bridge.Exporting;

/// <summary>
/// A recording of any known layout read frame by frame the way a replay reads it (a <see cref="LayoutReader"/> over a
/// <see cref="ReplaySource"/> as fast as possible), with each frame's recorded capture time and how far through the
/// file it is.
/// </summary>
internal sealed class RecordingFrames : IDisposable
{
    private readonly FileStream _file;
    private readonly ReplaySource _source;

    private RecordingFrames(FileStream file, ReplaySource source, LayoutReader reader)
    {
        _file = file;
        _source = source;
        Reader = reader;
    }

    /// <summary>The reader of the recording's frames.</summary>
    public LayoutReader Reader { get; }

    /// <summary>The layout the recording is of.</summary>
    public LayoutDescription Layout => Reader.Layout;

    /// <summary>When the current frame was captured: the recording's start plus the frame's recorded time.</summary>
    public DateTimeOffset CapturedAt => _source.Recording.Header.StartedAt + _source.Recording.Timestamp;

    /// <summary>How far through the file reading is, from 0 to 1.</summary>
    public double Progress => _file.Length == 0 ? 1 : Math.Min(1, (double)_file.Position / _file.Length);

    /// <summary>Why the recording stopped before its end (cut off, damaged), or null.</summary>
    public string? StopReason => _source.Recording.StopReason;

    /// <summary>Opens the recording at <paramref name="path"/> and finds its layout among the built-in ones.</summary>
    public static bool TryOpen(string path, [NotNullWhen(true)] out RecordingFrames? frames, [NotNullWhen(false)] out string? error)
    {
        frames = null;
        FileStream file;
        try
        {
            file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error = $"cannot read {path}: {exception.Message}";
            return false;
        }

        try
        {
            var header = RecordingHeader.ReadFrom(file, path);
            if (!BuiltInLayouts.TryGet(header.LayoutName, out var layout))
            {
                file.Dispose();
                error = $"{path} is a recording of layout '{header.LayoutName}', which this program does not know (it knows {string.Join(", ", BuiltInLayouts.Names)}).";
                return false;
            }

            file.Position = 0;
            var source = new ReplaySource(new RecordingReader(file, layout, path), ReplaySpeed.AsFastAsPossible, $"recording {path}");
            frames = new RecordingFrames(file, source, new LayoutReader(layout, source));
            error = null;
            return true;
        }
        catch (RecordingFormatException exception)
        {
            file.Dispose();
            error = exception.Message;
            return false;
        }
    }

    /// <inheritdoc/>
    public void Dispose() => Reader.Dispose();
}
