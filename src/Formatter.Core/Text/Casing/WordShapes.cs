using Formatter.Core.Text.Punctuation;

namespace Formatter.Core.Text.Casing;

/// <summary>Classifies and changes the case of visible ranges.</summary>
internal static class WordShapes
{
    /// <summary>The <see cref="WordShape"/> of the visible range [start, end).</summary>
    public static WordShape Of(VisibleText text, int start, int end)
    {
        var letters = 0;
        var upper = 0;
        var lower = 0;
        var upperAfterFirst = false;
        var chars = text.Chars;
        for (var i = start; i < end; i++)
        {
            var c = chars[i];
            if (c < '\u0080')
            {
                // ASCII, the most of a title, at the cost of a comparison or two.
                if (char.IsAsciiDigit(c)) return WordShape.Other;
                if (char.IsAsciiLetterLower(c)) lower++;
                else if (char.IsAsciiLetterUpper(c))
                {
                    upper++;
                    if (letters > 0) upperAfterFirst = true;
                }
                else continue;
                letters++;
                continue;
            }
            if (char.IsDigit(c)) return WordShape.Other;
            if (!char.IsLetter(c)) continue;
            if (!IsLatin(c)) return WordShape.Other;
            if (char.IsUpper(c))
            {
                upper++;
                if (letters > 0) upperAfterFirst = true;
            }
            else if (char.IsLower(c)) lower++;
            letters++;
        }
        if (letters == 0) return WordShape.Other;
        if (lower == 0 && upper > 0) return letters >= 2 ? WordShape.AllCaps : WordShape.Capitalized;
        if (upperAfterFirst) return WordShape.Mixed;
        return upper == 0 ? WordShape.Lower : WordShape.Capitalized;
    }

    /// <summary>Basic Latin, Latin-1, Latin Extended-A/B and Latin Extended Additional letters.</summary>
    private static bool IsLatin(char c) => c <= '\u024F' || c is >= '\u1E00' and <= '\u1EFF';

    /// <summary>True when any character of the range lies in a <c>nocase</c> span.</summary>
    public static bool IsProtected(VisibleText text, int start, int end)
    {
        for (var i = start; i < end; i++) if (text.IsProtected(i)) return true;
        return false;
    }

    /// <summary>Upper-cases the first letter of the range.</summary>
    public static void CapitalizeFirst(VisibleText text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!char.IsLetter(text[i])) continue;
            text.Set(i, char.ToUpperInvariant(text[i]));
            return;
        }
    }

    /// <summary>Lower-cases every letter of the range.</summary>
    public static void Lower(VisibleText text, int start, int end)
    {
        for (var i = start; i < end; i++) text.Set(i, char.ToLowerInvariant(text[i]));
    }
}
