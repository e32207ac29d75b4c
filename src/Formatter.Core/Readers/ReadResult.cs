using Formatter.Diagnostics;
using Formatter.Records;

namespace Formatter.Core.Readers;

/// <summary>The records read from one input and the problems found on the way.</summary>
public sealed record ReadResult(IReadOnlyList<Record> Records, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when some input was skipped because of an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
