using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SimLayouts.Generator.Tests.Infrastructure;

namespace SimLayouts.Generator.Tests;

/// <summary>
/// The pipeline caches: an edit that changes nothing a layout means (C# elsewhere, a YAML comment) does not
/// regenerate code, and no step output holds compiler objects that would defeat caching.
/// </summary>
public sealed class IncrementalityTests
{
    private const string LayoutPath = "/layouts/pcars2.layout.yaml";

    private static readonly string[] LayoutSteps =
        [TrackingNames.Source, TrackingNames.Compiled, TrackingNames.Diagnostics, TrackingNames.Model, TrackingNames.RegisteredLayout, TrackingNames.Registry];

    [Test]
    public void An_unrelated_csharp_edit_leaves_every_step_cached_or_unchanged()
    {
        var compilation = GeneratorHarness.Compilation(["public class A { }"]);
        var driver = GeneratorHarness.Driver([Layout()]).RunGenerators(compilation);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("public class B { }", GeneratorHarness.ParseOptions));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (var step in LayoutSteps.Append(TrackingNames.RuntimeReferenced))
        {
            Assert.That(Reasons(result, step), Is.All.AnyOf(IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged), step);
        }

        Assert.That(OutputReasons(result), Is.All.EqualTo(IncrementalStepRunReason.Cached));
    }

    [Test]
    public void A_comment_only_yaml_edit_does_not_regenerate_code()
    {
        var original = Layout();
        var compilation = GeneratorHarness.Compilation([]);
        var driver = GeneratorHarness.Driver([original]).RunGenerators(compilation);

        var commented = new LayoutText(LayoutPath, "# a comment that moves every line down\n" + original.GetText()!.ToString().Replace("\n  - name: Tyres", "\n  # a comment inside\n  - name: Tyres", StringComparison.Ordinal));
        var result = driver.ReplaceAdditionalText(original, commented).RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.That(Reasons(result, TrackingNames.Source), Is.All.EqualTo(IncrementalStepRunReason.Modified), "the text did change");
        foreach (var step in new[] { TrackingNames.Model, TrackingNames.RegisteredLayout, TrackingNames.Registry })
        {
            Assert.That(Reasons(result, step), Is.All.AnyOf(IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged), step);
        }

        Assert.That(OutputReasons(result), Is.All.EqualTo(IncrementalStepRunReason.Cached));
    }

    [Test]
    public void A_meaningful_yaml_edit_does_regenerate_code()
    {
        var original = Layout();
        var compilation = GeneratorHarness.Compilation([]);
        var driver = GeneratorHarness.Driver([original]).RunGenerators(compilation);

        var edited = new LayoutText(LayoutPath, original.GetText()!.ToString().Replace("name: mSpeed, offset: 6848, type: f32", "name: mSpeed, offset: 6848, type: f32, csharp: SpeedMetresPerSecond", StringComparison.Ordinal));
        var result = driver.ReplaceAdditionalText(original, edited).RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.That(Reasons(result, TrackingNames.Model), Is.All.EqualTo(IncrementalStepRunReason.Modified));
        Assert.That(Reasons(result, TrackingNames.RegisteredLayout), Is.All.EqualTo(IncrementalStepRunReason.Unchanged), "the layout's names did not change");
        Assert.That(Reasons(result, TrackingNames.Registry), Is.All.AnyOf(IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged));
        Assert.That(OutputReasons(result), Does.Contain(IncrementalStepRunReason.Modified));
        Assert.That(result.GeneratedSources.Any(s => s.SourceText.ToString().Contains("SpeedMetresPerSecond", StringComparison.Ordinal)));
    }

    [Test]
    public void Step_outputs_hold_no_symbols_syntax_nodes_compilations_or_locations()
    {
        var compilation = GeneratorHarness.Compilation([]);
        var bad = new LayoutText("/layouts/bad.layout.yaml", "layout: x\npages:\n  - { name: P, segment: s, size: 4, fields: [ { name: a, offset: 9, type: u32 } ] }\n");
        var result = GeneratorHarness.Driver([Layout(), bad]).RunGenerators(compilation).GetRunResult().Results.Single();

        foreach (var step in LayoutSteps.Append(TrackingNames.RuntimeReferenced))
        {
            foreach (var output in result.TrackedSteps[step].SelectMany(s => s.Outputs))
            {
                AssertNoCompilerObjects(output.Value, step, depth: 0, seen: new HashSet<object>(ReferenceEqualityComparer.Instance));
            }
        }
    }

    private static LayoutText Layout() => new(LayoutPath, GeneratorHarness.RealLayout("pcars2.layout.yaml"));

    private static IEnumerable<IncrementalStepRunReason> Reasons(GeneratorRunResult result, string step)
    {
        Assert.That(result.TrackedSteps.ContainsKey(step), $"no step named {step}");
        return result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason);
    }

    private static IEnumerable<IncrementalStepRunReason> OutputReasons(GeneratorRunResult result) =>
        result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Select(o => o.Reason);

    private static void AssertNoCompilerObjects(object? value, string step, int depth, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value is decimal || value is Enum || depth > 12 || !seen.Add(value))
        {
            return;
        }

        Assert.That(
            value is ISymbol or SyntaxNode or Compilation or SemanticModel or Location or SyntaxTree,
            Is.False,
            $"step {step} holds a {value.GetType().Name}");

        if (value is IEnumerable items)
        {
            foreach (var item in items)
            {
                AssertNoCompilerObjects(item, step, depth + 1, seen);
            }
        }

        foreach (var field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertNoCompilerObjects(field.GetValue(value), step, depth + 1, seen);
        }
    }
}
