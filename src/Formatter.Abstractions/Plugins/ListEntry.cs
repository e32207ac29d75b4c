using Formatter.Records;
using Formatter.Text;

namespace Formatter.Plugins;

/// <summary>One entry of a reference list while list passes work on it.</summary>
public sealed class ListEntry
{
    /// <summary>Creates an entry for a record.</summary>
    public ListEntry(Record record) => Record = record;

    /// <summary>The record.</summary>
    public Record Record { get; }

    /// <summary>Values computed by passes that templates can read as <c>list.NAME</c> (e.g. <c>year_suffix</c>).</summary>
    public IDictionary<string, string> Values { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The rendered entry (empty before rendering).</summary>
    public RichText Text { get; set; } = RichText.Empty;

    /// <summary>The rendered in-text citation of the record alone, when the style has one.</summary>
    public RichText? Citation { get; set; }

    /// <summary>A label printed before the entry, e.g. <c>1.</c> in a numbered list.</summary>
    public string? Label { get; set; }
}
