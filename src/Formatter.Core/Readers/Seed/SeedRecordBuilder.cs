using Formatter.Diagnostics;
using Formatter.Records;

namespace Formatter.Core.Readers.Seed;

/// <summary>Interprets the rows of a <see cref="SeedDocument"/> as a CSL record, reporting values it cannot use.</summary>
internal sealed class SeedRecordBuilder(string fileName, SeedDocument document, List<Diagnostic> diagnostics)
{
    private readonly Dictionary<string, string> _fields = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Name>> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateValue> _dates = new(StringComparer.Ordinal);

    public Record Build(string id)
    {
        var type = ReadType();
        _fields["title"] = document.Title;
        foreach (var field in document.Fields) ReadField(field, type);
        return new Record
        {
            Id = id,
            Type = type,
            Fields = _fields,
            Names = _names.ToDictionary(n => n.Key, n => (IReadOnlyList<Name>)n.Value, StringComparer.Ordinal),
            Dates = _dates,
            Source = new SourceLocation(fileName, document.TitleLine),
        };
    }

    private string ReadType()
    {
        var format = document.Find(SeedFieldKind.Format);
        if (format is null)
        {
            Warn(document.TitleLine, "Format", "no 'Format' row; type 'document' assumed");
            return "document";
        }
        if (SeedFormatTypes.ToType(format.First) is { } type) return type;
        Warn(format.Line, "Format", $"unknown format '{format.First}'; type 'document' assumed");
        return "document";
    }

    private void ReadField(SeedField field, string type)
    {
        if (field.Values.Count == 0) return;
        switch (field.Kind)
        {
            case SeedFieldKind.MainAuthor: AddNames(field, singleName: true, corporate: false); break;
            case SeedFieldKind.MainAuthors: AddNames(field, singleName: false, corporate: false); break;
            case SeedFieldKind.CorporateAuthor: AddNames(field, singleName: true, corporate: true); break;
            case SeedFieldKind.CorporateAuthors: AddNames(field, singleName: false, corporate: true); break;
            case SeedFieldKind.OtherAuthors: AddNames(field, singleName: false, corporate: false); break;
            case SeedFieldKind.ContainerTitle: SetField("container-title", field.Joined); break;
            case SeedFieldKind.Language: ReadLanguage(field); break;
            case SeedFieldKind.Published: ReadPublished(field); break;
            case SeedFieldKind.Edition: SetField("edition", field.Joined); break;
            case SeedFieldKind.Series: ReadSeries(field, type); break;
            case SeedFieldKind.Subjects: SetField("keyword", string.Join(", ", field.Values.Select(v => v.Text))); break;
            case SeedFieldKind.OnlineAccess: ReadUrl(field); break;
            case SeedFieldKind.Summary:
            case SeedFieldKind.Abstract: SetField("abstract", field.Joined); break;
            case SeedFieldKind.PhysicalDescription: ReadPagination(field); break;
            case SeedFieldKind.Isbn: JoinValues("ISBN", field, SeedValues.Isbn); break;
            case SeedFieldKind.Issn: JoinValues("ISSN", field, SeedValues.Issn); break;
            case SeedFieldKind.Doi: if (SeedValues.Doi(field.First) is { } doi) SetField("DOI", doi); break;
            case SeedFieldKind.IxTheoDetails: ReadIxTheo(field); break;
        }
    }

    private void AddNames(SeedField field, bool singleName, bool corporate)
    {
        foreach (var author in SeedAuthorListParser.Parse(field.Joined, singleName, corporate))
        {
            var roles = author.Roles.Count == 0 ? ["author"] : author.Roles;
            foreach (var role in roles)
            {
                if (!_names.TryGetValue(role, out var list)) _names[role] = list = [];
                list.Add(author.Name);
            }
        }
    }

    private void ReadLanguage(SeedField field)
    {
        foreach (var name in field.First.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (LanguageNames.ToTag(name) is { } tag)
            {
                SetField("language", tag);
                return;
            }
        }
        Warn(field.Line, field.Label, $"unknown language name '{field.First}'; no language set");
    }

    private void ReadPublished(SeedField field)
    {
        var publication = SeedPublishedParser.Parse(field.First);
        if (publication.Place is { } place) SetField("publisher-place", place);
        if (publication.Publisher is { } publisher) SetField("publisher", publisher);
        if (publication.Date is { } date) _dates.TryAdd("issued", date);
    }

    private void ReadSeries(SeedField field, string type)
    {
        var series = field.First;
        if (SeedFormatTypes.IsArticle(type))
        {
            SetField("container-title", series);
            return;
        }
        var separator = series.LastIndexOf(" ; ", StringComparison.Ordinal);
        if (separator > 0 && series[(separator + 3)..].Trim().Length > 0)
        {
            SetField("collection-title", series[..separator].Trim());
            SetField("collection-number", series[(separator + 3)..].Trim());
        }
        else
        {
            SetField("collection-title", series.TrimEnd(';', ' '));
        }
    }

    private void ReadUrl(SeedField field)
    {
        var url = field.Values.Select(v => v.Text.Trim()).FirstOrDefault(SeedValues.IsUrl);
        if (url is not null) SetField("URL", url);
    }

    private void ReadPagination(SeedField field)
    {
        if (SeedValues.NumberOfPages(field.First) is { } pages) SetField("number-of-pages", pages);
        else Warn(field.Line, field.Label, $"no page count found in '{field.First}'");
    }

    private void JoinValues(string key, SeedField field, Func<string, string?> extract)
    {
        var values = field.Values.Select(v => extract(v.Text)).OfType<string>().Distinct().ToList();
        if (values.Count > 0) SetField(key, string.Join(", ", values));
    }

    private void ReadIxTheo(SeedField field)
    {
        var parts = SeedIxTheoDetails.Parse(field.First);
        if (parts.TryGetValue("volume", out var volume)) SetField("volume", volume);
        if (parts.TryGetValue("issue", out var issue)) SetField("issue", issue);
        if (parts.TryGetValue("number", out var number)) SetField("issue", number);
        if (parts.TryGetValue("pages", out var pages)) SetField("page", pages);
        if (parts.TryGetValue("year", out var year) && SeedDateParser.Parse(year) is { } date) _dates.TryAdd("issued", date);
    }

    private void SetField(string key, string value)
    {
        var trimmed = value.Trim();
        if (trimmed.Length > 0) _fields.TryAdd(key, trimmed);
    }

    private void Warn(int line, string? field, string message) =>
        diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, message) { Location = new SourceLocation(fileName, line), Field = field, RecordId = null });
}
