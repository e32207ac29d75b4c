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
        report.HasLetterCaseRules = rules.Any(r => r.Explains(DivergenceScope.LetterCase));
        report.HasCitationRules = rules.Any(r => r.Explains(DivergenceScope.Citation));
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
            var rule = textAgrees ? null : rules.FirstOrDefault(r => r.Explains(DivergenceScope.Text) && r.Covers(record));
            if (textAgrees)
            {
                report.Agree++;
                if (!Same(ours, theirs, ignoreCase: false))
                {
                    var caseRule = rules.FirstOrDefault(r => r.Explains(DivergenceScope.LetterCase) && r.Covers(record));
                    report.CaseOnlyItems.Add((caseRule?.Id, record.Id, record.Type, ours, theirs));
                    if (caseRule is not null) report.CaseExplainedBy[caseRule.Id] = report.CaseExplainedBy.GetValueOrDefault(caseRule.Id) + 1;
                }
            }
            else if (rule is not null)
            {
                report.ExplainedBy[rule.Id] = report.ExplainedBy.GetValueOrDefault(rule.Id) + 1;
                report.ExplainedItems.Add((rule.Id, record.Id, record.Type, ours, theirs));
            }
            else report.UnexplainedItems.Add((record.Id, record.Type, ours, theirs));

            if (Same(HtmlCanonicalizer.Canonical(oursHtml), (numbered ? WithoutLabel(HtmlCanonicalizer.Canonical(expected.Html)) : HtmlCanonicalizer.Canonical(expected.Html)), ignoreCase: true)) report.HtmlAgree++;
            else if (rule is not null || rules.Any(r => (r.Explains(DivergenceScope.Html) || (!textAgrees && r.Explains(DivergenceScope.Text))) && r.Covers(record))) report.HtmlExplained++;

            var cite = entry?.Citation is null ? "" : PlainTextRenderer.Instance.Render(entry.Citation);
            if (cite == expected.Cite) report.CiteExact++;
            if (Same(cite, expected.Cite, ignoreCase: true))
            {
                report.CiteAgree++;
                if (cite != expected.Cite) report.CiteCaseOnly.Add((record.Id, cite, expected.Cite));
            }
            else
            {
                var citeRule = rules.FirstOrDefault(r => r.Explains(DivergenceScope.Citation) && r.Covers(record));
                report.CiteDifferences.Add((citeRule?.Id, record.Id, cite, expected.Cite));
                if (citeRule is not null) report.CiteExplainedBy[citeRule.Id] = report.CiteExplainedBy.GetValueOrDefault(citeRule.Id) + 1;
            }
        }
        CompareOrder(formatter, style, records, reference, report);
        return report;
    }

    private static void CompareOrder(CitationFormatter formatter, string style, IReadOnlyList<Record> records, ReferenceFile reference, StyleReport report)
    {
        var list = formatter.Format(records, style);
        var ours = list.Entries.Select(e => e.Id).ToList();
        report.ListOrderIdentical = ours.SequenceEqual(reference.ListOrder);
        var inOrder = InOrder(ours, reference.ListOrder);
        report.EntriesInReferenceOrder = inOrder.Count;
        var referencePosition = reference.ListOrder.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
        var byId = records.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var orderRules = DivergenceCatalog.OrderRulesFor(style);
        var moved = ours.Where(id => byId.TryGetValue(id, out var r) && orderRules.Any(rule => rule.Covers(r))).ToHashSet(StringComparer.Ordinal);
        var keptAmongUnmoved = InOrder(ours.Where(id => !moved.Contains(id)).ToList(), reference.ListOrder);
        for (var i = 0; i < ours.Count; i++)
        {
            if (inOrder.Contains(ours[i]) || !referencePosition.TryGetValue(ours[i], out var theirs)) continue;
            var rule = orderRules.FirstOrDefault(r => byId.TryGetValue(ours[i], out var record) && r.Covers(record));
            report.Misplaced.Add((rule?.Id, ours[i], i + 1, theirs + 1, PlainTextRenderer.Instance.Render(list.Entries[i].Text)));
        }
        report.MisplacedUnexplained = ours.Count(id => referencePosition.ContainsKey(id) && !moved.Contains(id) && !keptAmongUnmoved.Contains(id));
        report.HasOrderRules = orderRules.Count > 0;
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
    /// The entries that stand in the reference's relative order: the longest run of our entries whose reference
    /// positions increase (one entry moved from first to last shifts every position, but only one entry is out of order).
    /// The others are the misplaced entries.
    /// </summary>
    private static HashSet<string> InOrder(IReadOnlyList<string> ours, IReadOnlyList<string> theirs)
    {
        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < theirs.Count; i++) position[theirs[i]] = i;
        var tails = new List<int>();
        var tailIndex = new List<int>();
        var previous = new int[ours.Count];
        for (var i = 0; i < ours.Count; i++)
        {
            previous[i] = -1;
            if (!position.TryGetValue(ours[i], out var p)) continue;
            var at = tails.BinarySearch(p);
            if (at < 0) at = ~at;
            if (at > 0) previous[i] = tailIndex[at - 1];
            if (at == tails.Count)
            {
                tails.Add(p);
                tailIndex.Add(i);
            }
            else
            {
                tails[at] = p;
                tailIndex[at] = i;
            }
        }
        var kept = new HashSet<string>(StringComparer.Ordinal);
        for (var i = tailIndex.Count == 0 ? -1 : tailIndex[^1]; i >= 0; i = previous[i]) kept.Add(ours[i]);
        return kept;
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
