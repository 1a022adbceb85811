using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using NUnit.Framework;

namespace SimLayouts.Bridge.Tests.Output;

/// <summary>
/// Frames and data on stdout are UTF-8 bytes whatever the console's encoding says. Checked on bytes: a string
/// comparison would decode them with the same wrong encoding that wrote them.
/// </summary>
[NonParallelizable]
public sealed class Utf8StandardOutputTests
{
    private static readonly string[] NonAsciiNames = ["André Negrão", "Søren Hansen", "佐藤 琢磨"];

    [Test]
    public void Program_writes_frames_to_the_standard_output_stream_as_utf8_bytes()
    {
        using var standardOutput = new MemoryStream();
        using var error = new StringWriter();

        var exitCode = Program.Run(["bridge", "--source", "sim", "--print", "--frames", "2", "--interval", "0.05"], standardOutput, error);

        Assert.That(exitCode, Is.EqualTo(0), error.ToString());
        var bytes = standardOutput.ToArray();
        AssertUtf8Frames(bytes, expectedLines: 2);
    }

    [Test]
    public void Program_flushes_what_a_command_leaves_in_the_writer()
    {
        using var standardOutput = new MemoryStream();

        var exitCode = Program.Run(["--help"], standardOutput, TextWriter.Null);

        Assert.That(exitCode, Is.EqualTo(0));
        Assert.That(Encoding.UTF8.GetString(standardOutput.ToArray()), Does.Contain(Program.Description));
    }

    /// <summary>
    /// .NET writes <c>Console.Out</c> in the console's encoding: the code page on Windows, the locale's charset on
    /// Linux. An ISO-8859-1 locale reproduces on Linux what a cp1252 console did on Windows ("André" as byte e9).
    /// </summary>
    [TestCase("bridge", "--source", "sim", "--print", "--frames", "1")]
    [TestCase("dump", "pcars2", "--source", "sim")]
    public void Stdout_is_utf8_in_a_process_whose_console_encoding_is_latin1(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(TestContext.CurrentContext.TestDirectory, "simlayouts.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["LC_ALL"] = "en_US.ISO-8859-1";
        start.Environment["LANG"] = "en_US.ISO-8859-1";
        using var process = Process.Start(start)!;
        using var bytes = new MemoryStream();
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.BaseStream.CopyTo(bytes);
        Assert.That(process.WaitForExit(60_000), Is.True, "simlayouts did not exit");

        Assert.That(process.ExitCode, Is.EqualTo(0), error.Result);
        AssertUtf8Frames(bytes.ToArray(), expectedLines: 1);
    }

    private static void AssertUtf8Frames(byte[] bytes, int expectedLines)
    {
        Assert.That(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble), Is.False, "no byte-order mark before the first frame");
        var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        var text = strict.GetString(bytes);
        foreach (var name in NonAsciiNames)
        {
            Assert.That(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(name)), Is.GreaterThanOrEqualTo(0), $"the UTF-8 bytes of {name}");
        }

        var lines = text.Split('\n');
        Assert.That(lines[^1], Is.Empty, "every line ends with \\n");
        Assert.That(lines[..^1], Has.Length.EqualTo(expectedLines));
        foreach (var line in lines[..^1])
        {
            using var document = JsonDocument.Parse(line);
            Assert.That(document.RootElement.ValueKind, Is.EqualTo(JsonValueKind.Object));
        }
    }
}
