using Formatter.Diagnostics;
using Formatter.Records;

namespace Formatter.Core.Readers.Ris;

/// <summary>
/// Reads RIS files (<c>.ris</c>) as written by EndNote, Reference Manager, Citavi, Mendeley, Zotero, databases and
/// publishers: <c>TY  - </c> with two spaces or one, <c>ER  -</c> with or without the trailing space, CRLF or LF,
/// wrapped values, repeated tags. Each record becomes a CSL record; tags with no CSL variable are kept under the
/// tag name. The record id is its <c>ID</c> when present and unique, else <c>&lt;file&gt;-&lt;n&gt;</c>. Tags outside a
/// record are an error naming the line; they are skipped and every record is still read.
/// </summary>
public sealed class RisReader : IRecordReader
{
    /// <inheritdoc />
    public string Format => "ris";

    /// <inheritdoc />
    public int Sniff(string fileName, string content)
    {
        var head = content.AsSpan(0, Math.Min(content.Length, 8192)).TrimStart("\uFEFF \t\r\n");
        if (head.StartsWith("TY  - ", StringComparison.Ordinal) || head.StartsWith("TY - ", StringComparison.Ordinal)) return 90;
        return head.Contains("\nTY  - ", StringComparison.Ordinal) && head.Contains("\nER  -", StringComparison.Ordinal) ? 60 : 0;
    }

    /// <inheritdoc />
    public ReadResult Read(string fileName, string content)
    {
        var (entries, problems) = RisParser.Parse(content);
        var records = new List<Record>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var stem = Path.GetFileNameWithoutExtension(fileName);
        foreach (var entry in entries)
        {
            var index = records.Count + 1;
            var given = entry.First("ID")?.Trim();
            var id = given is { Length: > 0 } && ids.Add(given) ? given : $"{stem}-{index}";
            ids.Add(id);
            var label = given is { Length: > 0 } ? given : $"record {index}";
            var record = RisRecordBuilder.Build(entry, id, label, problems);
            records.Add(record with { Source = new SourceLocation(fileName, entry.Line, 1) });
        }
        var diagnostics = problems
            .OrderBy(p => p.Line)
            .Select(p => new Diagnostic(p.Severity, p.Message)
            {
                Location = new SourceLocation(fileName, p.Line, p.Column),
                RecordId = p.Record,
                Field = p.Tag,
            })
            .ToList();
        return new ReadResult(records, diagnostics);
    }
}
