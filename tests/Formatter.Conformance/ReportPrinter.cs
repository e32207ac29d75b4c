using System.Globalization;

namespace Formatter.Conformance;

/// <summary>Prints the conformance table, the per-rule coverage and (optionally) the differences per style.</summary>
public static class ReportPrinter
{
    public static void PrintTable(IReadOnlyList<StyleReport> reports, TextWriter output)
    {
        output.WriteLine("| style | records | exact | agree (case-insensitive) | explained | unexplained | exact share of agreeing | html agree | citation agree (exact) | list order |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var r in reports)
        {
            var order = r.ListOrderIdentical == true ? "identical" : $"{r.EntriesInReferenceOrder} of {r.Total} in reference order";
            output.WriteLine($"| {r.Style} | {r.Total} | {Pct(r.Exact, r.Total)} | {Pct(r.Agree, r.Total)} | {Pct(r.Explained, r.Total)} | {Pct(r.Unexplained, r.Total)} | {Pct(r.Exact, r.Agree)} | {Pct(r.HtmlAgree, r.Total)} (+{r.HtmlExplained} explained) | {Pct(r.CiteAgree, r.Total)} ({Pct(r.CiteExact, r.Total)}) | {order} |");
        }
        output.WriteLine();
        foreach (var r in reports.Where(r => r.ExplainedBy.Count > 0))
        {
            output.WriteLine($"Divergence rules, {r.Style}:");
            foreach (var (rule, count) in r.ExplainedBy.OrderByDescending(p => p.Value))
                output.WriteLine($"  {rule,-50} {count,4} records");
        }
        foreach (var r in reports.Where(r => r.HasOrderRules))
            output.WriteLine($"List order, {r.Style}: {r.Total - r.EntriesInReferenceOrder} entries out of place; with the entries that documented collation rules move set aside, {r.MisplacedUnexplained} unexplained.");
        foreach (var r in reports.Where(r => r.HasCitationRules && r.CiteDifferences.Count > 0))
        {
            var explained = r.CiteExplainedBy.Values.Sum();
            output.WriteLine($"Citations, {r.Style}: {r.CiteDifferences.Count} differ ignoring case (counted as differing); {explained} of them by rules, {r.CiteDifferences.Count - explained} unexplained:");
            foreach (var (rule, count) in r.CiteExplainedBy.OrderByDescending(p => p.Value))
                output.WriteLine($"  {rule,-50} {count,4} records");
        }
        foreach (var r in reports.Where(r => r.HasLetterCaseRules && r.CaseOnlyItems.Count > 0))
        {
            var explained = r.CaseExplainedBy.Values.Sum();
            output.WriteLine($"Letter case, {r.Style}: {r.CaseOnlyItems.Count} entries agree only ignoring case (counted as agreeing, not exact); {explained} of them by letter-case rules, {r.CaseOnlyItems.Count - explained} unexplained:");
            foreach (var (rule, count) in r.CaseExplainedBy.OrderByDescending(p => p.Value))
                output.WriteLine($"  {rule,-50} {count,4} records");
        }
    }

    public static void WriteDetails(StyleReport report, string folder)
    {
        Directory.CreateDirectory(folder);
        using var file = new StreamWriter(Path.Combine(folder, report.Style + ".unexplained.txt"));
        foreach (var (id, type, ours, theirs) in report.UnexplainedItems)
        {
            file.WriteLine($"## {id} ({type})");
            file.WriteLine($"ours:   {ours}");
            file.WriteLine($"theirs: {theirs}");
            file.WriteLine();
        }
        using var explained = new StreamWriter(Path.Combine(folder, report.Style + ".explained.txt"));
        foreach (var (rule, id, type, ours, theirs) in report.ExplainedItems.OrderBy(e => e.Rule, StringComparer.Ordinal))
        {
            explained.WriteLine($"## {rule}: {id} ({type})");
            explained.WriteLine($"ours:   {ours}");
            explained.WriteLine($"theirs: {theirs}");
            explained.WriteLine();
        }
        using var cites = new StreamWriter(Path.Combine(folder, report.Style + ".citations.txt"));
        foreach (var (rule, id, ours, theirs) in report.CiteDifferences.OrderBy(e => e.Rule ?? "", StringComparer.Ordinal))
            cites.WriteLine($"{rule ?? "unexplained"}: {id}\n  ours:   {ours}\n  theirs: {theirs}");
        using var caseOnly = new StreamWriter(Path.Combine(folder, report.Style + ".case-only.txt"));
        foreach (var (rule, id, type, ours, theirs) in report.CaseOnlyItems.OrderBy(e => e.Rule ?? "", StringComparer.Ordinal))
        {
            caseOnly.WriteLine($"## {rule ?? "unexplained"}: {id} ({type})");
            caseOnly.WriteLine($"ours:   {ours}");
            caseOnly.WriteLine($"theirs: {theirs}");
            caseOnly.WriteLine($"words:  {string.Join(" | ", CaseOnlyWords(ours, theirs))}");
            caseOnly.WriteLine();
        }
        foreach (var (id, ours, theirs) in report.CiteCaseOnly)
            caseOnly.WriteLine($"cite {id}\n  ours:   {ours}\n  theirs: {theirs}");
        using var order = new StreamWriter(Path.Combine(folder, report.Style + ".order.txt"));
        foreach (var (position, ours, theirs) in report.OrderDifferences)
            order.WriteLine($"{position}\tours: {ours}\ttheirs: {theirs}");
        using var misplaced = new StreamWriter(Path.Combine(folder, report.Style + ".misplaced.txt"));
        foreach (var (rule, id, ours, theirs, text) in report.Misplaced)
            misplaced.WriteLine($"{rule ?? "unexplained"}\t{id}\tours: {ours}\ttheirs: {theirs}\t{text}");
    }

    /// <summary>The words whose case differs between two texts that agree case-insensitively (<c>ours → theirs</c>).</summary>
    private static IEnumerable<string> CaseOnlyWords(string ours, string theirs)
    {
        var a = ours.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var b = theirs.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (a.Length != b.Length) yield break;
        for (var i = 0; i < a.Length; i++)
            if (a[i] != b[i]) yield return a[i] + " → " + b[i];
    }

    private static string Pct(int part, int whole) =>
        whole == 0 ? "–" : (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture) + " %";
}
