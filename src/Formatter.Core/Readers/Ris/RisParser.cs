using System.Text.RegularExpressions;
using Formatter.Diagnostics;

namespace Formatter.Core.Readers.Ris;

/// <summary>
/// The syntax layer of the RIS reader: splits the text into tag lines (<c>TY  - JOUR</c>, also with one space
/// before the hyphen or none after it), joins continuation lines, and groups tags into records from <c>TY</c> to
/// <c>ER</c>. Tags outside a record are an error (that block is skipped); a missing <c>ER</c> is a warning.
/// </summary>
internal static partial class RisParser
{
    /// <summary>Tags whose continuation lines are further values rather than a wrapped value.</summary>
    private static readonly HashSet<string> OneValuePerLine = new(StringComparer.Ordinal) { "L1", "L2", "L3", "L4", "UR", "KW" };

    /// <summary>Parses a whole file into records and problems.</summary>
    public static (List<RisEntry> Entries, List<RisProblem> Problems) Parse(string text)
    {
        var entries = new List<RisEntry>();
        var problems = new List<RisProblem>();
        List<RisTag>? current = null;
        string? type = null;
        var start = 0;
        var orphanStart = 0;
        var lineNumber = 0;
        var wrapped = new System.Text.StringBuilder();
        void FlushWrapped()
        {
            if (wrapped.Length == 0 || current is not { Count: > 0 }) return;
            var last = current[^1];
            current[^1] = last with { Value = last.Value.Length == 0 ? wrapped.ToString(1, wrapped.Length - 1) : last.Value + wrapped };
            wrapped.Clear();
        }
        foreach (var raw in Lines(text))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (lineNumber == 1) line = line.TrimStart('\uFEFF');
            var match = MaybeTag(line) ? TagLine().Match(line) : Match.Empty;
            if (!match.Success)
            {
                var continued = Whitespace.Collapse(line);
                if (current is { Count: > 0 } && continued.Length > 0)
                {
                    if (OneValuePerLine.Contains(current[^1].Tag)) current.Add(new RisTag(current[^1].Tag, continued, lineNumber));
                    else wrapped.Append(' ').Append(continued);
                }
                continue;
            }
            FlushWrapped();
            var tag = match.Groups[1].Value;
            var value = Whitespace.Collapse(match.Groups[2].Value);
            switch (tag)
            {
                case "TY":
                    if (current is not null && type is not null)
                    {
                        problems.Add(new RisProblem(DiagnosticSeverity.Warning, lineNumber, 1, null, "ER", $"the record starting at line {start} has no 'ER  -' before this 'TY'; it ends here"));
                        entries.Add(new RisEntry(type, current, start));
                    }
                    else if (current is not null) ReportOrphan(problems, orphanStart);
                    current = [];
                    type = value;
                    start = lineNumber;
                    break;
                case "ER":
                    if (current is null) problems.Add(new RisProblem(DiagnosticSeverity.Warning, lineNumber, 1, null, "ER", "'ER' without a record; ignored"));
                    else if (type is null) ReportOrphan(problems, orphanStart);
                    else entries.Add(new RisEntry(type, current, start));
                    current = null;
                    type = null;
                    break;
                default:
                    if (current is null)
                    {
                        current = [];
                        type = null;
                        orphanStart = lineNumber;
                    }
                    current.Add(new RisTag(tag, value, lineNumber));
                    break;
            }
        }
        FlushWrapped();
        if (current is not null && type is not null)
        {
            problems.Add(new RisProblem(DiagnosticSeverity.Warning, lineNumber, 1, null, "ER", $"the record starting at line {start} is not closed with 'ER  -'; read to the end of the file"));
            entries.Add(new RisEntry(type, current, start));
        }
        else if (current is not null) ReportOrphan(problems, orphanStart);
        return (entries, problems);
    }

    private static void ReportOrphan(List<RisProblem> problems, int line) =>
        problems.Add(new RisProblem(DiagnosticSeverity.Error, line, 1, null, "TY", "tags outside a record: a record must start with 'TY  - '; these lines are skipped up to the next 'ER' or 'TY'"));

    private static IEnumerable<string> Lines(string text)
    {
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                if (start < text.Length) yield return text[start..];
                yield break;
            }
            yield return text[start..end];
            start = end + 1;
        }
    }

    /// <summary>A cheap pre-check before the regex: a tag line has a hyphen within its first ten characters.</summary>
    private static bool MaybeTag(string line)
    {
        var hyphen = line.AsSpan(0, Math.Min(line.Length, 10)).IndexOf('-');
        return hyphen >= 3;
    }

    /// <summary>A tag line: two capitals (or capital and digit), one to three spaces, a hyphen, then the value.</summary>
    [GeneratedRegex(@"^\s{0,3}([A-Z][A-Z0-9]) {1,3}-(?: (.*)|$)")]
    private static partial Regex TagLine();
}
