using System.Text;

namespace Formatter.Core.Readers;

/// <summary>Whitespace clean-up shared by the readers.</summary>
internal static class Whitespace
{
    /// <summary>Trims and collapses runs of spaces, tabs and line breaks to one space; a no-break space is kept as it is.</summary>
    public static string Collapse(string text)
    {
        if (IsCollapsed(text)) return text;
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (c is ' ' or '\t' or '\r' or '\n' or '\f' or '\v' or '\u2028' or '\u2029')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace) builder.Append(' ');
            pendingSpace = false;
            builder.Append(c);
        }
        return builder.ToString();
    }

    private static bool IsCollapsed(string text)
    {
        if (text.Length == 0) return true;
        if (text[0] == ' ' || text[^1] == ' ') return false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\t' or '\r' or '\n' or '\f' or '\v' or '\u2028' or '\u2029') return false;
            if (c == ' ' && text[i - 1] == ' ') return false;
        }
        return true;
    }
}
