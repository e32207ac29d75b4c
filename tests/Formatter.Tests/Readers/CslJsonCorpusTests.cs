using System.Text.Json.Nodes;
using Formatter.Core.Readers;
using Formatter.Core.Readers.CslJson;
using Formatter.Diagnostics;

namespace Formatter.Tests.Readers;

/// <summary>corpus/public.csl.json reads without errors and survives a write–read round trip unchanged.</summary>
public class CslJsonCorpusTests
{
    [SkippableFact]
    public void Public_corpus_reads_without_problems_and_round_trips()
    {
        var path = SharedData.Require("corpus/public.csl.json");
        var result = ReaderRegistry.CreateDefault().ReadFile(path);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity != DiagnosticSeverity.Info);
        Assert.Equal(608, result.Records.Count);

        var original = JsonNode.Parse(File.ReadAllText(path))!.AsArray();
        var written = JsonNode.Parse(new CslJsonRecordWriter().Write(result.Records))!.AsArray();
        Assert.Equal(original.Count, written.Count);
        var failures = new List<string>();
        for (var i = 0; i < original.Count; i++)
        {
            foreach (var difference in JsonComparison.Differences((JsonObject)original[i]!, (JsonObject)written[i]!))
                failures.Add($"{original[i]!["id"]}: {difference}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [SkippableFact]
    public void Records_know_the_line_of_their_opening_brace()
    {
        var path = SharedData.Require("corpus/public.csl.json");
        var lines = File.ReadAllLines(path);
        var records = new CslJsonReader().Read(path, File.ReadAllText(path)).Records;
        Assert.All(records, r => Assert.Equal("{", lines[r.Source!.Value.Line - 1].Trim()));
        Assert.Equal(2, records[0].Source!.Value.Line);
    }

    [SkippableFact]
    public void Import_cases_give_every_expected_variable()
    {
        var folder = SharedData.Require("corpus/import/csl-json");
        var writer = new CslJsonRecordWriter();
        var failures = new List<string>();
        foreach (var expectedPath in Directory.GetFiles(folder, "*.csl.json"))
        {
            var input = expectedPath[..^".csl.json".Length] + ".json";
            var result = ReaderRegistry.CreateDefault().ReadFile(input);
            Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
            var expected = JsonNode.Parse(File.ReadAllText(expectedPath))!.AsArray();
            var actual = JsonNode.Parse(writer.Write(result.Records))!.AsArray();
            Assert.Equal(expected.Count, actual.Count);
            for (var i = 0; i < expected.Count; i++)
            {
                var want = (JsonObject)expected[i]!;
                var got = (JsonObject)actual[i]!;
                var extra = got.Select(p => p.Key).Except(want.Select(p => p.Key)).ToArray();
                foreach (var difference in JsonComparison.Differences(want, got, [.. extra, "id"]))
                    failures.Add($"{Path.GetFileName(input)}[{i}]: {difference}");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
