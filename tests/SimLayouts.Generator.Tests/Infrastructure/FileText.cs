using System;
using System.IO;

namespace SimLayouts.Generator.Tests.Infrastructure;

/// <summary>Edits a file of a scratch project the way a person would: find a piece of text, change it.</summary>
internal static class FileText
{
    /// <summary>Replaces <paramref name="find"/> (which must be there, or the test fails) with <paramref name="replace"/>.</summary>
    public static void Replace(string path, string find, string replace)
    {
        var text = File.ReadAllText(path);
        Assert.That(text, Does.Contain(find), $"{path} no longer contains the text the test edits");
        File.WriteAllText(path, text.Replace(find, replace, StringComparison.Ordinal));
    }

    /// <summary>The one-based line and column of the first occurrence of <paramref name="text"/>, as MSBuild prints positions.</summary>
    public static (int Line, int Column) PositionOf(string path, string text)
    {
        var lines = File.ReadAllLines(path);
        var line = Array.FindIndex(lines, l => l.Contains(text, StringComparison.Ordinal));
        Assert.That(line, Is.GreaterThanOrEqualTo(0), $"{path} does not contain {text}");
        return (line + 1, lines[line].IndexOf(text, StringComparison.Ordinal) + 1);
    }

    /// <summary>Copies the folder <paramref name="source"/> to <paramref name="destination"/>, leaving out bin/ and obj/.</summary>
    public static void CopyFolder(string source, string destination)
    {
        Directory.CreateDirectory(destination);
        foreach (var file in Directory.EnumerateFiles(source))
        {
            File.Copy(file, Path.Combine(destination, Path.GetFileName(file)));
        }

        foreach (var folder in Directory.EnumerateDirectories(source))
        {
            var name = Path.GetFileName(folder);
            if (name is not ("bin" or "obj"))
            {
                CopyFolder(folder, Path.Combine(destination, name));
            }
        }
    }
}
