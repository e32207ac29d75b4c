using Formatter.Diagnostics;

namespace Formatter.Core.Authoring;

/// <summary>What <see cref="StyleChecker"/> found in a style folder: problems with file, line and column.</summary>
/// <param name="Folder">The checked folder.</param>
/// <param name="StyleIds">The ids the manifest defines (one per variant).</param>
/// <param name="Diagnostics">Errors (the style will not work) and warnings (it may print less than intended).</param>
public sealed record StyleCheckResult(string Folder, IReadOnlyList<string> StyleIds, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when no error was found.</summary>
    public bool Ok => !Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
