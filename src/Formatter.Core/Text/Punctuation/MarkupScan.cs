namespace Formatter.Core.Text.Punctuation;

/// <summary>Allocation-free look-ups on marked-up strings: the visible characters, seen through markers and tags.</summary>
internal static class MarkupScan
{
    /// <summary>The index of the last visible character, skipping closing markers and empty spans; -1 when none.</summary>
    public static int LastVisibleIndex(string value)
    {
        var i = value.Length - 1;
        while (i >= 0)
        {
            var c = value[i];
            if (c == Markup.Close || c == Markup.Open) { i--; continue; }
            if (c == Markup.TagEnd)
            {
                // The tag text lies between the span's Open and this TagEnd: skip it.
                i = value.LastIndexOf(Markup.Open, i) - 1;
                continue;
            }
            return i;
        }
        return -1;
    }

    /// <summary>The last visible character, or '\0'.</summary>
    public static char LastVisibleChar(string value)
    {
        var i = LastVisibleIndex(value);
        return i < 0 ? '\0' : value[i];
    }

    /// <summary>True when the string is null or has no visible character other than white space.</summary>
    public static bool IsBlank(string? value)
    {
        if (string.IsNullOrEmpty(value)) return true;
        var inTag = false;
        foreach (var c in value)
        {
            if (c == Markup.Open) inTag = true;
            else if (c == Markup.TagEnd) inTag = false;
            else if (c != Markup.Close && !inTag && !char.IsWhiteSpace(c)) return false;
        }
        return true;
    }

    /// <summary>True for a period, question mark, exclamation mark or ellipsis: a mark that already ends a sentence.</summary>
    public static bool EndsSentence(char c) => c is '.' or '?' or '!' or '\u2026';

    /// <summary>True for a comma, semicolon or colon: a mark that a following period replaces.</summary>
    public static bool IsWeakMark(char c) => c is ',' or ';' or ':';
}
