using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using SimLayouts.Generator.Tests.Infrastructure;

namespace SimLayouts.Generator.Tests;

/// <summary>
/// The code the generator emits for five layouts is checked in under <c>Baselines/&lt;layout&gt;/&lt;hint name&gt;</c>, so
/// a change to an emitter shows up in review as a readable diff of generated code. Any difference fails; after a
/// deliberate change, rewrite the files with
/// <c>SIMLAYOUTS_UPDATE_BASELINES=1 dotnet test tests/SimLayouts.Generator.Tests --filter Baseline</c> and commit them.
/// </summary>
public sealed class BaselineTests
{
    /// <summary>The environment variable that makes the test rewrite the baselines instead of comparing.</summary>
    public const string UpdateVariable = "SIMLAYOUTS_UPDATE_BASELINES";

    private static readonly UTF8Encoding Utf8WithoutBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// The demo layout of layouts/README.md ("A complete example"), so the documented example is also the one whose
    /// generated code is on record, pcars2 as the runtime compiles it, and acc for its UTF-16 strings. RaceRoom and
    /// rFactor 2 generate 0.8 and 1 MB: of them only the files that show what they brought are on record (the other
    /// files come from the same emitters the first three record).
    /// </summary>
    private static IEnumerable<TestCaseData> Layouts()
    {
        yield return new TestCaseData("demo", "demo.layout.yaml", new Func<string>(ReadmeDemoLayout), Array.Empty<string>()).SetName("Baseline of demo (the layouts/README.md example)");
        yield return Bundled("pcars2", "Baseline of pcars2");
        yield return Bundled("acc", "Baseline of acc (UTF-16 strings)");

        // RaceRoom: the version gate and minor in the layout's description; pack(1) members read at odd offsets and
        // Has{Field} told by the minor version in the page's view and JSON; a struct of the driver array.
        yield return Bundled(
            "r3e", "Baseline of r3e (version gate, revisions by minor, pack 1): a subset",
            "SimLayouts.R3e.R3eLayout.g.cs", "SimLayouts.R3e.SharedView.g.cs", "SimLayouts.R3e.SharedView.Json.g.cs",
            "SimLayouts.R3e.R3eDriverDataView.g.cs", "SimLayouts.Generated.CompiledLayouts.g.cs");

        // rFactor 2: the telemetry page's version block and bytes-updated hint (its metadata), its counted vehicle
        // array in JSON, and the wheels inside each vehicle (arrays of structs inside arrays of structs).
        yield return Bundled(
            "rf2", "Baseline of rf2 (version block, hint, counted and nested arrays of structs): a subset",
            "SimLayouts.Rf2.Rf2Layout.g.cs", "SimLayouts.Rf2.TelemetryLayout.g.cs", "SimLayouts.Rf2.TelemetryView.g.cs",
            "SimLayouts.Rf2.TelemetryView.Json.g.cs", "SimLayouts.Rf2.TelemetryWritableView.g.cs",
            "SimLayouts.Rf2.TelemInfoV01View.g.cs", "SimLayouts.Rf2.TelemInfoV01View.Json.g.cs",
            "SimLayouts.Rf2.TelemWheelV01View.g.cs", "SimLayouts.Rf2.TelemWheelV01View.Json.g.cs",
            "SimLayouts.Generated.CompiledLayouts.g.cs");
    }

    /// <param name="only">The generated files on record; none: all of them.</param>
    [TestCaseSource(nameof(Layouts))]
    public void Generated_code_matches_the_checked_in_baseline(string name, string fileName, Func<string> yaml, string[] only)
    {
        var run = GeneratorHarness.Run(yaml(), "/layouts/" + fileName);
        Assert.That(run.GeneratorDiagnostics.Select(d => d.ToString()), Is.Empty);
        var all = run.GeneratedSources.ToDictionary(source => source.HintName, source => source.SourceText.ToString(), StringComparer.Ordinal);
        Assert.That(all.Keys, Is.SupersetOf(only), "a file the subset names is no longer generated");
        var generated = only.Length == 0 ? all : all.Where(pair => only.Contains(pair.Key, StringComparer.Ordinal)).ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
        var folder = Path.Combine(RepositoryPaths.Root, "tests", "SimLayouts.Generator.Tests", "Baselines", name);

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            Rewrite(folder, generated);
            Assert.Pass($"rewrote {generated.Count} baseline files in {folder}");
        }

        var recorded = Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.cs").ToDictionary(path => Path.GetFileName(path)!, path => File.ReadAllText(path, Utf8WithoutBom), StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal);
        var hint = $"If the change is intended, run `{UpdateVariable}=1 dotnet test tests/SimLayouts.Generator.Tests --filter Baseline` and commit Baselines/{name}.";

        Assert.That(generated.Keys.Order(StringComparer.Ordinal), Is.EqualTo(recorded.Keys.Order(StringComparer.Ordinal)), "the generated files. " + hint);
        foreach (var (hintName, text) in generated.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            if (FirstDifference(recorded[hintName], text) is { } difference)
            {
                Assert.Fail($"{hintName} differs from its baseline at line {difference.Line}:\n  baseline:  {difference.Expected}\n  generated: {difference.Actual}\n{hint}");
            }
        }
    }

    /// <summary>A layout of layouts/ by name, with the generated files on record (<paramref name="only"/>; none: all).</summary>
    private static TestCaseData Bundled(string name, string testName, params string[] only) =>
        new TestCaseData(name, name + ".layout.yaml", new Func<string>(() => File.ReadAllText(Path.Combine(RepositoryPaths.Root, "layouts", name + ".layout.yaml"))), only).SetName(testName);

    /// <summary>The first <c>```yaml</c> block after the heading "A complete example" of layouts/README.md.</summary>
    private static string ReadmeDemoLayout()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "layouts", "README.md"));
        var section = readme.IndexOf("## A complete example", StringComparison.Ordinal);
        Assert.That(section, Is.GreaterThanOrEqualTo(0), "layouts/README.md has no section 'A complete example'");
        var start = readme.IndexOf("```yaml\n", section, StringComparison.Ordinal) + "```yaml\n".Length;
        var end = readme.IndexOf("\n```", start, StringComparison.Ordinal);
        return readme[start..end] + "\n";
    }

    private static void Rewrite(string folder, Dictionary<string, string> generated)
    {
        Directory.CreateDirectory(folder);
        foreach (var stale in Directory.EnumerateFiles(folder, "*.cs").Where(path => !generated.ContainsKey(Path.GetFileName(path))))
        {
            File.Delete(stale);
        }

        foreach (var (hintName, text) in generated)
        {
            File.WriteAllText(Path.Combine(folder, hintName), text, Utf8WithoutBom);
        }
    }

    private static (int Line, string Expected, string Actual)? FirstDifference(string expected, string actual)
    {
        if (string.Equals(expected, actual, StringComparison.Ordinal))
        {
            return null;
        }

        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var left = i < expectedLines.Length ? expectedLines[i] : "(end of file)";
            var right = i < actualLines.Length ? actualLines[i] : "(end of file)";
            if (!string.Equals(left, right, StringComparison.Ordinal))
            {
                return (i + 1, Visible(left), Visible(right));
            }
        }

        return (1, "(same lines, different line endings)", string.Empty);
    }

    /// <summary>A line as it is, with a carriage return shown: a baseline checked out with CRLF is a different file.</summary>
    private static string Visible(string line) => line.Replace("\r", "\\r", StringComparison.Ordinal);
}
