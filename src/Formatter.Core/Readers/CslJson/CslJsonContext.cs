using Formatter.Diagnostics;
using Formatter.Records;

namespace Formatter.Core.Readers.CslJson;

/// <summary>Collects the diagnostics of one record while it is read; the record id is filled in at the end.</summary>
internal sealed class CslJsonContext(string fileName)
{
    private readonly List<Diagnostic> _diagnostics = [];

    /// <summary>The diagnostics so far.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    /// <summary>Adds a diagnostic at a line, about a field.</summary>
    public void Report(DiagnosticSeverity severity, int line, string? field, string message) =>
        _diagnostics.Add(new Diagnostic(severity, message) { Location = new SourceLocation(fileName, line), Field = field });

    /// <summary>The diagnostics with the record id set.</summary>
    public IEnumerable<Diagnostic> WithRecordId(string? id) => _diagnostics.Select(d => d with { RecordId = id });
}
