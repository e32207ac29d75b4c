using System.Text.RegularExpressions;
using Formatter.Diagnostics;
using Formatter.Records;

namespace Formatter.Core.Readers.Ris;

/// <summary>
/// Maps one RIS record to a CSL <see cref="Record"/>: names by tag and type, journal titles (<c>T2</c>/<c>JF</c>
/// full, <c>J2</c>/<c>JO</c> short), <c>SP</c>–<c>EP</c> pages, dates (<c>DA</c> before <c>PY</c> before <c>Y1</c>),
/// <c>SN</c> as ISBN or ISSN. Tags with no CSL variable are kept under the tag name (repeated values one per line).
/// </summary>
internal sealed partial class RisRecordBuilder
{
    private static readonly HashSet<string> Consumed = new(StringComparer.Ordinal)
    {
        "TY", "ER", "ID", "SP", "EP", "PY", "DA", "Y1", "Y2", "T2", "JF", "JO", "JA", "J1", "J2", "BT", "SN", "UR",
        "AB", "N2", "N1", "KW", "LA", "M1", "M3",
    };

    private readonly RisEntry _entry;
    private readonly string _risType;
    private readonly List<RisProblem> _problems;
    private readonly string _label;
    private readonly Dictionary<string, string> _fields = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Name>> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateValue> _dates = new(StringComparer.Ordinal);

    private RisRecordBuilder(RisEntry entry, string label, List<RisProblem> problems)
    {
        _entry = entry;
        _risType = entry.TypeTag.Trim().ToUpperInvariant();
        _label = label;
        _problems = problems;
    }

    /// <summary>The record for <paramref name="entry"/>; <paramref name="label"/> names it in diagnostics.</summary>
    public static Record Build(RisEntry entry, string id, string label, List<RisProblem> problems) =>
        new RisRecordBuilder(entry, label, problems).Build(id);

    private Record Build(string id)
    {
        var type = RisTypes.ToCsl(_risType);
        if (type is null)
        {
            _fields["TY"] = _entry.TypeTag;
            _problems.Add(new RisProblem(DiagnosticSeverity.Warning, _entry.Line, 7, _label, "TY", $"unknown reference type '{_entry.TypeTag}'; read as a CSL 'document'"));
        }
        foreach (var tag in _entry.Tags)
        {
            if (tag.Value.Length == 0 || Consumed.Contains(tag.Tag)) continue;
            if (RisTagMap.NameRole(_risType, tag.Tag) is { } role) AddName(role, tag);
            else if (RisTagMap.Field(_risType, tag.Tag) is { } variable) Set(variable, tag.Value, tag);
            else Keep(tag);
        }
        MapTitles();
        MapPages();
        MapDates();
        MapSerialNumbers();
        MapTexts();
        var names = _names.ToDictionary(n => n.Key, n => (IReadOnlyList<Name>)n.Value, StringComparer.Ordinal);
        return new Record { Id = id, Type = type ?? "document", Fields = _fields, Names = names, Dates = _dates };
    }

    private void MapTitles()
    {
        if (_entry.First("BT") is { } bookTitle)
        {
            if (_risType is "BOOK" or "EBOOK" or "EDBOOK" or "SER" || !_fields.ContainsKey("title")) SetFirst("title", bookTitle);
            else SetFirst("container-title", bookTitle);
        }
        var t2Target = RisTagMap.Field(_risType, "T2");
        var t2 = _entry.First("T2");
        if (t2Target is not null && t2 is not null) SetFirst(t2Target, t2);
        var full = (t2Target is null ? t2 : null) ?? _entry.First("JF") ?? _entry.First("JO") ?? _entry.First("JA")
            ?? _entry.First("J1") ?? _entry.First("J2");
        var shortTitle = _entry.First("J2") ?? _entry.First("JO") ?? _entry.First("JA") ?? _entry.First("J1");
        if (full is not null) SetFirst("container-title", full);
        if (shortTitle is not null) SetFirst("container-title-short", shortTitle);
    }

    private void MapPages()
    {
        var start = _entry.First("SP");
        var end = _entry.First("EP");
        if (start is null && end is null) return;
        var target = RisTagMap.Field(_risType, "SP") ?? "page";
        var pages = start is null ? end! : end is null || end == start ? start : start + "-" + end;
        SetFirst(target == "number-of-pages" && end is not null ? "page" : target, pages);
    }

    private void MapDates()
    {
        foreach (var tag in (string[])["DA", "PY", "Y1"])
        {
            foreach (var value in _entry.All(tag))
            {
                var date = RisDates.Parse(value.Value);
                if (date is null)
                {
                    _problems.Add(new RisProblem(DiagnosticSeverity.Info, value.Line, 7, _label, tag, $"'{value.Value}' is a placeholder, not a date; ignored"));
                    continue;
                }
                if (date.Start is not null || !_dates.ContainsKey("issued")) _dates.TryAdd("issued", date);
                if (_dates["issued"].Literal is not null && date.Start is not null) _dates["issued"] = date;
            }
        }
        if (_entry.First("Y2") is { } accessed && RisDates.Parse(accessed) is { } date2) _dates["accessed"] = date2;
    }

    private void MapSerialNumbers()
    {
        foreach (var tag in _entry.All("SN"))
        {
            var value = tag.Value;
            var digits = new string(value.Where(c => char.IsAsciiDigit(c) || c is 'X' or 'x').ToArray());
            var isIssn = Issn().IsMatch(value.Trim());
            var isIsbn = !isIssn && digits.Length is 10 or 13;
            var variable = isIssn ? "ISSN" : isIsbn ? "ISBN" : RisTypes.TakesIsbn(_risType) ? "ISBN" : "ISSN";
            SetFirst(variable, value);
        }
        var urls = _entry.All("UR").Select(t => t.Value).ToList();
        if (urls.Count > 0) SetFirst("URL", urls[0]);
        if (urls.Count > 1) _fields["UR"] = string.Join("\n", urls.Skip(1));
        if (_entry.First("M3") is { } m3)
        {
            var doi = DoiText().Match(m3);
            if (doi.Success) _fields.TryAdd("DOI", doi.Groups[1].Value);
            else SetFirst(RisTagMap.Field(_risType, "M3") ?? "genre", m3);
        }
        if (_entry.First("M1") is { } m1)
        {
            var target = RisTagMap.Field(_risType, "M1") ?? "number";
            if (!_fields.TryAdd(target, m1)) _fields.TryAdd("M1", m1);
        }
    }

    private void MapTexts()
    {
        var abstracts = _entry.All("AB").Concat(_entry.All("N2")).Select(t => t.Value).Distinct().ToList();
        if (abstracts.Count > 0) _fields["abstract"] = string.Join("\n", abstracts);
        var notes = _entry.All("N1").Select(t => t.Value).ToList();
        if (notes.Count > 0) _fields["note"] = string.Join("\n", notes);
        var keywords = _entry.All("KW").Select(t => t.Value).ToList();
        if (keywords.Count > 0) _fields["keyword"] = string.Join(", ", keywords);
        if (_entry.First("LA") is { } language) _fields["language"] = LanguageCodes.ToTag(language) ?? language;
    }

    private void AddName(string role, RisTag tag)
    {
        if (RisNameParser.Parse(tag.Value) is not { } name) return;
        if (!_names.TryGetValue(role, out var list)) _names[role] = list = [];
        list.Add(name);
    }

    private void Set(string variable, string value, RisTag tag)
    {
        if (_fields.TryAdd(variable, value)) return;
        if (_fields[variable] == value) return;
        Keep(tag);
    }

    private void SetFirst(string variable, string value) => _fields.TryAdd(variable, value);

    private void Keep(RisTag tag)
    {
        _fields[tag.Tag] = _fields.TryGetValue(tag.Tag, out var earlier) ? earlier + "\n" + tag.Value : tag.Value;
    }

    [GeneratedRegex(@"^(?:doi:\s*)?(10\.[0-9]{4,9}/\S+)$", RegexOptions.IgnoreCase)]
    private static partial Regex DoiText();

    [GeneratedRegex(@"^[0-9]{4}-?[0-9]{3}[0-9Xx]$")]
    private static partial Regex Issn();
}
