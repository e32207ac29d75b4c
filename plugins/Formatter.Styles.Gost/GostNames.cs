using System.Text.RegularExpressions;
using Formatter.Records;

namespace Formatter.Styles.Gost;

/// <summary>
/// Who may head a GOST entry (guide §3, §14; ГОСТ 7.80-2000): only a person. A split name is a person, and so is a
/// family name alone or a user name (<c>kurgus</c>). A literal (unsplit) name is a person when it looks like one:
/// a single word that is not an acronym (<c>Denquin</c>, <c>zeshen</c>), a CJK or Hangul name (<c>張雀鳳</c>), a family
/// name with initials (<c>Де Щулф А.</c>, <c>Emi, K</c>), or two to four capitalised words (<c>Valentina Roncati</c>)
/// that name no organisation. Everything else — acronyms (<c>FAO</c>), phrases with lower-case words or
/// punctuation, names with an organisation word (<c>Министерство</c>, <c>Society</c>) — is an organisation: it goes
/// after <c> / </c>, never into the heading.
/// </summary>
public static partial class GostNames
{
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "van", "von", "de", "der", "den", "di", "da", "du", "del", "della", "la", "le", "bin", "ibn", "al", "ter", "ten", "dos", "das",
    };

    private static readonly HashSet<string> OrganisationWords = new(StringComparer.Ordinal)
    {
        "society", "organization", "organisation", "association", "agency", "institute", "institut", "instituto", "university",
        "universität", "université", "universidad", "college", "academy", "museum", "museen", "library", "council",
        "committee", "commission", "department", "ministry", "board", "office", "service", "team", "group", "foundation",
        "stiftung", "company", "corporation", "inc", "ltd", "gmbh", "press", "news", "center", "centre", "zentrum", "bank",
        "congress", "senate", "parliament", "government", "states", "kingdom", "republic", "union", "reich", "nation",
        "network", "project", "laboratory", "school", "verlag",
    };

    /// <summary>Russian organisation words, matched as stems because they inflect.</summary>
    private static readonly string[] OrganisationStems =
    [
        "министерств", "правительств", "дума", "институт", "университет", "академи", "комитет", "совет", "служба",
        "агентств", "центр", "общество", "союз", "ассоциаци", "управлени", "департамент", "федераци", "республик",
        "администраци", "фонд", "библиотек", "музей", "издательств", "редакци", "коллектив", "конференци", "палата",
    ];

    /// <summary>True when the name is a person's.</summary>
    public static bool IsPerson(Name name)
    {
        if (!name.IsLiteral) return true;
        var literal = name.Literal?.Trim(' ', '\u200b') ?? "";
        if (literal.Length == 0) return false;
        if (EastAsianName().IsMatch(literal) || FamilyWithInitials().IsMatch(literal) || InvertedWithInitial().IsMatch(literal)) return true;
        var words = literal.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Any(NamesOrganisation)) return false;
        if (words.Length == 1) return !IsAcronym(words[0]);
        return words.Length <= 4 && words.All(w => CapitalisedWord().IsMatch(w) || Initial().IsMatch(w) || Particles.Contains(w));
    }

    /// <summary>True when a role holds one literal that starts in lower case: a verbatim statement (<c>под редакцией …</c>).</summary>
    public static bool IsPhrase(IReadOnlyList<Name> names) =>
        names.Count == 1 && names[0].Literal?.TrimStart() is { Length: > 0 } literal && char.IsLower(literal[0]);

    /// <summary>
    /// True when the entry has a heading: 1 to <paramref name="headingMax"/> authors and the first a person.
    /// </summary>
    public static bool HasHeading(Record record, int headingMax)
    {
        var authors = record.NameList("author");
        return authors.Count > 0 && authors.Count <= headingMax && IsPerson(authors[0]);
    }

    /// <summary>The heading's sort text: family name, given name (empty when the entry has no heading).</summary>
    public static string HeadingKey(Record record, int headingMax)
    {
        if (!HasHeading(record, headingMax)) return "";
        var first = record.NameList("author")[0];
        if (first.Literal is { } literal) return literal;
        var family = string.Join(" ", new[] { first.NonDroppingParticle, first.Family }.Where(p => !string.IsNullOrEmpty(p)));
        return $"{family} {first.Given}".Trim();
    }

    private static bool NamesOrganisation(string word)
    {
        var lower = word.ToLowerInvariant().Trim('.', ',', '(', ')');
        return OrganisationWords.Contains(lower) || (lower.EndsWith('s') && OrganisationWords.Contains(lower[..^1]))
            || OrganisationStems.Any(stem => lower.StartsWith(stem, StringComparison.Ordinal));
    }

    private static bool IsAcronym(string word) => word.Length > 1 && word.All(c => !char.IsLetter(c) || char.IsUpper(c)) && word.Any(char.IsLetter);

    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}\p{IsHangulSyllables}\p{IsHiragana}\p{IsKatakana}·・]{2,5}(?: \S{1,4})?$")]
    private static partial Regex EastAsianName();

    [GeneratedRegex(@"^\p{Lu}[\p{L}'’\-]+(?: \p{Lu}[\p{L}'’\-]+){0,2} (?:\p{Lu}\. ?){1,3}$")]
    private static partial Regex FamilyWithInitials();

    [GeneratedRegex(@"^\p{Lu}[\p{L}'’\-]+, (?:\p{Lu}\.? ?){1,3}$")]
    private static partial Regex InvertedWithInitial();

    [GeneratedRegex(@"^\p{Lu}\p{Ll}[\p{Ll}'’\-]*$")]
    private static partial Regex CapitalisedWord();

    [GeneratedRegex(@"^\p{Lu}\.?$")]
    private static partial Regex Initial();
}
