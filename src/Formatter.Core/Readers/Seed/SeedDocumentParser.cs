using System.Text.RegularExpressions;
using Formatter.Diagnostics;
using Formatter.Records;

namespace Formatter.Core.Readers.Seed;

/// <summary>
/// Splits a catalogue page into title and labelled rows: finds the title line, skips the summary paragraph and page
/// furniture, follows the <c>Bibliographic Details</c> and <c>Description</c> sections and attaches continuation
/// lines to the row above. Reports structural problems with file and line.
/// </summary>
internal static partial class SeedDocumentParser
{
    /// <summary>The document, or null after an error diagnostic.</summary>
    public static SeedDocument? Parse(string fileName, string content, List<Diagnostic> diagnostics)
    {
        var lines = SplitLines(fileName, content, diagnostics);
        if (lines is null) return null;

        var titleIndex = lines.FindIndex(l => !string.IsNullOrWhiteSpace(l));
        if (titleIndex < 0)
        {
            diagnostics.Add(Error(fileName, 1, "empty document: no title and no fields"));
            return null;
        }
        var titleText = lines[titleIndex].Trim();
        var titleLine = titleIndex + 1;
        if (HtmlStart().IsMatch(titleText))
        {
            diagnostics.Add(Error(fileName, titleLine, $"line {titleLine} is HTML markup, not the page text; save the page as plain text"));
            return null;
        }
        if (IsHeader(titleText, SeedLabels.DetailsHeader) || (SeedLabels.TryMatch(titleText, out _, out var kind, out _, out _) && SeedLabels.IsData(kind)))
        {
            diagnostics.Add(Error(fileName, titleLine, $"missing title: line {titleLine} is a table row, not the title line"));
            return null;
        }
        var document = new SeedDocument(titleText, titleLine);
        ReadRows(fileName, lines, titleIndex + 1, document, diagnostics, out var headerSeen);
        if (!headerSeen && document.Fields.Count == 0)
        {
            diagnostics.Add(Error(fileName, titleLine, $"no '{SeedLabels.DetailsHeader}' section and no labelled field after line {titleLine}"));
            return null;
        }
        return document;
    }

    private static void ReadRows(string fileName, List<string> lines, int start, SeedDocument document, List<Diagnostic> diagnostics, out bool headerSeen)
    {
        var section = SeedSection.Preamble;
        headerSeen = false;
        SeedField? current = null;
        var firstSeen = new Dictionary<(SeedSection, SeedFieldKind), int>();
        for (var i = start; i < lines.Count; i++)
        {
            var number = i + 1;
            var text = lines[i].Trim();
            if (text.Length == 0) continue;
            if (IsHeader(text, SeedLabels.DetailsHeader))
            {
                section = SeedSection.Details;
                headerSeen = true;
                current = null;
                continue;
            }
            if (section != SeedSection.Preamble && IsHeader(text, SeedLabels.DescriptionHeader))
            {
                section = SeedSection.Description;
                current = null;
                continue;
            }
            if (SeedLabels.TryMatch(text, out var label, out var kind, out var value, out var valueColumn))
            {
                if (section == SeedSection.Preamble && SeedLabels.IsData(kind))
                {
                    diagnostics.Add(Warning(fileName, number, $"'{SeedLabels.DetailsHeader}' header is missing; the table is taken to start here"));
                    section = SeedSection.Details;
                }
                current = AddField(fileName, document, firstSeen, label, kind, section, number, diagnostics);
                if (current is not null) AddValue(fileName, current, value, number, valueColumn + (lines[i].Length - lines[i].TrimStart().Length), diagnostics);
                continue;
            }
            if (current is not null) AddValue(fileName, current, text, number, lines[i].Length - lines[i].TrimStart().Length + 1, diagnostics);
        }
    }

    private static SeedField? AddField(
        string fileName, SeedDocument document, Dictionary<(SeedSection, SeedFieldKind), int> firstSeen,
        string label, SeedFieldKind kind, SeedSection section, int number, List<Diagnostic> diagnostics)
    {
        var field = new SeedField(label, kind, section, number);
        if (!SeedLabels.IsData(kind) || section == SeedSection.Preamble) return field;
        if (section == SeedSection.Description && kind is SeedFieldKind.Format or SeedFieldKind.Published) return field;
        var key = (section, SeedLabels.Group(kind));
        if (firstSeen.TryGetValue(key, out var first))
        {
            diagnostics.Add(Warning(fileName, number, $"duplicate '{label}' (first on line {first}); the first one is kept") with { Field = label });
            return null;
        }
        firstSeen[key] = number;
        document.Fields.Add(field);
        return field;
    }

    private static void AddValue(string fileName, SeedField field, string value, int number, int column, List<Diagnostic> diagnostics)
    {
        if (value.Length == 0) return;
        var control = value.AsSpan().IndexOfAnyInRange('\0', '\u0008');
        if (control >= 0)
        {
            diagnostics.Add(Warning(fileName, number, $"control character U+{(int)value[control]:X4} in the value of '{field.Label}'; value ignored", column + control) with { Field = field.Label });
            return;
        }
        field.Values.Add(new SeedLine(value, number));
    }

    private static List<string>? SplitLines(string fileName, string content, List<Diagnostic> diagnostics)
    {
        var lines = new List<string>();
        var position = content.Length > 0 && content[0] == '\uFEFF' ? 1 : 0;
        while (position <= content.Length)
        {
            var end = content.IndexOf('\n', position);
            if (end < 0) end = content.Length;
            var length = end - position;
            if (length > 0 && content[end - 1] == '\r') length--;
            if (length > SeedLimits.MaxLineLength)
            {
                diagnostics.Add(Error(fileName, lines.Count + 1, $"line {lines.Count + 1} is too long ({length:N0} characters; the limit is {SeedLimits.MaxLineLength:N0})"));
                return null;
            }
            lines.Add(content.Substring(position, length));
            position = end + 1;
        }
        return lines;
    }

    private static bool IsHeader(string text, string header) => string.Equals(text.TrimEnd(':'), header, StringComparison.OrdinalIgnoreCase);

    private static Diagnostic Error(string fileName, int line, string message) =>
        new(DiagnosticSeverity.Error, message) { Location = new SourceLocation(fileName, line) };

    private static Diagnostic Warning(string fileName, int line, string message, int column = 0) =>
        new(DiagnosticSeverity.Warning, message) { Location = new SourceLocation(fileName, line, column) };

    [GeneratedRegex(@"^<(!DOCTYPE|html|head|body|\?xml|meta|div|!--)", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlStart();
}
