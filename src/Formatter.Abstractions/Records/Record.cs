namespace Formatter.Records;

/// <summary>
/// A bibliographic record shaped like CSL-JSON. Standard variables live in <see cref="Fields"/>,
/// <see cref="Names"/> and <see cref="Dates"/>; anything the reader did not understand is kept, never dropped.
/// </summary>
public sealed record Record
{
    private static readonly IReadOnlyDictionary<string, string> NoFields = new Dictionary<string, string>();
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<Name>> NoNames = new Dictionary<string, IReadOnlyList<Name>>();
    private static readonly IReadOnlyDictionary<string, DateValue> NoDates = new Dictionary<string, DateValue>();

    /// <summary>The record id (CSL <c>id</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The CSL item type, e.g. <c>article-journal</c>, <c>book</c>.</summary>
    public required string Type { get; init; }

    /// <summary>String and number variables by CSL name (<c>title</c>, <c>volume</c>, <c>DOI</c>…), unknown ones included.</summary>
    public IReadOnlyDictionary<string, string> Fields { get; init; } = NoFields;

    /// <summary>Name variables by CSL name (<c>author</c>, <c>editor</c>…).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Name>> Names { get; init; } = NoNames;

    /// <summary>Date variables by CSL name (<c>issued</c>, <c>accessed</c>…).</summary>
    public IReadOnlyDictionary<string, DateValue> Dates { get; init; } = NoDates;

    /// <summary>Structured values the model does not know (e.g. <c>custom</c>), kept as raw JSON text.</summary>
    public IReadOnlyDictionary<string, string> Extensions { get; init; } = NoFields;

    /// <summary>Where the record was read from, when known.</summary>
    public SourceLocation? Source { get; init; }

    /// <summary>A string variable, or null when absent or blank.</summary>
    public string? Field(string name) =>
        Fields.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;

    /// <summary>A name variable, or an empty list.</summary>
    public IReadOnlyList<Name> NameList(string role) =>
        Names.TryGetValue(role, out var names) ? names : [];

    /// <summary>A date variable, or null.</summary>
    public DateValue? Date(string name) =>
        Dates.TryGetValue(name, out var date) && !date.IsEmpty ? date : null;
}
