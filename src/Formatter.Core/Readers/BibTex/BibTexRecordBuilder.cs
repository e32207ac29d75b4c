using System.Text.RegularExpressions;
using Formatter.Diagnostics;
using Formatter.Records;

namespace Formatter.Core.Readers.BibTex;

/// <summary>
/// Maps one BibTeX/BibLaTeX entry (crossref already resolved) to a CSL <see cref="Record"/>. Fields with no CSL
/// variable are kept in <see cref="Record.Fields"/> under their BibTeX name, decoded.
/// </summary>
internal sealed partial class BibTexRecordBuilder
{
    private readonly BibTexEntry _entry;
    private readonly List<BibTexProblem> _problems;
    private readonly Dictionary<string, BibTexField> _raw = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _fields = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<Name>> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateValue> _dates = new(StringComparer.Ordinal);
    private readonly string _type;

    private BibTexRecordBuilder(BibTexEntry entry, List<BibTexProblem> problems)
    {
        _entry = entry;
        _problems = problems;
        foreach (var field in entry.Fields)
        {
            if (!_raw.TryAdd(field.Name, field))
                Report(DiagnosticSeverity.Warning, field, "the field is given twice; the first value is kept");
        }
        _type = BibTexTypes.ToCsl(entry.Type) ?? "document";
        if (BibTexTypes.ToCsl(entry.Type) is null)
        {
            _fields["entrytype"] = entry.Type;
            _problems.Add(new BibTexProblem(DiagnosticSeverity.Info, entry.Offset, entry.Key, null, $"unknown entry type '@{entry.Type}'; read as a CSL 'document'"));
        }
    }

    /// <summary>The record for <paramref name="entry"/> with the given id.</summary>
    public static Record Build(BibTexEntry entry, string id, List<BibTexProblem> problems) =>
        new BibTexRecordBuilder(entry, problems).Build(id);

    private Record Build(string id)
    {
        if (_entry.Key.Length > 0) _fields["citation-key"] = _entry.Key;
        foreach (var field in _raw.Values)
        {
            if (BibTexFields.Handled.Contains(field.Name)) continue;
            if (BibTexFields.Names.TryGetValue(field.Name, out var role)) AddNames(role, field);
            else if (BibTexFields.Simple.TryGetValue(field.Name, out var simple)) Set(simple.Variable, Decode(field, simple.Kind));
            else Keep(field);
        }
        MapTitles();
        MapContainer();
        MapNumber();
        MapPublisher();
        MapDates();
        MapIdentifiers();
        MapNote();
        if ((Text("language") ?? Text("langid")) is { } language) Set("language", LanguageCodes.ToTag(language) ?? language);
        if (_type == "thesis" && BibTexTypes.ThesisGenre(_entry.Type) is { } genre) _fields.TryAdd("genre", genre);
        return new Record { Id = id, Type = _type, Fields = _fields, Names = _names, Dates = _dates };
    }

    private void MapTitles()
    {
        if (Title("subtitle") is { } subtitle)
        {
            if (_fields.TryGetValue("title", out var title)) _fields["title"] = title + ": " + subtitle;
            else _fields["title"] = subtitle;
        }
    }

    private void MapContainer()
    {
        var journal = Title("journaltitle") ?? Title("journal");
        if (Title("fjournal") is { } full)
        {
            Set("container-title", full);
            if (journal is not null && journal != full) Set("container-title-short", journal);
        }
        else if (journal is not null) Set("container-title", journal);

        if (Title("booktitle") is not { } bookTitle) return;
        if (BibTexTypes.Contained.Contains(_type)) Set("container-title", bookTitle);
        else if (!_fields.ContainsKey("title")) Set("title", bookTitle);
        else if (bookTitle != _fields.GetValueOrDefault("title")) _fields["booktitle"] = bookTitle;
    }

    private void MapNumber()
    {
        if (Text("number") is not { } number) return;
        if (_type is "article-journal" or "article-magazine" or "article-newspaper" or "periodical" && !_fields.ContainsKey("issue"))
            Set("issue", number);
        else if (_fields.ContainsKey("collection-title") && _type is "book" or "chapter" or "paper-conference")
            Set("collection-number", number);
        else Set("number", number);
    }

    private void MapPublisher()
    {
        string? publisher = null;
        foreach (var name in (string[])["publisher", "institution", "school", "organization"])
        {
            if (Text(name) is not { } value) continue;
            if (publisher is null) publisher = value;
            else if (value != publisher) _fields[name] = value;
        }
        if (publisher is not null) Set("publisher", publisher);
        var address = Text("address");
        var location = Text("location");
        if (address is not null) Set("publisher-place", address);
        if (location is not null)
        {
            if (address is null) Set("publisher-place", location);
            else if (location != address) Set("event-place", location);
        }
        if (Text("howpublished") is { } howPublished)
        {
            var asUrl = LatexDecoder.DecodeVerbatim(_raw["howpublished"].Value);
            if (UrlLike().IsMatch(asUrl)) { if (!_fields.TryAdd("URL", asUrl) && _fields["URL"] != asUrl) _fields["howpublished"] = asUrl; }
            else if (!_fields.TryAdd("publisher", howPublished)) _fields["howpublished"] = howPublished;
        }
    }

    private void MapDates()
    {
        if (Text("date") is { } date) _dates["issued"] = BibTexDates.FromIso(date);
        var year = Text("year");
        var month = Text("month");
        if (!_dates.ContainsKey("issued") && BibTexDates.FromParts(year, month, Text("day"), out var badMonth) is { } issued)
        {
            _dates["issued"] = issued;
            if (badMonth) Keep(_raw["month"], "the month is not a month name or number; kept as the field 'month'");
        }
        else if (month is not null && !_dates.ContainsKey("issued")) Keep(_raw["month"]);
        if (Text("urldate") is { } accessed) _dates["accessed"] = BibTexDates.FromIso(accessed);
        if (Text("eventdate") is { } eventDate) _dates["event-date"] = BibTexDates.FromIso(eventDate);
        if (Text("origdate") is { } originalDate) _dates["original-date"] = BibTexDates.FromIso(originalDate);
    }

    private void MapIdentifiers()
    {
        if (_raw.TryGetValue("doi", out var doi)) Set("DOI", DoiPrefix().Replace(LatexDecoder.DecodeVerbatim(doi.Value), ""));
        if (Text("eprinttype") is not { } eprintType || !_raw.TryGetValue("eprint", out var eprint)) return;
        var variable = eprintType.ToLowerInvariant() switch { "pubmed" or "pmid" => "PMID", "pmc" or "pmcid" => "PMCID", "doi" => "DOI", _ => null };
        if (variable is null) _fields["eprinttype"] = eprintType;
        else if (_fields.TryAdd(variable, LatexDecoder.DecodeVerbatim(eprint.Value))) _fields.Remove("eprint");
    }

    private void MapNote()
    {
        if (Text("note") is not { } note) return;
        var identifier = NoteIdentifier().Match(note);
        if (identifier.Success && _fields.TryAdd(identifier.Groups[1].Value.ToUpperInvariant(), identifier.Groups[2].Value)) return;
        Set("note", note);
    }

    private void AddNames(string role, BibTexField field)
    {
        var list = BibTexNameParser.Parse(field.Value);
        if (list.Names.Count > 0 && !_names.ContainsKey(role)) _names[role] = list.Names;
        if (list.AndOthers)
        {
            _fields[role + "-and-others"] = "true";
            Report(DiagnosticSeverity.Info, field, "'and others' (et al.) is not a name; the list ends before it and the record keeps '" + role + "-and-others'");
        }
    }

    private void Keep(BibTexField field, string? warning = null)
    {
        var kind = BibTexFields.VerbatimUnknown.Contains(field.Name) ? BibTexFieldKind.Verbatim : BibTexFieldKind.Text;
        var value = Decode(field, kind);
        if (value.Length > 0) _fields.TryAdd(field.Name, value);
        if (warning is not null) Report(DiagnosticSeverity.Warning, field, warning);
    }

    private void Set(string variable, string value)
    {
        if (value.Length > 0) _fields.TryAdd(variable, value);
    }

    private string? Text(string name) => Value(name, BibTexFieldKind.Text);

    private string? Title(string name) => Value(name, BibTexFieldKind.Title);

    private string? Value(string name, BibTexFieldKind kind)
    {
        if (!_raw.TryGetValue(name, out var field)) return null;
        var value = Decode(field, kind);
        return value.Length == 0 ? null : value;
    }

    private static string Decode(BibTexField field, BibTexFieldKind kind) => kind switch
    {
        BibTexFieldKind.Verbatim => LatexDecoder.DecodeVerbatim(field.Value),
        BibTexFieldKind.Title => LatexDecoder.Decode(field.Value, protectCase: true),
        _ => LatexDecoder.Decode(field.Value),
    };

    private void Report(DiagnosticSeverity severity, BibTexField field, string message) =>
        _problems.Add(new BibTexProblem(severity, field.Offset, _entry.Key, field.Name, message));

    [GeneratedRegex(@"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", RegexOptions.IgnoreCase)]
    private static partial Regex DoiPrefix();

    [GeneratedRegex(@"^(PMID|PMCID):\s*(\S+)$", RegexOptions.IgnoreCase)]
    private static partial Regex NoteIdentifier();

    [GeneratedRegex(@"^(?:https?|ftp)://\S+$", RegexOptions.IgnoreCase)]
    private static partial Regex UrlLike();
}
