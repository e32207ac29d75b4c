using System.Text;
using System.Text.Json.Nodes;
using Formatter.Core.Readers;
using Formatter.Core.Readers.CslJson;
using Formatter.Diagnostics;
using Xunit.Abstractions;

namespace Formatter.Tests.Readers;

/// <summary>Every page of corpus/seed-format parses to its expected record, field by field (ids aside).</summary>
public class SeedCorpusTests(ITestOutputHelper output)
{
    [SkippableFact]
    public void Every_seed_format_page_matches_its_expected_record()
    {
        var folder = SharedData.Require("corpus/seed-format");
        var registry = ReaderRegistry.CreateDefault();
        var writer = new CslJsonRecordWriter();
        var pages = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).ToList();
        var failures = new StringBuilder();
        var identical = 0;
        var compared = 0;
        foreach (var page in pages)
        {
            var expectedPath = Path.ChangeExtension(page, null) + ".csl.json";
            if (!File.Exists(expectedPath)) continue;
            compared++;
            var result = registry.ReadFile(page);
            var name = Path.GetFileName(page);
            if (result.Records.Count != 1)
            {
                failures.AppendLine($"{name}: {result.Records.Count} records; {string.Join("; ", result.Diagnostics)}");
                continue;
            }
            var expected = (JsonObject)JsonNode.Parse(File.ReadAllText(expectedPath))!.AsArray()[0]!;
            var actual = (JsonObject)JsonNode.Parse(writer.Write(result.Records[0]))!;
            var differences = JsonComparison.Differences(expected, actual, "id");
            if (differences.Count == 0) identical++;
            foreach (var difference in differences) failures.AppendLine($"{name}: {difference}");
        }
        output.WriteLine($"{identical} of {compared} seed-format pages identical");
        Assert.True(compared > 0, "no page with an expected record found in " + folder);
        Assert.True(failures.Length == 0 && identical == compared, $"{identical} of {compared} pages identical.\n{failures}");
    }

    [SkippableFact]
    public void The_project_seed_document_matches_seed_000()
    {
        var seeds = SharedData.Require("seeds");
        var expectedPath = SharedData.Require("corpus/seed-000.csl.json");
        var page = Directory.GetFiles(seeds, "000_*.txt").Single();
        var result = ReaderRegistry.CreateDefault().ReadFile(page);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity != DiagnosticSeverity.Info);
        var expected = (JsonObject)JsonNode.Parse(File.ReadAllText(expectedPath))!.AsArray()[0]!;
        var actual = (JsonObject)JsonNode.Parse(new CslJsonRecordWriter().Write(result.Records.Single()))!;
        Assert.Empty(JsonComparison.Differences(expected, actual, "id", "abstract"));
    }
}
