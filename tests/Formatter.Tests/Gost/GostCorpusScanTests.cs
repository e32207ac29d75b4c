using System.Text.RegularExpressions;
using Formatter.Core.Writers;
using Formatter.Diagnostics;

namespace Formatter.Tests.Gost;

/// <summary>
/// Issue 4 yardstick: every record of <c>corpus/public.csl.json</c> — the Russian and other Cyrillic ones above all —
/// renders in both GOST variants, and no entry has a doubled or dangling sign (<see cref="GostDefects"/>).
/// </summary>
public sealed partial class GostCorpusScanTests
{
    [SkippableTheory]
    [InlineData("gost-r-7.0.100-2018")]
    [InlineData("gost-r-7.0.5-2008")]
    public void No_entry_of_the_corpus_has_a_doubled_or_dangling_sign(string style)
    {
        var path = SharedData.Require("corpus/public.csl.json");
        var records = TestFormatter.Shared.Readers.ReadFile(path).Records;
        var list = TestFormatter.Shared.Format(records, style);
        Assert.DoesNotContain(list.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(records.Count, list.Entries.Count);

        var byId = records.ToDictionary(r => r.Id);
        var failures = new List<string>();
        var cyrillic = 0;
        foreach (var entry in list.Entries)
        {
            var text = PlainTextRenderer.Instance.Render(entry.Text);
            var record = byId[entry.Id];
            if (CyrillicLetter().IsMatch(record.Field("title") ?? "") || CyrillicLetter().IsMatch(record.Field("container-title") ?? "")) cyrillic++;
            var found = GostDefects.Find(text);
            if (found.Count > 0) failures.Add($"{entry.Id}: {string.Join(", ", found)}\n    {text}");
        }
        Assert.True(failures.Count == 0, $"{failures.Count} entries with defects:\n" + string.Join("\n", failures));
        Assert.True(cyrillic >= 60, $"only {cyrillic} records with a Cyrillic title or host were rendered");
    }

    [GeneratedRegex(@"[\u0400-\u04FF]{3}")]
    private static partial Regex CyrillicLetter();
}
