using System;
using System.IO;
using SimLayouts.Publishing;

namespace SimLayouts.Recording;

/// <summary>
/// A recording file claimed by one recorder: claimed when recording starts, so a second recorder of the same file
/// is refused before either writes anything, and written only when the first frame comes, so recording nothing
/// (no game, an unreadable segment) leaves no header-only file and an existing file untouched. Replaying the file
/// while it grows is not affected.
/// </summary>
public sealed class RecordingFile : IDisposable
{
    private readonly FileStream _stream;
    private readonly bool _createdHere;
    private bool _disposed;

    private RecordingFile(string path, FileStream stream, bool createdHere)
    {
        Path = path;
        _stream = stream;
        _createdHere = createdHere;
    }

    /// <summary>The file.</summary>
    public string Path { get; }

    /// <summary>The writer, once <see cref="Start"/> was called; null before.</summary>
    public RecordingWriter? Writer { get; private set; }

    /// <summary>Claims <paramref name="path"/> for writing a recording; nothing is written yet.</summary>
    /// <exception cref="IOException">Another process writes the file, or it cannot be opened.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be written.</exception>
    public static RecordingFile Claim(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var existed = File.Exists(path);
        var stream = SingleWriterFile.Open(path, FileAccess.Write, bufferSize: 1 << 16);
        return new RecordingFile(path, stream, createdHere: !existed);
    }

    /// <summary>Replaces whatever the file held with the header of a recording of <paramref name="layout"/>.</summary>
    /// <exception cref="InvalidOperationException">The recording was already started.</exception>
    public RecordingWriter Start(LayoutDescription layout, DateTimeOffset startedAt)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (Writer is not null)
        {
            throw new InvalidOperationException($"The recording in {Path} was already started.");
        }

        _stream.SetLength(0);
        Writer = new RecordingWriter(_stream, layout, startedAt);
        return Writer;
    }

    /// <summary>Closes the recording; a file this claim created and never started is removed again.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (Writer is not null)
        {
            Writer.Dispose();
            return;
        }

        _stream.Dispose();
        if (_createdHere)
        {
            try
            {
                File.Delete(Path);
            }
            catch (IOException)
            {
                // Someone else has it now; it is theirs.
            }
        }
    }
}
