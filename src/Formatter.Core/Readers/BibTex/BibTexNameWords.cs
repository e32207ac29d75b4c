namespace Formatter.Core.Readers.BibTex;

/// <summary>Word-level helpers for BibTeX names: splitting at commas and spaces outside braces, and the case of a word.</summary>
internal static class BibTexNameWords
{
    /// <summary>The comma-separated parts of a name (brace depth 0), each split into words at whitespace and <c>~</c>.</summary>
    /// <remarks>The space after a control word (<c>\ss x</c>, <c>D\textquotesingle aspremont</c>) belongs to the command, as in TeX.</remarks>
    public static List<List<string>> SplitParts(string raw)
    {
        var parts = new List<List<string>> { new() };
        var word = new System.Text.StringBuilder();
        var depth = 0;
        var afterControlWord = false;
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (depth == 0 && (char.IsWhiteSpace(c) || c == '~') && !afterControlWord)
            {
                Flush(word, parts[^1]);
                continue;
            }
            if (depth == 0 && c == ',')
            {
                Flush(word, parts[^1]);
                parts.Add([]);
                afterControlWord = false;
                continue;
            }
            if (afterControlWord && char.IsWhiteSpace(c))
            {
                word.Append(c);
                continue;
            }
            afterControlWord = false;
            word.Append(c);
            if (c == '\\' && i + 1 < raw.Length)
            {
                var start = i + 1;
                var end = start;
                while (end < raw.Length && char.IsAsciiLetter(raw[end])) end++;
                if (end == start) end = start + 1;
                word.Append(raw, start, end - start);
                i = end - 1;
                afterControlWord = end > start && char.IsAsciiLetter(raw[start]);
            }
            else if (c == '{') depth++;
            else if (c == '}') depth = Math.Max(0, depth - 1);
        }
        Flush(word, parts[^1]);
        return parts;
    }

    /// <summary>True when the word is one brace group from its first to its last character (<c>{Acme Inc.}</c>).</summary>
    public static bool IsWholeGroup(string word)
    {
        if (word.Length < 2 || word[0] != '{' || word[^1] != '}') return false;
        var depth = 0;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (c == '\\') i++;
            else if (c == '{') depth++;
            else if (c == '}' && --depth == 0) return i == word.Length - 1;
        }
        return false;
    }

    /// <summary>
    /// True when the word starts in lower case, as BibTeX decides: the first letter outside braces, or inside a
    /// special-character group (<c>{\"o}</c>); a word starting with a plain brace group (<c>{von}</c>) is not lower case.
    /// </summary>
    public static bool IsLowerCase(string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (c == '{')
            {
                if (i + 1 < word.Length && word[i + 1] == '\\') return FirstLetterIsLower(LatexDecoder.Decode(word[i..]));
                return false;
            }
            if (c == '\\') return FirstLetterIsLower(LatexDecoder.Decode(word[i..]));
            if (char.IsLetter(c)) return char.IsLower(c);
        }
        return false;
    }

    private static bool FirstLetterIsLower(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c)) return char.IsLower(c);
        }
        return false;
    }

    private static void Flush(System.Text.StringBuilder word, List<string> into)
    {
        if (word.Length == 0) return;
        into.Add(word.ToString());
        word.Clear();
    }
}
