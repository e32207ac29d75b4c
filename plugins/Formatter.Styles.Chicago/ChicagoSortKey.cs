using System.Buffers;
using System.Text.RegularExpressions;
using Formatter.Records;

namespace Formatter.Styles.Chicago;

/// <summary>
/// What a Chicago list is alphabetised by (guide §6; CMOS 14.66–68, 15.16–17): the element that starts the entry — the
/// names (family name first, then given names, name by name; a single author before co-authored works by the same
/// first author), else what stands in their place (a web page's owner, a standard's body, a reference work, a website),
/// else the title without an initial A, An or The — then, for notes and bibliography, the title and the year; for
/// author-date, the year (undated works after dated ones) and the title.
/// </summary>
internal sealed partial record ChicagoSortKey(ChicagoLead Lead, int DateGroup, int Year, string Title)
{
    private static readonly string[] LegalTypes = ["bill", "hearing", "legal_case", "legislation", "regulation", "treaty"];
    private static readonly string[] EntryTypes = ["entry", "entry-dictionary", "entry-encyclopedia"];

    /// <summary>The key of a record.</summary>
    public static ChicagoSortKey Of(Record record)
    {
        var title = Plain(record.Field("title") ?? "");
        var date = record.Date("issued");
        var group = date is not null ? 0 : record.Field("status") is not null ? 2 : 1;
        return new ChicagoSortKey(LeadOf(record, title), group, date?.Year ?? 0, Sortable(WithoutArticle(title)));
    }

    private static ChicagoLead LeadOf(Record record, string title)
    {
        if (LegalTypes.Contains(record.Type)) return ChicagoLead.Of([Sortable(WithoutArticle(title))]);
        foreach (var role in Roles(record))
        {
            var names = record.NameList(role);
            if (names.Count > 0) return ChicagoLead.Of(names.SelectMany(NameKey).Select(Sortable));
        }
        if (record.Type is "software" or "webpage" && record.Field("publisher") is { } publisher) return ChicagoLead.Of([Sortable(Plain(publisher))]);
        if (record.Type == "standard" && record.Field("authority") is { } authority) return ChicagoLead.Of([Sortable(Plain(authority))]);
        if (record.Field("container-title") is { } container
            && (EntryTypes.Contains(record.Type) || record.Type is "broadcast" or "webpage"))
            return ChicagoLead.Of([Sortable(WithoutArticle(Plain(container)))]);
        return ChicagoLead.Of([Sortable(WithoutArticle(title))]);
    }

    /// <summary>
    /// Hyphens, apostrophes and middle dots join the parts of a word and do not count (<c>Al-Rashid</c> files as
    /// <c>AlRashid</c>, the transliterated name <c>V·波法</c> as <c>V波法</c>, Catalan <c>col·lecció</c> as <c>collecció</c>);
    /// spaces do.
    /// </summary>
    private static string Sortable(string value) => value.AsSpan().IndexOfAny(JoinerChars) < 0 ? value : Joiners().Replace(value, "");

    // The characters Joiners() matches, to pass by the many keys without any.
    private static readonly SearchValues<char> JoinerChars = SearchValues.Create("-\u2010\u2011'\u2019\u00B7\u30FB");

    /// <summary>The roles that can stand first in an entry, in the order the templates try them.</summary>
    private static IEnumerable<string> Roles(Record record)
    {
        yield return "composer";
        yield return "author";
        yield return "guest";
        yield return "host";
        if (record.Type == "song") yield return "performer";
        yield return "illustrator";
        if (record.Field("container-title") is null && (record.Field("volume") is not null || record.Field("number-of-volumes") is not null))
            yield return "collection-editor";
        if (record.Type != "standard")
        {
            yield return "editor";
            yield return "translator";
            yield return "collection-editor";
        }
        yield return "director";
        yield return "producer";
        yield return "executive-producer";
        yield return "series-creator";
        if (record.Type == "broadcast") yield return "contributor";
        yield return "editorial-director";
        yield return "compiler";
        if (record.Type is "event" or "performance" or "speech")
        {
            yield return "chair";
            yield return "organizer";
        }
        yield return "curator";
    }

    /// <summary>A name as it is alphabetised: family name with its particle (<c>de Gaulle</c>), then the given names if any
    /// (a family name alone files like the same name given as a literal).</summary>
    private static IEnumerable<string> NameKey(Name name)
    {
        if (name.Literal is { } literal)
        {
            yield return Plain(literal);
            yield break;
        }
        yield return string.IsNullOrEmpty(name.NonDroppingParticle) ? name.Family ?? "" : name.NonDroppingParticle + " " + name.Family;
        var given = string.Join(" ", new[] { name.Given, name.DroppingParticle }.Where(p => !string.IsNullOrEmpty(p)));
        if (given.Length > 0) yield return given;
    }

    /// <summary>The text without inline markup.</summary>
    // Markup and, at the ends, spaces and invisible characters (a zero-width space in a literal name) file nowhere.
    private static string Plain(string value) =>
        (value.Contains('<') ? Tags().Replace(value, "") : value).Trim().Trim('\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF').Trim();

    /// <summary>A title files under its first word after an initial article (guide §6: A, An, The).</summary>
    private static string WithoutArticle(string title)
    {
        var value = title.TrimStart('"', '“', '‘', '\'', '«', '„', '[', '(', '¿', '¡', ' ');
        var match = Article().Match(value);
        return match.Success && match.Length < value.Length ? value[match.Length..] : value;
    }

    [GeneratedRegex("[-\u2010\u2011'\u2019\u00B7\u30FB]")]
    private static partial Regex Joiners();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"^(the|an|a)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Article();
}
