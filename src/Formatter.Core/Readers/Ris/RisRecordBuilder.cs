using System.Text.RegularExpressions;
using Formatter.Diagnostics;
using Formatter.Records;

namespace Formatter.Core.Readers.Ris;

/// <summary>
/// Maps one RIS record to a CSL <see cref="Record"/>: each tag by its meaning for the record's type
/// (<see cref="RisTagMap"/>, with the layout choices of <see cref="RisLayout"/>); journal titles (<c>T2</c>/<c>JF</c>
/// full, <c>J2</c>/<c>JO</c> short), <c>SP</c>–<c>EP</c> pages, dates (<c>DA</c> before <c>PY</c> before <c>Y1</c>),
/// <c>SN</c> as ISBN or ISSN by its shape, then by type. The catch-all tags (<c>M1</c>–<c>M3</c>, <c>C1</c>–<c>C8</c>)
/// and labelled notes (<see cref="RisLabelledNotes"/>) only fill variables no other tag has set. Tags with no CSL
/// variable are kept under the tag name (repeated values one per line).
/// </summary>
internal sealed partial class RisRecordBuilder
{
    private static readonly HashSet<string> Consumed = new(StringComparer.Ordinal)
    {
        "TY", "ER", "ID", "SP", "EP", "PY", "DA", "Y1", "Y2", "T2", "JF", "JO", "JA", "J1", "J2", "BT", "SN", "UR",
        "AB", "N2", "N1", "KW", "LA",
    };

    /// <summary>Catch-all tags: read after every other tag, so that they only fill what is still missing.</summary>
    private static readonly HashSet<string> CatchAll = new(StringComparer.Ordinal)
    {
        "M1", "M2", "M3", "C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8",
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
            if (tag.Value.Length > 0 && !Consumed.Contains(tag.Tag) && !CatchAll.Contains(tag.Tag)) Apply(tag);
        }
        MapTitles();
        MapPages();
        MapDates();
        MapSerialNumbers();
        foreach (var tag in _entry.Tags)
        {
            if (tag.Value.Length == 0 || !CatchAll.Contains(tag.Tag)) continue;
            if (tag.Tag == "M3" && DoiText().Match(tag.Value) is { Success: true } doi) _fields.TryAdd("DOI", doi.Groups[1].Value);
            else Apply(tag);
        }
        MapTexts();
        var names = _names.ToDictionary(n => n.Key, n => (IReadOnlyList<Name>)n.Value, StringComparer.Ordinal);
        return new Record { Id = id, Type = type ?? "document", Fields = _fields, Names = names, Dates = _dates };
    }

    private void Apply(RisTag tag)
    {
        var target = RisLayout.Target(_entry, _risType, tag.Tag);
        if (target is null) Keep(tag);
        else if (RisTagMap.IsNameRole(target)) AddName(target, tag);
        else Set(target, tag.Value, tag);
    }

    private void MapTitles()
    {
        if (_entry.First("BT") is { } bookTitle)
        {
            if (_risType is "BOOK" or "EBOOK" or "EDBOOK" or "SER" or "UNPB" || !_fields.ContainsKey("title")) SetFirst("title", bookTitle);
            else SetFirst("container-title", bookTitle);
        }
        string? t2 = null;
        foreach (var tag in _entry.All("T2"))
        {
            var target = RisLayout.Target(_entry, _risType, "T2");
            if (target == "container-title") t2 ??= tag.Value;
            else if (target is null) Keep(tag);
            else Set(target, tag.Value, tag);
        }
        var full = t2 ?? _entry.First("JF") ?? _entry.First("JO") ?? _entry.First("JA") ?? _entry.First("J1") ?? _entry.First("J2");
        var shortTitle = _entry.First("J2") ?? _entry.First("JO") ?? _entry.First("JA") ?? _entry.First("J1");
        if (full is not null) SetFirst("container-title", full);
        if (shortTitle is not null) SetFirst("container-title-short", shortTitle);
    }

    private void MapPages()
    {
        var start = _entry.First("SP");
        var end = _entry.First("EP");
        if (start is null && end is null) return;
        var target = RisLayout.Target(_entry, _risType, "SP");
        if (end is not null && target is null or "number-of-pages" or "dimensions") target = "page";
        var pages = start is null ? end! : end is null || end == start ? start : start + "-" + end;
        if (target is null) Keep(_entry.All("SP")[0]);
        else SetFirst(target, pages);
    }

    private void MapDates()
    {
        foreach (var tag in (string[])["DA", "PY", "Y1", "Y2"])
        {
            var target = tag is "PY" or "Y1" ? "issued" : RisTagMap.Target(_risType, tag);
            foreach (var value in _entry.All(tag))
            {
                var date = RisDates.Parse(value.Value);
                if (target == "accessed")
                {
                    if (date is not null) _dates.TryAdd("accessed", date);
                    continue;
                }
                if (date is null)
                {
                    _problems.Add(new RisProblem(DiagnosticSeverity.Info, value.Line, 7, _label, tag, $"'{value.Value}' is a placeholder, not a date; ignored"));
                    continue;
                }
                if (date.Start is not null || !_dates.ContainsKey("issued")) _dates.TryAdd("issued", date);
                if (_dates["issued"].Literal is not null && date.Start is not null) _dates["issued"] = date;
            }
        }
    }

    private void MapSerialNumbers()
    {
        var typeTarget = RisTagMap.Target(_risType, "SN");
        foreach (var tag in _entry.All("SN"))
        {
            var value = tag.Value;
            var digits = new string(value.Where(c => char.IsAsciiDigit(c) || c is 'X' or 'x').ToArray());
            var isIssn = Issn().IsMatch(value.Trim());
            var isIsbn = !isIssn && digits.Length is 10 or 13;
            var variable = isIssn ? "ISSN" : isIsbn ? "ISBN" : typeTarget ?? "ISSN";
            SetFirst(variable, value);
        }
        var urls = _entry.All("UR").Select(t => t.Value).ToList();
        if (urls.Count > 0) SetFirst("URL", urls[0]);
        if (urls.Count > 1) _fields["UR"] = string.Join("\n", urls.Skip(1));
    }

    private void MapTexts()
    {
        var abstracts = _entry.All("AB").Concat(_entry.All("N2")).Select(t => t.Value).Distinct().ToList();
        if (abstracts.Count > 0) _fields["abstract"] = string.Join("\n", abstracts);
        var notes = _entry.All("N1").Select(t => t.Value).Where(note => !ReadLabelledNote(note)).ToList();
        if (notes.Count > 0) _fields["note"] = string.Join("\n", notes);
        var keywords = _entry.All("KW").Select(t => t.Value).ToList();
        if (keywords.Count > 0) _fields["keyword"] = string.Join(", ", keywords);
        if (_entry.First("LA") is { } language) _fields["language"] = LanguageCodes.ToTag(language) ?? language;
    }

    /// <summary>Reads a labelled note into its variable when no tag has set it; true when the note is now redundant.</summary>
    private bool ReadLabelledNote(string note)
    {
        if (RisLabelledNotes.Read(note) is not var (variable, value)) return false;
        return _fields.TryAdd(variable, value) || _fields[variable] == value;
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
