using System.Diagnostics;
using System.Text.Json.Nodes;
using Formatter.Core.Readers;
using Formatter.Core.Readers.CslJson;
using Formatter.Diagnostics;

namespace Formatter.Tests.Readers;

/// <summary>The malformed pages of corpus/seed-format/bad give what its README asks: an error or a partial record, with file and line.</summary>
public class SeedBadDocumentTests
{
    private static readonly ReaderRegistry Registry = ReaderRegistry.CreateDefault();

    [SkippableTheory]
    [InlineData("empty.txt", 1, "empty document")]
    [InlineData("whitespace-only.txt", 1, "empty document")]
    [InlineData("title-only.txt", 1, "no 'Bibliographic Details' section")]
    [InlineData("binary-garbage.txt", 1, "byte offset 3")]
    [InlineData("no-title.txt", 1, "missing title")]
    [InlineData("windows-1251.txt", 12, "byte offset 512")]
    [InlineData("html-instead-of-text.txt", 1, "HTML")]
    [InlineData("long-line-summary-1mb.txt", 16, "too long")]
    [InlineData("long-line-title-1mb.txt", 1, "too long")]
    [InlineData("nul-in-value.txt", 10, "column 13")]
    public void Malformed_page_gives_an_error_naming_file_and_line(string file, int line, string message)
    {
        var path = Path.Combine(SharedData.Require("corpus/seed-format/bad"), file);
        var watch = Stopwatch.StartNew();
        var result = Registry.ReadFile(path);
        watch.Stop();
        Assert.Empty(result.Records);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(path, error.Location?.File);
        Assert.Equal(line, error.Location?.Line);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        // A hang guard, not a speed test (speed is measured by the benchmarks): a 1 MiB line or binary content must be
        // refused without scanning it quadratically; under a loaded CI machine a correct reader takes milliseconds.
        Assert.True(watch.ElapsedMilliseconds < 10_000, $"took {watch.ElapsedMilliseconds} ms");
    }

    [SkippableTheory]
    [InlineData("no-bibliographic-details.txt", new[] { 7 })]
    [InlineData("duplicate-labels.txt", new[] { 9, 11, 14 })]
    [InlineData("utf-16le-bom.txt", new int[0])]
    public void Damaged_page_gives_the_full_record_with_warnings_on_the_right_lines(string file, int[] warningLines)
    {
        var folder = SharedData.Require("corpus/seed-format");
        var path = Path.Combine(folder, "bad", file);
        var result = Registry.ReadFile(path);
        var record = Assert.Single(result.Records);
        Assert.False(result.HasErrors);
        var warnings = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning).ToList();
        Assert.Equal(warningLines, warnings.Select(w => w.Location!.Value.Line).ToArray());
        Assert.All(warnings, w => Assert.Equal(path, w.Location!.Value.File));
        var expected = (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "001.csl.json")))!.AsArray()[0]!;
        var actual = (JsonObject)JsonNode.Parse(new CslJsonRecordWriter().Write(record))!;
        Assert.Empty(JsonComparison.Differences(expected, actual, "id"));
    }

    [SkippableFact]
    public void Duplicate_warnings_name_the_line_of_the_first_occurrence()
    {
        var path = Path.Combine(SharedData.Require("corpus/seed-format/bad"), "duplicate-labels.txt");
        var warnings = Registry.ReadFile(path).Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning).ToList();
        Assert.Contains("first on line 8", warnings[0].Message, StringComparison.Ordinal);
        Assert.Contains("first on line 10", warnings[1].Message, StringComparison.Ordinal);
        Assert.Contains("first on line 13", warnings[2].Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Truncated_page_gives_the_fields_before_the_cut()
    {
        var path = Path.Combine(SharedData.Require("corpus/seed-format/bad"), "truncated.txt");
        var record = Assert.Single(Registry.ReadFile(path).Records);
        Assert.Equal("article-journal", record.Type);
        Assert.Equal("Batyuk", record.NameList("author").Single().Family);
        Assert.Equal("en", record.Field("language"));
        Assert.Equal("Moscow Univ", record.Field("publisher"));
        Assert.Null(record.Date("issued"));
        Assert.Null(record.Field("container-title"));
        Assert.Null(record.Field("URL"));
        Assert.Null(record.Field("ISSN"));
    }
}
