using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using NUnit.Framework;
using SimLayouts.Bridge.Tests.Infrastructure;

namespace SimLayouts.Bridge.Tests.Exporting;

/// <summary>docs/export.md's DuckDB queries run as written against a fresh export named as the page names it.</summary>
[NonParallelizable]
public sealed partial class DocsExamplesTests
{
    [Test]
    public void The_duckdb_queries_of_docs_export_md_run_against_an_export()
    {
        var directory = Path.Combine(Path.GetTempPath(), "simlayouts-docs-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            var recording = Path.Combine(directory, "race.rec");
            SyntheticRecording.Write(recording, ExportTests.Layout("pcars2"), TimeSpan.FromSeconds(20), rate: 20);
            Assert.That(CommandLine.Run("export", recording).ExitCode, Is.EqualTo(0));
            var markdown = File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "docs", "export.md"));
            var queries = SqlBlock().Matches(markdown).SelectMany(block => block.Groups[1].Value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray();
            Assert.That(queries, Has.Length.GreaterThanOrEqualTo(3));

            using var connection = ExportTests.Open();
            // The queries name 'race.parquet' as a user in that folder would.
            ExportTests.Query(connection, $"SET file_search_path = '{directory}'");
            foreach (var query in queries)
            {
                var rows = ExportTests.Query(connection, query);
                Assert.That(rows, Is.Not.Empty, query);
                Assert.That(rows[0].Any(cell => cell is not DBNull), Is.True, query);
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [GeneratedRegex("```sql\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex SqlBlock();
}
