using Formatter.Diagnostics;

namespace Formatter.Core.Readers.Ris;

/// <summary>A problem found in a RIS file, by line and column, with the record (its <c>ID</c> or position) and tag.</summary>
internal sealed record RisProblem(DiagnosticSeverity Severity, int Line, int Column, string? Record, string? Tag, string Message);
