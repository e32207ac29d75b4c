namespace Formatter.Styles.Apa;

/// <summary>
/// APA 7 §2: a publisher or site name that is the same as the group author is left out. Two names are the same when
/// they match ignoring letter case, a leading <c>The</c>, business designations and final punctuation.
/// </summary>
public static class NameMatch
{
    /// <summary>True when <paramref name="name"/> repeats <paramref name="author"/>.</summary>
    public static bool Same(string? name, string? author)
    {
        var a = Key(name);
        return a.Length > 0 && string.Equals(a, Key(author), StringComparison.OrdinalIgnoreCase);
    }

    private static readonly char[] FinalPunctuation = ['.', ',', ';', ':'];

    private static string Key(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return "";
        var text = PublisherName.WithoutBusinessDesignation(Visible(value)).Trim().TrimEnd(FinalPunctuation).Trim();
        if (text.StartsWith("The ", StringComparison.OrdinalIgnoreCase)) text = text[4..];
        return text;
    }

    /// <summary>The text without the formatter's private-use markup characters (U+E000–U+E002) and their tags.</summary>
    private static string Visible(string value)
    {
        if (value.AsSpan().IndexOfAnyInRange('\uE000', '\uE002') < 0) return value;
        var builder = new System.Text.StringBuilder(value.Length);
        var inTag = false;
        foreach (var c in value)
        {
            if (c == '\uE000') inTag = true;
            else if (c == '\uE001') inTag = false;
            else if (c != '\uE002' && !inTag) builder.Append(c);
        }
        return builder.ToString();
    }
}
