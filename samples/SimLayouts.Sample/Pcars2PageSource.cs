using System;
using System.IO;
using SimLayouts.Pcars2;
using SimLayouts.Publishing;
using SimLayouts.Reading;
using SimLayouts.Sources;

namespace SimLayouts.Sample;

/// <summary>
/// Where the sample gets its pcars2 page from, always through the runtime's <see cref="LayoutReader"/>: a page
/// file, the running game's shared memory (<c>shm</c>, or <c>shm:DIR</c> for a Proton bridge's directory), or,
/// with no argument, a page the sample publishes itself into a temporary shared-memory directory.
/// </summary>
internal static class Pcars2PageSource
{
    /// <summary>
    /// A torn-free copy of the page, or null with <paramref name="problem"/> set when there is none (no such
    /// file, a file too short to be a pcars2 page, no game running).
    /// </summary>
    public static byte[]? Load(string? argument, out string origin, out string? problem)
    {
        problem = null;
        if (argument is null)
        {
            origin = "a page built with SharedMemoryWritableView";
            return ReadPublishedDemoPage(out problem);
        }

        if (argument == "shm" || argument.StartsWith("shm:", StringComparison.Ordinal))
        {
            var directory = argument.Length > 4 ? argument[4..] : null;
            using var shm = SharedMemorySource.Create(directory);
            origin = shm.Description;
            return Read(shm, out problem);
        }

        origin = argument;
        if (!File.Exists(argument))
        {
            problem = $"cannot read {argument}: no such file";
            return null;
        }

        // The oldest revision the layout knows (v9) is the shortest page; anything shorter is not a pcars2 page.
        var length = new FileInfo(argument).Length;
        if (length < SharedMemoryView.Page.Revisions[0].Size)
        {
            problem = $"{argument} holds {length} bytes, fewer than any pcars2 page revision ({SharedMemoryView.Page.Revisions[0].Size} bytes or more)";
            return null;
        }

        using var file = new PageFileSource(argument);
        return Read(file, out problem);
    }

    private static byte[]? Read(ISegmentSource source, out string? problem)
    {
        using var reader = new LayoutReader(Pcars2Layout.Description, source);
        switch (reader.PollFirstFrame(out var frame))
        {
            case PollResult.Frame:
                using (frame)
                {
                    problem = null;
                    return frame!.Page<SharedMemoryView>().Bytes.ToArray();
                }

            case PollResult.Waiting or PollResult.Ended:
                problem = $"no pcars2 page in {source.Description}: is the game running?";
                return null;
            default:
                problem = $"{source.Description} changed during every copy";
                return null;
        }
    }

    /// <summary>Publishes a demo page the way a game does (seqlock and all) and reads it back as a game's page.</summary>
    private static byte[]? ReadPublishedDemoPage(out string? problem)
    {
        var directory = Path.Combine(Path.GetTempPath(), "simlayouts-sample-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            using (var publisher = PagePublisher.Create<SharedMemoryView>(directory))
            {
                publisher.Publish(BuildDemoPage());
                using var shm = SharedMemorySource.Create(directory);
                return Read(shm, out problem);
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static byte[] BuildDemoPage()
    {
        var page = new byte[SharedMemoryLayout.Size];
        var writer = new SharedMemoryWritableView(page);
        writer.Version = Pcars2Constants.SharedMemoryVersion;
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
