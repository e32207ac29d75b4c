using Formatter.Diagnostics;

namespace Formatter.Core.Readers.Seed;

/// <summary>
/// Reads a seed document: the text of a VuFind "Full description" catalogue page (title line, optional summary,
/// <c>Bibliographic Details</c> rows, <c>Description</c> tab). One page gives one record whose id is the file name
/// stem. Malformed pages give an error or a partial record with warnings, each naming the file and line.
/// </summary>
/// <remarks>
/// Choices where malformed input allows two outcomes: a line longer than 64 Ki characters is an error naming the line;
/// a missing <c>Bibliographic Details</c> header is a warning at the first row; a repeated row in one section is a
/// warning naming both lines (the first wins); a control character in a value drops that value with a warning at
/// line and column (when read through <see cref="ReaderRegistry.ReadFile"/>, <see cref="InputDecoder"/> already
/// refuses NUL bytes, invalid UTF-8 and decodes UTF-16 by its BOM).
/// </remarks>
public sealed class SeedReader : IRecordReader
{
    /// <inheritdoc />
    public string Format => "seed";

    /// <inheritdoc />
    public int Sniff(string fileName, string content)
    {
        var head = content.AsSpan(0, Math.Min(content.Length, 8192));
        var score = 0;
        if (head.Contains(SeedLabels.DetailsHeader, StringComparison.Ordinal)) score += 60;
        if (head.Contains("\nFormat:", StringComparison.Ordinal)) score += 20;
        if (head.Contains("\nMain Author", StringComparison.Ordinal) || head.Contains("\nPublished:", StringComparison.Ordinal)) score += 15;
        return Math.Min(score, 95);
    }

    /// <inheritdoc />
    public ReadResult Read(string fileName, string content)
    {
        var diagnostics = new List<Diagnostic>();
        var document = SeedDocumentParser.Parse(fileName, content, diagnostics);
        if (document is null) return new ReadResult([], diagnostics);
        var id = Path.GetFileNameWithoutExtension(fileName);
        var record = new SeedRecordBuilder(fileName, document, diagnostics).Build(id);
        var withId = diagnostics.Select(d => d.RecordId is null && d.Severity != DiagnosticSeverity.Error ? d with { RecordId = id } : d).ToList();
        return new ReadResult([record], withId);
    }
}
