using Formatter.Diagnostics;
using Formatter.Records;

namespace Formatter.Core.Readers.BibTex;

/// <summary>
/// Reads BibTeX and BibLaTeX files (<c>.bib</c>): entry types and fields become CSL types and variables,
/// <c>@string</c> macros, <c>#</c> and <c>crossref</c> are resolved, LaTeX becomes Unicode, case-protecting braces in
/// titles become nocase spans, and name lists are split into name parts. Fields without a CSL variable are kept under
/// their BibTeX name. A syntax error is reported at file:line:column with the entry key; that entry is skipped and the
/// others are read. The record id is the entry key (made unique); <c>citation-key</c> holds the key as written.
/// </summary>
public sealed class BibTexReader : IRecordReader
{
    /// <inheritdoc />
    public string Format => "bibtex";

    /// <inheritdoc />
    public int Sniff(string fileName, string content)
    {
        var head = content.AsSpan(0, Math.Min(content.Length, 8192)).TrimStart("\uFEFF \t\r\n");
        if (head.IsEmpty) return 0;
        var score = head[0] == '@' ? 50 : head.Contains('@') ? 20 : 0;
        foreach (var type in (string[])["@article", "@book", "@inproceedings", "@misc", "@incollection", "@techreport", "@phdthesis", "@string", "@online"])
        {
            if (head.Contains(type, StringComparison.OrdinalIgnoreCase)) return Math.Min(score + 40, 95);
        }
        return score;
    }

    /// <inheritdoc />
    public ReadResult Read(string fileName, string content)
    {
        var text = content.StartsWith('\uFEFF') ? content[1..] : content;
        var parsed = BibTexParser.Parse(text);
        var problems = parsed.Problems.ToList();
        var byKey = new Dictionary<string, BibTexEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in parsed.Entries) byKey.TryAdd(entry.Key, entry);

        var records = new List<Record>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var map = LineMap.ForText(text);
        var stem = Path.GetFileNameWithoutExtension(fileName);
        foreach (var entry in parsed.Entries)
        {
            var resolved = BibTexCrossref.Resolve(entry, byKey, problems);
            var id = UniqueId(entry, stem, records.Count + 1, ids, problems);
            var record = BibTexRecordBuilder.Build(resolved, id, problems);
            records.Add(record with { Source = Locate(fileName, map, text, entry.Offset) });
        }
        var diagnostics = problems.Select(p => ToDiagnostic(p, fileName, map, text)).ToList();
        return new ReadResult(records, diagnostics);
    }

    private static string UniqueId(BibTexEntry entry, string stem, int index, HashSet<string> ids, List<BibTexProblem> problems)
    {
        var id = entry.Key.Length > 0 ? entry.Key : $"{stem}-{index}";
        if (ids.Add(id)) return id;
        problems.Add(new BibTexProblem(DiagnosticSeverity.Warning, entry.Offset, entry.Key, null, $"the key '{entry.Key}' is used twice; this record's id gets a suffix"));
        for (var n = 2; ; n++)
        {
            if (ids.Add($"{id}-{n}")) return $"{id}-{n}";
        }
    }

    private static Diagnostic ToDiagnostic(BibTexProblem problem, string fileName, LineMap map, string text) =>
        new(problem.Severity, problem.Message)
        {
            Location = Locate(fileName, map, text, problem.Offset),
            RecordId = problem.Key,
            Field = problem.Field,
        };

    private static SourceLocation Locate(string fileName, LineMap map, string text, int offset)
    {
        var clamped = Math.Clamp(offset, 0, text.Length);
        var line = map.LineOf(clamped);
        return new SourceLocation(fileName, line, clamped - map.StartOf(line) + 1);
    }
}
