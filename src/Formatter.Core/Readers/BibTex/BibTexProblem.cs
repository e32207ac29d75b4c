using Formatter.Diagnostics;

namespace Formatter.Core.Readers.BibTex;

/// <summary>A problem found while parsing or mapping a BibTeX file, located by character offset; the reader turns it into a <see cref="Diagnostic"/>.</summary>
internal sealed record BibTexProblem(DiagnosticSeverity Severity, int Offset, string? Key, string? Field, string Message);
