using System;

namespace SimLayouts.Recording;

/// <summary>A file is not a recording this program can replay: foreign, corrupt, of another format version, or of another layout.</summary>
public sealed class RecordingFormatException : Exception
{
    /// <summary>Creates the exception with no message.</summary>
    public RecordingFormatException()
    {
    }

    /// <summary>Creates the exception with a message for the user.</summary>
    public RecordingFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the error that caused it.</summary>
    public RecordingFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
