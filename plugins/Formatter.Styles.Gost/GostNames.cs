using System.Text.RegularExpressions;
using Formatter.Records;

namespace Formatter.Styles.Gost;

/// <summary>
/// Who may head a GOST entry (guide §3, §14; ГОСТ 7.80-2000): only a person. A split name is a person, and so is a
/// family name alone or a user name (<c>kurgus</c>); a literal is a person only when it looks like one — a short CJK
/// name (<c>張雀鳳</c>) or a family name with initials (<c>Де Щулф А.</c>). Other literals are organisations
/// (<c>Министерство природных ресурсов</c>, <c>FAO</c>): they go after <c> / </c>, never into the heading.
/// </summary>
public static partial class GostNames
{
    /// <summary>True when the name is a person's.</summary>
    public static bool IsPerson(Name name)
    {
        if (!name.IsLiteral) return true;
        var literal = name.Literal?.Trim() ?? "";
        if (literal.Length == 0) return false;
        if (ShortCjkName().IsMatch(literal)) return true;
        return FamilyWithInitials().IsMatch(literal);
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

    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}\p{IsHangulSyllables}\p{IsHiragana}\p{IsKatakana}·・]{2,5}$")]
    private static partial Regex ShortCjkName();

    [GeneratedRegex(@"^\p{Lu}[\p{L}'’\-]+(?: \p{Lu}[\p{L}'’\-]+)? (?:\p{Lu}\. ?){1,3}$")]
    private static partial Regex FamilyWithInitials();
}
