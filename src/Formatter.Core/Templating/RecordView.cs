using Formatter.Core.Text;
using Formatter.Records;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Formatter.Core.Templating;

/// <summary>
/// The read-only view of a record that templates see as <c>r</c>. Variables are addressed in snake_case
/// (<c>r.container_title</c>, <c>r.doi</c>); absent variables are null; a name that is no CSL variable and no field
/// of the record is an error (strict), so a typo in a template does not silently print nothing.
/// Name variables give their count, date variables their year (or literal); the kit functions format them.
/// One instance is re-pointed at each record, so rendering allocates no view per record.
/// </summary>
internal sealed class RecordView : ReadOnlyView
{
    private static readonly Dictionary<string, string> SpecialNames = new(StringComparer.Ordinal)
    {
        ["doi"] = "DOI", ["url"] = "URL", ["isbn"] = "ISBN", ["issn"] = "ISSN", ["pmid"] = "PMID", ["pmcid"] = "PMCID",
        ["archive_location"] = "archive_location", ["archive_collection"] = "archive_collection",
    };

    private static readonly HashSet<string> VerbatimFields = new(StringComparer.Ordinal) { "URL", "DOI", "ISBN", "ISSN", "PMID", "PMCID" };

    // The values read through resolved members for the current record, by member index, valid where the slot's
    // generation is the view's: a template reads the same variable many times per entry.
    private object?[] _read = new object?[64];
    private int[] _readGeneration = new int[64];
    private int _generation = 1;

    // Which members the current record can have: a member whose slot does not hold the presence count is absent from
    // the record (answered without searching its fields, names and dates, as most members a template asks for are).
    private int[] _present = new int[64];
    private int _presence;
    private RecordMemberDirectory _directory = RecordMemberDirectory.Empty;
    private Record _record = new() { Id = "", Type = "" };
    private string _language = "en";

    /// <summary>Points the view at a record; <paramref name="language"/> is the record's resolved language tag.</summary>
    public void Reset(Record record, string language)
    {
        var directory = RecordMember.Directory;
        if (!ReferenceEquals(record, _record) || !ReferenceEquals(directory, _directory)) MarkPresent(record, directory);
        _record = record;
        _language = language;
        if (++_generation == 0)
        {
            Array.Clear(_readGeneration);
            _generation = 1;
        }
    }

    /// <summary>
    /// When true (style option <c>smart-quotes</c>), quotation marks and apostrophes in text fields become typographic
    /// (<see cref="SmartQuotes"/>); identifiers and URLs are never changed.
    /// </summary>
    public bool SmartQuotes { get; init; }

    public override int Count => _record.Fields.Count + _record.Names.Count + _record.Dates.Count + 3;

    /// <summary>The CSL variable name for a template member name.</summary>
    public static string CslName(string member) =>
        SpecialNames.TryGetValue(member, out var special) ? special
        : member.Contains('_') ? KebabNames.GetOrAdd(member, static m => m.Replace('_', '-')) : member;

    // Template member names are few (the variables templates mention); each is converted once per process.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> KebabNames = new(StringComparer.Ordinal);

    public override IEnumerable<string> GetMembers() =>
        new[] { "id", "type", "language" }
            .Concat(_record.Fields.Keys).Concat(_record.Names.Keys).Concat(_record.Dates.Keys)
            .Select(k => k.Replace('-', '_').ToLowerInvariant()).Distinct();

    public override bool Contains(string member) => TryGet(member, out _);

    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        if (TryGet(member, out value)) return true;
        throw new ScriptRuntimeException(span, $"r.{member} is not a CSL variable (variables are written in snake_case, e.g. r.container_title)");
    }

    /// <summary>
    /// The value of a member resolved ahead (<see cref="RecordMember"/>): what <see cref="TryGetValue"/> gives, without
    /// converting the name again; false where that throws.
    /// </summary>
    public bool TryGet(RecordMember member, out object? value)
    {
        var index = member.Index;
        if (index < _readGeneration.Length && _readGeneration[index] == _generation)
        {
            value = _read[index];
            return true;
        }
        if (index < _directory.Count && _present[index] != _presence && !member.IsBuiltIn)
        {
            value = null;
            if (!member.IsCslVariable) return false;
        }
        else if (!TryGet(member.Member, member.CslName, member.IsCslVariable, out value)) return false;
        if (index >= _readGeneration.Length)
        {
            Array.Resize(ref _read, Math.Max(index + 1, _read.Length * 2));
            Array.Resize(ref _readGeneration, _read.Length);
        }
        _read[index] = value;
        _readGeneration[index] = _generation;
        return true;
    }

    private void MarkPresent(Record record, RecordMemberDirectory directory)
    {
        _directory = directory;
        if (_present.Length < directory.Count) _present = new int[Math.Max(directory.Count, _present.Length * 2)];
        if (++_presence == 0)
        {
            Array.Clear(_present);
            _presence = 1;
        }
        MarkPresent(record.Fields.Keys);
        MarkPresent(record.Names.Keys);
        MarkPresent(record.Dates.Keys);
    }

    private void MarkPresent(IEnumerable<string> keys)
    {
        if (keys is string[] array)
        {
            foreach (var key in array) MarkPresent(key);
            return;
        }
        foreach (var key in keys) MarkPresent(key);
    }

    private void MarkPresent(string key)
    {
        foreach (var index in _directory.MembersReading(key)) _present[index] = _presence;
    }

    private bool TryGet(string member, out object? value) => TryGet(member, CslName(member), null, out value);

    private bool TryGet(string member, string name, bool? isCslVariable, out object? value)
    {
        value = null;
        switch (member)
        {
            case "id": value = _record.Id; return true;
            case "type": value = _record.Type; return true;
            case "language": value = _language; return true;
        }
        if (_record.Fields.TryGetValue(name, out var text) || (!ReferenceEquals(name, member) && _record.Fields.TryGetValue(member, out text)))
        {
            value = string.IsNullOrWhiteSpace(text) ? null : Text(name, text);
            return true;
        }
        if (_record.Names.TryGetValue(name, out var names))
        {
            value = names.Count == 0 ? null : names.Count;
            return true;
        }
        if (_record.Dates.TryGetValue(name, out var date))
        {
            value = date.IsEmpty ? null : (object?)date.Year ?? date.Literal;
            return true;
        }
        return isCslVariable ?? IsCslVariable(name);
    }

    /// <summary>Whether <paramref name="name"/> is a CSL variable (absent ones read as null).</summary>
    public static bool IsCslVariable(string name) =>
        CslVariables.StandardVariables.Contains(name) || CslVariables.NameVariables.Contains(name) || CslVariables.DateVariables.Contains(name);

    /// <summary>
    /// A text field as templates see it: inline markup converted, quotes made typographic. Made at each read of the
    /// field by name; reads of resolved members, which templates make, keep it for the rest of the render.
    /// </summary>
    private string Text(string name, string text)
    {
        var converted = InlineMarkupConverter.Convert(text.Trim());
        return SmartQuotes && !VerbatimFields.Contains(name) ? Formatter.Core.Text.SmartQuotes.Convert(converted) : converted;
    }
}
