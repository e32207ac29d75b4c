using System.Text.RegularExpressions;
using Formatter.Core.Text.Language;
using Formatter.Records;

namespace Formatter.Conformance.Divergences;

/// <summary>
/// Record tests behind the Chicago letter-case rules (chicago-17.md §3, §11): which title fields are English, and
/// which of them hold a word whose headline case the guide fixes differently from citeproc-js. They read the fields
/// only — never an id or a particular title.
/// </summary>
public static partial class ChicagoCasePredicates
{
    /// <summary>The fields the Chicago styles print in headline case.</summary>
    private static readonly string[] TitleFields = ["title", "container-title", "collection-title", "original-title", "event-title", "volume-title"];

    /// <summary>Articles, coordinating conjunctions, <c>to</c>, <c>as</c> and prepositions (chicago-17.md §3; CMOS 8.159).</summary>
    private static readonly HashSet<string> MinorWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "but", "for", "or", "nor", "to", "as",
        "about", "above", "across", "after", "against", "along", "amid", "among", "around", "at", "before", "behind",
        "below", "beneath", "beside", "between", "beyond", "by", "despite", "during", "except", "from", "in", "inside",
        "into", "of", "on", "onto", "outside", "over", "per", "since", "than", "through", "throughout", "toward",
        "towards", "under", "until", "upon", "via", "with", "within", "without",
    };

    /// <summary>A title field that is not English (the record's language, else judged from the text), or that holds
    /// words in another script than Latin.</summary>
    public static bool HasStringNotEnglish(Record record) =>
        Titles(record).Any(text => !LanguageResolver.IsEnglish(record, text) || HasNonLatinLetters(text));

    /// <summary>An English title field with a minor word typed with a capital after the first word of the title or
    /// subtitle (<c>Moves Into Banking</c>, <c>Side Of</c>).</summary>
    public static bool HasCapitalisedMinorWord(Record record) =>
        EnglishTitles(record).Any(text => MinorWordInside().Matches(text).Any(m => char.IsUpper(m.Groups["word"].Value[0]) && MinorWords.Contains(m.Groups["word"].Value)));

    /// <summary>An English title field with a compound joined by a Unicode hyphen (U+2010, U+2011) whose later part is in
    /// lower case (<c>climate‐induced</c>).</summary>
    public static bool HasUnicodeHyphenCompound(Record record) =>
        EnglishTitles(record).Any(text => UnicodeHyphenCompound().IsMatch(text));

    /// <summary>An English title field whose title (before a colon) ends in a minor word (<c>Data from: …</c>).</summary>
    public static bool HasMinorWordBeforeColon(Record record) =>
        EnglishTitles(record).Any(text => MinorWordBeforeColon().Matches(text).Any(m => MinorWords.Contains(m.Groups["word"].Value)));

    /// <summary>An English title field with a domain name (<c>lawson.kr</c>, <c>FranUlmer.com</c>).</summary>
    public static bool HasDomainName(Record record) => EnglishTitles(record).Any(text => DomainName().IsMatch(text));

    private static IEnumerable<string> Titles(Record record) =>
        TitleFields.Select(record.Field).OfType<string>().Where(t => t.Length > 0);

    private static IEnumerable<string> EnglishTitles(Record record) =>
        Titles(record).Where(text => LanguageResolver.IsEnglish(record, text) && !HasNonLatinLetters(text));

    /// <summary>Two letters in a row of a script other than Latin: a word, not a symbol such as <c>α</c> in <c>1α,25</c>.</summary>
    private static bool HasNonLatinLetters(string text)
    {
        for (var i = 1; i < text.Length; i++)
        {
            if (IsNonLatinLetter(text[i - 1]) && IsNonLatinLetter(text[i])) return true;
        }
        return false;
    }

    private static bool IsNonLatinLetter(char c) => char.IsLetter(c) && ScriptDetector.Classify(c) != Script.Latin;

    /// <summary>A word preceded by another word and a space (not by a colon, question mark, exclamation mark or dash).</summary>
    [GeneratedRegex(@"(?<=[\p{L}\p{N},’')]\s+)(?<word>\p{L}+)\b")]
    private static partial Regex MinorWordInside();

    [GeneratedRegex(@"\p{L}[\u2010\u2011]\p{Ll}")]
    private static partial Regex UnicodeHyphenCompound();

    [GeneratedRegex(@"\s(?<word>\p{L}+):\s")]
    private static partial Regex MinorWordBeforeColon();

    [GeneratedRegex(@"\p{L}\.\p{Ll}{2,}\b")]
    private static partial Regex DomainName();
}
