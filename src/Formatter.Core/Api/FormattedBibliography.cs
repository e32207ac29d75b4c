using Formatter.Diagnostics;

namespace Formatter.Core.Api;

/// <summary>A formatted reference list in list order, with the problems met while formatting it.</summary>
public sealed record FormattedBibliography(string StyleId, IReadOnlyList<FormattedEntry> Entries, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when a record could not be formatted.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
