using Formatter.Records;
using Formatter.Text;

namespace Formatter.Plugins;

/// <summary>One entry of a reference list while list passes work on it.</summary>
public sealed class ListEntry
{
    // The record a thread loaded last, with its entry: a pass reading one entry's record several times in a row
    // loads it once.
    [ThreadStatic]
    private static ListEntry? t_lastLoaded;

    [ThreadStatic]
    private static Record? t_lastRecord;

    private readonly Record? _record;
    private readonly RecordSource? _source;

    /// <summary>Creates an entry for a record.</summary>
    public ListEntry(Record record) => _record = record;

    /// <summary>Creates an entry for a record the host keeps compact (see <see cref="RecordSource"/>).</summary>
    internal ListEntry(RecordSource source) => _source = source;

    /// <summary>
    /// The record. In a long list the host keeps records compact and this loads the record when asked: equal content,
    /// not always the same object (calls in a row on one entry give the same one); a pass that compares entries many
    /// times should read each record once.
    /// </summary>
    public Record Record => _record ?? Load();

    private Record Load()
    {
        if (ReferenceEquals(t_lastLoaded, this) && t_lastRecord is { } recent) return recent;
        var record = _source!.Load();
        t_lastLoaded = this;
        t_lastRecord = record;
        return record;
    }

    /// <summary>Whether the host keeps the record compact (a long list, where memory counts more than speed).</summary>
    internal bool IsCompact => _record is null;

    /// <summary>The record id, without loading a compact record.</summary>
    internal string RecordId => _record?.Id ?? _source!.Id;

    // Made when a pass first asks for it: most entries of a long list get no values, and most others one.
    private EntryValues? _values;

    /// <summary>Values computed by passes that templates can read as <c>list.NAME</c> (e.g. <c>year_suffix</c>).</summary>
    public IDictionary<string, string> Values => _values ??= new EntryValues();

    /// <summary>The values passes set, without making an empty collection for an entry that has none.</summary>
    internal IReadOnlyDictionary<string, string> ValuesSet => (IReadOnlyDictionary<string, string>?)_values ?? NoValues;

    private static readonly IReadOnlyDictionary<string, string> NoValues = new Dictionary<string, string>(StringComparer.Ordinal);

    private RichText _text = RichText.Empty;
    private RichText? _citation;

    /// <summary>
    /// The rendered entry (empty before rendering). In a long list the host keeps it compact, like the record: a text
    /// set here is encoded at once and decoded when read (equal nodes, not the same objects).
    /// </summary>
    public RichText Text
    {
        get => _text;
        set => _text = _source is null ? value : _source.Keep(value);
    }

    /// <summary>The rendered in-text citation of the record alone, when the style has one; kept as <see cref="Text"/> is.</summary>
    public RichText? Citation
    {
        get => _citation;
        set => _citation = _source is null || value is null ? value : _source.Keep(value);
    }

    /// <summary>A label printed before the entry, e.g. <c>1.</c> in a numbered list.</summary>
    public string? Label { get; set; }
}
