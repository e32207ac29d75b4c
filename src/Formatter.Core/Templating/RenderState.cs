using Formatter.Core.Styles;
using Formatter.Diagnostics;
using Formatter.Plugins;
using Formatter.Records;

namespace Formatter.Core.Templating;

/// <summary>What the kit functions of one render session know about the record being rendered.</summary>
internal sealed class RenderState(StyleDefinition style)
{
    private static readonly Record NoRecord = new() { Id = "", Type = "" };

    /// <summary>The style being rendered.</summary>
    public StyleDefinition Style { get; } = style;

    /// <summary>The record being rendered.</summary>
    public Record Record { get; private set; } = NoRecord;

    /// <summary>The list entry of the record (pass values such as the year suffix).</summary>
    public ListEntry? Entry { get; private set; }

    /// <summary>The record's language tag, given or inferred.</summary>
    public string Language { get; private set; } = "en";

    /// <summary>Diagnostics raised while rendering the current record.</summary>
    public List<Diagnostic> Diagnostics { get; } = [];

    /// <summary>Points the state at the next record.</summary>
    public void Reset(Record record, ListEntry? entry, string language)
    {
        Record = record;
        Entry = entry;
        Language = language;
        Diagnostics.Clear();
    }

    /// <summary>Reports a warning about the current record.</summary>
    public void Warn(string message, string? field = null) =>
        Diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, message) { RecordId = Record.Id, Field = field, Location = Record.Source });
}
