using System.Text.RegularExpressions;
using Formatter.Conformance.Divergences;
using Formatter.Core.Api;
using Formatter.Core.Writers;
using Formatter.Records;

namespace Formatter.Conformance;

/// <summary>Formats every record alone and the corpus as one list, and classifies each record against the reference.</summary>
public static partial class StyleConformance
{
    public static StyleReport Run(CitationFormatter formatter, string style, IReadOnlyList<Record> records, ReferenceFile reference, bool numbered)
    {
        var report = new StyleReport(style, records.Count);
        var rules = DivergenceCatalog.For(style);
        foreach (var record in records)
        {
            if (!reference.Items.TryGetValue(record.Id, out var expected)) continue;
            var list = formatter.Format([record], style);
            var entry = list.Entries.Count == 1 ? list.Entries[0] : null;
            if (entry is null) report.Failed++;
            var ours = entry is null ? "" : PlainTextRenderer.Instance.Render(entry.Text);
            var oursHtml = entry is null ? "" : HtmlRenderer.Instance.Render(entry.Text);
            var theirs = numbered ? WithoutLabel(expected.Text) : expected.Text.Trim();
            var textAgrees = Same(ours, theirs, ignoreCase: true);
            if (ours == theirs) report.Exact++;
            var rule = textAgrees ? null : rules.FirstOrDefault(r => r.Covers(record));
            if (textAgrees) report.Agree++;
            if (textAgrees && !Same(ours, theirs, ignoreCase: false)) report.CaseOnlyItems.Add((record.Id, record.Type, ours, theirs));
            else if (rule is not null)
            {
                report.ExplainedBy[rule.Id] = report.ExplainedBy.GetValueOrDefault(rule.Id) + 1;
                report.ExplainedItems.Add((rule.Id, record.Id, record.Type, ours, theirs));
            }
            else report.UnexplainedItems.Add((record.Id, record.Type, ours, theirs));

            if (Same(HtmlCanonicalizer.Canonical(oursHtml), (numbered ? WithoutLabel(HtmlCanonicalizer.Canonical(expected.Html)) : HtmlCanonicalizer.Canonical(expected.Html)), ignoreCase: true)) report.HtmlAgree++;
            else if (rule is not null || (!textAgrees && rules.Any(r => r.Covers(record)))) report.HtmlExplained++;

            var cite = entry?.Citation is null ? "" : PlainTextRenderer.Instance.Render(entry.Citation);
            if (cite == expected.Cite) report.CiteExact++;
            if (Same(cite, expected.Cite, ignoreCase: true))
            {
                report.CiteAgree++;
                if (cite != expected.Cite) report.CiteCaseOnly.Add((record.Id, cite, expected.Cite));
            }
            else report.CiteDifferences.Add((record.Id, cite, expected.Cite));
        }
        CompareOrder(formatter, style, records, reference, report);
        return report;
    }

    private static void CompareOrder(CitationFormatter formatter, string style, IReadOnlyList<Record> records, ReferenceFile reference, StyleReport report)
    {
        var list = formatter.Format(records, style);
        var ours = list.Entries.Select(e => e.Id).ToList();
        report.ListOrderIdentical = ours.SequenceEqual(reference.ListOrder);
        report.EntriesInReferenceOrder = InOrder(ours, reference.ListOrder);
        for (var i = 0; i < Math.Max(ours.Count, reference.ListOrder.Count); i++)
        {
            var a = i < ours.Count ? ours[i] : "(none)";
            var b = i < reference.ListOrder.Count ? reference.ListOrder[i] : "(none)";
            if (a == b) continue;
            report.ListOrderDifferences++;
            if (report.OrderDifferences.Count < 40) report.OrderDifferences.Add(((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), a, b));
        }
    }

    /// <summary>
    /// How many entries stand in the reference's relative order: the longest run of our entries whose reference
    /// positions increase (one entry moved from first to last shifts every position, but only one entry is out of order).
    /// </summary>
    private static int InOrder(IReadOnlyList<string> ours, IReadOnlyList<string> theirs)
    {
        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < theirs.Count; i++) position[theirs[i]] = i;
        var tails = new List<int>();
        foreach (var id in ours)
        {
            if (!position.TryGetValue(id, out var p)) continue;
            var at = tails.BinarySearch(p);
            if (at < 0) at = ~at;
            if (at == tails.Count) tails.Add(p);
            else tails[at] = p;
        }
        return tails.Count;
    }

    private static bool Same(string a, string b, bool ignoreCase) =>
        string.Equals(Normalize(a), Normalize(b), ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    private static string Normalize(string text) => Spaces().Replace(text, " ").Trim();

    /// <summary>Numbered references (<c>1. </c>, <c>[1] </c>) are compared without their label.</summary>
    private static string WithoutLabel(string text) => Label().Replace(text.Trim(), "");

    [GeneratedRegex(@"^(\d+\.|\[\d+\])\s+")]
    private static partial Regex Label();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
