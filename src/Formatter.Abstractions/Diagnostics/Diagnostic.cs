using Formatter.Records;

namespace Formatter.Diagnostics;

/// <summary>A problem found while reading or formatting, with where it happened.</summary>
public sealed record Diagnostic(DiagnosticSeverity Severity, string Message)
{
    /// <summary>File, line and column, when known.</summary>
    public SourceLocation? Location { get; init; }

    /// <summary>The record concerned, when known.</summary>
    public string? RecordId { get; init; }

    /// <summary>The field concerned, when known.</summary>
    public string? Field { get; init; }

    /// <summary>A one-line rendering: <c>file:line: warning: [id] field: message</c>.</summary>
    public override string ToString()
    {
        var where = Location is { } l ? l + ": " : "";
        var severity = Severity.ToString().ToLowerInvariant();
        var record = RecordId is null ? "" : $"[{RecordId}] ";
        var field = Field is null ? "" : $"{Field}: ";
        return $"{where}{severity}: {record}{field}{Message}";
    }
}
