using System;
using System.IO;
using SimLayouts.Pcars2;

namespace SimLayouts.Sample;

/// <summary>
/// Where the sample gets its pcars2 page from: the one place to change when reading from the game (or the
/// runtime's simulator) instead of from a file.
/// </summary>
internal static class Pcars2PageSource
{
    /// <summary>
    /// The raw bytes of a <c>$pcars2$</c> page saved to <paramref name="path"/>, or, without a path, a page built
    /// here with <see cref="SharedMemoryWritableView"/>. Returns null with <paramref name="problem"/> set when the
    /// file cannot be read or is too short to be a pcars2 page.
    /// </summary>
    public static byte[]? Load(string? path, out string origin, out string? problem)
    {
        problem = null;
        if (path is null)
        {
            origin = "a page built with SharedMemoryWritableView";
            return BuildDemoPage();
        }

        origin = path;
        byte[] page;
        try
        {
            page = File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            problem = $"cannot read {path}: {exception.Message}";
            return null;
        }

        // The oldest revision the layout knows (v9) is the shortest page; anything shorter is not a pcars2 page.
        if (new SharedMemoryView(page).Revision is null)
        {
            problem = $"{path} holds {page.Length} bytes, fewer than any pcars2 page revision ({SharedMemoryView.Page.Revisions[0].Size} bytes or more)";
            return null;
        }

        return page;
    }

    private static byte[] BuildDemoPage()
    {
        var page = new byte[SharedMemoryLayout.Size];
        var writer = new SharedMemoryWritableView(page);
        writer.Version = 14;
        writer.GameState = GameState.IngamePlaying;
        writer.CarName = "Formula Demo";
        writer.TrackLocation = "Brands Hatch";
        writer.Speed = 52.5f;
        writer.Rpm = 8800f;
        writer.MaxRPM = 9000f;
        writer.Gear = 4;
        writer.NumParticipants = 1;
        writer.ViewedParticipantIndex = 0;
        var driver = writer.ParticipantInfo[0];
        driver.IsActive = true;
        driver.Name = "Ace Driver";
        return page;
    }
}
