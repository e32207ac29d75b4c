namespace Formatter.Styles.Gost;

/// <summary>
/// GOST title punctuation (guide §4, §14): a stored <c>Title: Subtitle</c> becomes <c>Title : subtitle</c>. The first
/// letter of the other title information is lowered when its first word is an ordinary capitalised word
/// (<c>A</c>, <c>Water</c>); acronyms and words with inner capitals keep their case.
/// </summary>
public static class GostTitle
{
    /// <summary>Applies the rule to a title (which may hold neutral markup; markers are never touched).</summary>
    public static string Format(string? title)
    {
        if (string.IsNullOrEmpty(title)) return "";
        var builder = new System.Text.StringBuilder(title.Length + 8);
        var i = 0;
        var depth = 0;
        while (i < title.Length)
        {
            var c = title[i];
            if (c is '(' or '[') depth++;
            else if (c is ')' or ']' && depth > 0) depth--;
            if (c == ':' && depth == 0 && i + 1 < title.Length && title[i + 1] == ' ' && i > 0 && title[i - 1] != ' ')
            {
                builder.Append(" : ");
                i += 2;
                LowerFirstWord(title, ref i, builder);
                continue;
            }
            builder.Append(c);
            i++;
        }
        return builder.ToString();
    }

    private static void LowerFirstWord(string title, ref int i, System.Text.StringBuilder builder)
    {
        var end = i;
        while (end < title.Length && char.IsLetter(title[end])) end++;
        if (end == i) return;
        var word = title.AsSpan(i, end - i);
        var ordinary = char.IsUpper(word[0]) && (word.Length == 1 || !HasUpper(word[1..]));
        if (ordinary && !(word.Length == 1 && word[0] == 'I'))
        {
            builder.Append(char.ToLowerInvariant(word[0]));
            i++;
        }
    }

    private static bool HasUpper(ReadOnlySpan<char> text)
    {
        foreach (var c in text) if (char.IsUpper(c)) return true;
        return false;
    }
}
