using System.Text;
using System.Text.Json.Nodes;
using Formatter.Core.Readers;
using Formatter.Core.Readers.CslJson;
using Xunit.Abstractions;

namespace Formatter.Tests.Readers;

/// <summary>
/// The BibTeX and RIS cases of corpus/import: every record is compared with the reference importer's record on the
/// variables the reference gives (see <see cref="ImportComparison"/>). Prints the figure per format and every
/// difference; each difference must be a documented divergence (<see cref="ImportDivergences"/>, explained in
/// KNOWN-DIVERGENCES.md), and records that are identical or differ only by documented divergences must be ≥ 95 %.
/// The strict figure (records identical on every shared variable; documented divergences do not count) must not
/// fall below <see cref="StrictFloor"/>: raise the floor when a change makes more records identical.
/// </summary>
public class ImportCorpusTests(ITestOutputHelper output)
{
    /// <summary>Records identical to the reference, per format, as last reached.</summary>
    private static readonly Dictionary<string, int> StrictFloor = new(StringComparer.Ordinal) { ["bibtex"] = 12, ["ris"] = 38 };

    [SkippableFact]
    public void Import_cases_match_the_reference_records_or_a_documented_divergence()
    {
        var root = SharedData.Require("corpus/import");
        var registry = ReaderRegistry.CreateDefault();
        var writer = new CslJsonRecordWriter();
        var report = new StringBuilder();
        var undocumented = new List<string>();
        var belowFloor = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int total = 0, identical = 0, explained = 0;
        foreach (var (format, extension) in (ValueTuple<string, string>[])[("bibtex", ".bib"), ("ris", ".ris")])
        {
            int formatTotal = 0, formatIdentical = 0, formatExplained = 0;
            foreach (var expectedPath in Directory.GetFiles(Path.Combine(root, format), "*.csl.json").Order(StringComparer.Ordinal))
            {
                var caseName = Path.GetFileName(expectedPath)[..^".csl.json".Length];
                var result = registry.ReadFile(expectedPath[..^".csl.json".Length] + extension);
                var expected = JsonNode.Parse(File.ReadAllText(expectedPath))!.AsArray();
                var actual = JsonNode.Parse(writer.Write(result.Records))!.AsArray();
                if (expected.Count != actual.Count)
                    undocumented.Add($"{format}/{caseName}: {actual.Count} records, expected {expected.Count}; {string.Join("; ", result.Diagnostics)}");
                for (var i = 0; i < expected.Count; i++)
                {
                    formatTotal++;
                    if (i >= actual.Count) continue;
                    var differences = ImportComparison.Differences((JsonObject)expected[i]!, (JsonObject)actual[i]!);
                    if (differences.Count == 0)
                    {
                        formatIdentical++;
                        continue;
                    }
                    var allDocumented = true;
                    foreach (var (variable, description) in differences)
                    {
                        seen.Add($"{format}/{caseName}[{i + 1}] {variable}");
                        var rule = ImportDivergences.Rule(format, caseName, i + 1, variable);
                        report.AppendLine($"  {format}/{caseName}[{i + 1}] {variable}: {description}  → {rule ?? "UNDOCUMENTED"}");
                        if (rule is null)
                        {
                            allDocumented = false;
                            undocumented.Add($"{format}/{caseName}[{i + 1}] {variable}: {description}");
                        }
                    }
                    if (allDocumented) formatExplained++;
                }
            }
            output.WriteLine($"{format}: {formatIdentical} of {formatTotal} records identical on the shared variables (strict); {formatExplained} more differ only by documented divergences");
            if (formatIdentical < StrictFloor[format]) belowFloor.Add($"{format}: {formatIdentical} identical, floor {StrictFloor[format]}");
            total += formatTotal;
            identical += formatIdentical;
            explained += formatExplained;
        }
        output.WriteLine($"all: {identical} of {total} strictly identical ({100.0 * identical / total:F1} %); with documented divergences {identical + explained} of {total} ({100.0 * (identical + explained) / total:F1} %)");
        output.WriteLine("differences:");
        output.WriteLine(report.ToString());
        var document = File.ReadAllText(Path.Combine(SharedData.RepoRoot, "tests", "KNOWN-DIVERGENCES.md"));
        Assert.All(ImportDivergences.Headings, heading => Assert.Contains("### " + heading + "\n", document, StringComparison.Ordinal));
        var stale = ImportDivergences.Entries.Where(e => !seen.Contains(e)).ToList();
        Assert.True(stale.Count == 0, "documented divergences that no longer occur (remove them):\n" + string.Join("\n", stale));
        Assert.True(belowFloor.Count == 0, "strict figure below its floor:\n" + string.Join("\n", belowFloor));
        Assert.True(undocumented.Count == 0, "undocumented differences:\n" + string.Join("\n", undocumented));
        Assert.True(identical + explained >= 0.95 * total, $"{identical + explained} of {total} records identical or documented: below 95 %");
    }
}
