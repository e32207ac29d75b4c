namespace Formatter.Diagnostics;

/// <summary>How serious a diagnostic is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Something the user may want to know; output is complete.</summary>
    Info,

    /// <summary>Output is produced but may be incomplete (e.g. a missing access date).</summary>
    Warning,

    /// <summary>A record or file could not be processed; others still are.</summary>
    Error,
}
