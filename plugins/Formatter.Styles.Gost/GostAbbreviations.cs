using System.Text;

namespace Formatter.Styles.Gost;

/// <summary>
/// Abbreviations for the GOST R 7.0.5-2008 profile (guide §11: allowed except in the main title) and for lists that
/// choose short places (§5): the places of ГОСТ Р 7.0.12-2011 written with one or a few letters (<c>Москва</c> →
/// <c>М.</c>, <c>Санкт-Петербург</c> → <c>СПб.</c>) and a small set of words of other title information
/// (<c>учебное пособие</c> → <c>учеб. пособие</c>). Only whole words are replaced; a capital first letter is kept.
/// </summary>
public static class GostAbbreviations
{
    private static readonly Dictionary<string, string> Places = new(StringComparer.Ordinal)
    {
        ["Москва"] = "М.", ["Санкт-Петербург"] = "СПб.", ["Ленинград"] = "Л.", ["Петроград"] = "Пг.",
        ["Ростов-на-Дону"] = "Ростов н/Д", ["Нижний Новгород"] = "Н. Новгород",
    };

    private static readonly Dictionary<string, string> WordForms = new(StringComparer.Ordinal)
    {
        ["учебное"] = "учеб.", ["учебник"] = "учеб.", ["учебно-методическое"] = "учеб.-метод.", ["методическое"] = "метод.",
        ["методические"] = "метод.", ["указания"] = "указания", ["сборник"] = "сб.", ["статей"] = "ст.", ["научных"] = "науч.",
        ["трудов"] = "тр.", ["конференции"] = "конф.", ["международной"] = "междунар.", ["всероссийской"] = "всерос.",
        ["научно-практической"] = "науч.-практ.", ["научной"] = "науч.", ["справочник"] = "справ.", ["словарь"] = "слов.",
        ["диссертация"] = "дис.", ["автореферат"] = "автореф.", ["диссертации"] = "дис.", ["кандидата"] = "канд.",
        ["доктора"] = "д-ра", ["ученой"] = "учен.", ["степени"] = "степ.", ["соискание"] = "соиск.",
    };

    /// <summary>The place with each of its ` ; `-separated names abbreviated when it has a standard short form; null when there is no place.</summary>
    public static string? Place(string? place)
    {
        if (string.IsNullOrWhiteSpace(place)) return null;
        var parts = place.Split(';');
        for (var i = 0; i < parts.Length; i++)
        {
            var name = parts[i].Trim();
            if (Places.TryGetValue(name, out var shortForm)) parts[i] = parts[i].Replace(name, shortForm, StringComparison.Ordinal);
        }
        return string.Join(";", parts);
    }

    /// <summary>
    /// A title with its other title information abbreviated: everything after the first <c> : </c>; the main title
    /// before it is never abbreviated (ГОСТ Р 7.0.5-2008, 4.9.3).
    /// </summary>
    public static string OtherTitleInformation(string? title)
    {
        if (string.IsNullOrEmpty(title)) return title ?? "";
        var colon = title.IndexOf(" : ", StringComparison.Ordinal);
        return colon < 0 ? title : title[..(colon + 3)] + Words(title[(colon + 3)..]);
    }

    /// <summary>The text with the listed words abbreviated (for other title information, never a main title).</summary>
    public static string Words(string? text)
    {
        if (string.IsNullOrEmpty(text)) return text ?? "";
        var builder = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                builder.Append(text[i++]);
                continue;
            }
            var end = i;
            while (end < text.Length && (char.IsLetter(text[end]) || (text[end] == '-' && end + 1 < text.Length && char.IsLetter(text[end + 1])))) end++;
            var word = text[i..end];
            var lower = word.ToLowerInvariant();
            var followedByPeriod = end < text.Length && text[end] == '.';
            if (!followedByPeriod && WordForms.TryGetValue(lower, out var abbreviation) && (word == lower || word == Capitalize(lower)))
                builder.Append(word == lower ? abbreviation : Capitalize(abbreviation));
            else builder.Append(word);
            i = end;
        }
        return builder.ToString();
    }

    private static string Capitalize(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];
}
