using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using SimLayouts.Generator.Tests.Infrastructure;

namespace SimLayouts.Generator.Tests;

/// <summary>
/// Whatever a layout file holds, the generator returns: either diagnostics, or code that compiles.
/// It never throws (which the compiler would report as CS8785) and never hits its internal-error guard.
/// </summary>
public sealed class RobustnessTests
{
    private const int MutantsPerLayout = 300;

    private static IEnumerable<string> LayoutFiles() => ["pcars2.layout.yaml", "acevo.layout.yaml"];

    [TestCaseSource(nameof(LayoutFiles))]
    public void Randomly_mutated_layouts_never_make_the_generator_throw(string file)
    {
        var original = GeneratorHarness.RealLayout(file).Split('\n');
        var seed = TestContext.CurrentContext.Random.Next();
        var random = new Random(seed);
        var compiled = 0;

        for (var i = 0; i < MutantsPerLayout; i++)
        {
            var mutant = Mutate(original, random);
            var run = GeneratorHarness.Run(mutant, "/layouts/" + file);

            Assert.That(run.Exception, Is.Null, $"seed {seed}, mutant {i}:\n{mutant}");
            Assert.That(run.GeneratorDiagnostics.Where(d => d.Id == "SL0099").Select(d => d.ToString()), Is.Empty, $"seed {seed}, mutant {i}");
            Assert.That(run.GeneratorDiagnostics.Where(d => d.Location.IsInSource).Select(d => d.Location.GetLineSpan().Path), Is.All.EndsWith(file), $"seed {seed}, mutant {i}");
            if (run.GeneratorDiagnostics.IsEmpty && compiled < 25)
            {
                // A mutant the generator accepts must produce code that compiles (checked on a sample: compiling is slow).
                compiled++;
                Assert.That(run.CompileErrors().Select(d => d.ToString()), Is.Empty, $"seed {seed}, mutant {i}:\n{mutant}");
            }
        }
    }

    [TestCase("")]
    [TestCase("# only a comment\n")]
    [TestCase("---\n...\n")]
    [TestCase("42")]
    [TestCase("[1, 2, 3]")]
    [TestCase("layout:")]
    [TestCase("layout: [x]\npages: 7")]
    [TestCase("layout: a\npages:\n  - name: P\n    segment: s\n    size: 99999999999999999999999\n")]
    [TestCase("layout: a\npages:\n  - name: P\n    segment: s\n    size: 8\n    fields:\n      - { name: f, offset: 2147483647, type: u64, dims: [2147483647, 2147483647] }\n")]
    [TestCase("layout: a\npages:\n  - &p { name: P, segment: s, size: 4, fields: [ *p ] }\n")]
    [TestCase("layout: a\nenums:\n  - { name: E, type: u64, values: [ { name: A, value: 18446744073709551615 }, { name: B, value: 0x10 } ] }\n")]
    [TestCase("layout: a\nenums:\n  - { name: E, type: i8, values: [ { name: A, value: 1.5 } ] }\n")]
    [TestCase("layout: a\n\tpages: []\n")]
    [TestCase("layout: \"unterminated\n")]
    [TestCase("layout: a\nstructs:\n  - { name: A, size: 4, fields: [ { name: b, offset: 0, type: B } ] }\n  - { name: B, size: 4, fields: [ { name: a, offset: 0, type: A } ] }\npages:\n  - { name: P, segment: s, size: 4, fields: [ { name: a, offset: 0, type: A } ] }\n")]
    [TestCase("layout: a\npages:\n  - { name: P, segment: s, size: 4, consistency: { protocol: seqlock }, fields: [] }\n")]
    [TestCase("\u0000\u0001\u0002garbage\uffff")]
    [TestCase("layout: a\nconstants:\n  - { name: HALF, value: 1.5 }\n  - { name: HUGE, value: 0xFFFFFFFFFFFFFFFF }\n")]
    [TestCase("layout: a\nversion: { field: v, current: 14.5 }\npages:\n  - { name: P, segment: s, size: 4, fields: [ { name: v, offset: 0, type: u32 } ] }\n")]
    [TestCase("layout: a\npages:\n  - { name: P, segment: s, size: 4, fields: [ { name: __, offset: 0, type: u32 } ] }\n")]
    [TestCase("layout: a\npages:\n  - { name: P, segment: s, size: 8, fields: [ { name: Offsets, offset: 0, type: u32 } ] }\n")]
    [TestCase("layout: a\npages:\n  - { name: P, segment: s, size: 8, fields: [ { name: x, offset: 0, type: string, length: 2147483647, dims: [2147483647] } ] }\n")]
    [TestCase("layout: a\nenums:\n  - { name: E, type: u8, values: [ { name: A, value: 4.0 } ] }\npages:\n  - { name: P, segment: s, size: 1, fields: [ { name: e, offset: 0, type: u8, enum: E } ] }\n")]
    public void Hostile_layout_text_gives_diagnostics_not_exceptions(string text)
    {
        var run = GeneratorHarness.Run(text);

        Assert.That(run.Exception, Is.Null);
        Assert.That(run.GeneratorDiagnostics.Select(d => d.Id), Has.None.EqualTo("SL0099"));
        Assert.That(run.CompileErrors().Select(d => d.ToString()), Is.Empty);
    }

    [Test]
    public void Deeply_nested_yaml_is_reported_not_overflowing_the_stack()
    {
        var text = "layout: a\npages: " + new string('[', 5000) + new string(']', 5000) + "\n";

        var run = GeneratorHarness.Run(text);

        Assert.That(run.Exception, Is.Null);
        Assert.That(run.GeneratorDiagnostics, Is.Not.Empty);
    }

    private static string Mutate(string[] lines, Random random)
    {
        var result = lines.ToList();
        var edits = random.Next(1, 4);
        for (var e = 0; e < edits && result.Count > 1; e++)
        {
            var at = random.Next(result.Count);
            switch (random.Next(7))
            {
                case 0:
                    result.RemoveAt(at);
                    break;
                case 1:
                    result.Insert(at, result[random.Next(result.Count)]);
                    break;
                case 2:
                    result[at] = Corrupt(result[at], random);
                    break;
                case 3:
                    result[at] = result[at].Length > 0 ? result[at][..random.Next(result[at].Length)] : "{";
                    break;
                case 4:
                    result[at] = new string(' ', random.Next(8)) + result[at].TrimStart();
                    break;
                case 5:
                    result[at] = ReplaceNumber(result[at], random);
                    break;
                default:
                    (result[at], result[^1]) = (result[^1], result[at]);
                    break;
            }
        }

        return string.Join('\n', result);
    }

    private static string Corrupt(string line, Random random)
    {
        const string Noise = "{}[]:,-#&*!|>'\"%@` \t\\?x0";
        var builder = new StringBuilder(line);
        var count = random.Next(1, 4);
        for (var i = 0; i < count; i++)
        {
            builder.Insert(random.Next(builder.Length + 1), Noise[random.Next(Noise.Length)]);
        }

        return builder.ToString();
    }

    private static string ReplaceNumber(string line, Random random)
    {
        var digits = line.Select((c, i) => (c, i)).Where(p => char.IsDigit(p.c)).Select(p => p.i).ToList();
        if (digits.Count == 0)
        {
            return line;
        }

        string[] replacements = ["-1", "0", "99999999999", "1.5", "0x7fffffff", "4294967296", "3"];
        var at = digits[random.Next(digits.Count)];
        return line[..at] + replacements[random.Next(replacements.Length)] + line[(at + 1)..];
    }
}
