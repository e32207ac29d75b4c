using Formatter.Core.Text;

namespace Formatter.Core.Text.Language;

/// <summary>
/// Decides the script of a string by the majority of its letters. Markup markers and span tags
/// (<see cref="Markup"/>) are skipped; digits, punctuation and combining marks do not count.
/// </summary>
internal static class ScriptDetector
{
    /// <summary>The dominant script; <see cref="Script.Other"/> for null, empty or letter-less text.</summary>
    public static Script Detect(string? text) => Count(text).Dominant;

    /// <summary>Letter counts per script.</summary>
    public static ScriptCounts Count(string? text)
    {
        if (string.IsNullOrEmpty(text)) return default;
        int latin = 0, cyrillic = 0, han = 0, kana = 0, hangul = 0, greek = 0, arabic = 0, hebrew = 0, other = 0;
        var inTag = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x80 && !inTag)
            {
                // A run of ASCII (most of a Latin title) holds no markers: its letters are counted at once.
                var rest = text.AsSpan(i);
                var run = rest.IndexOfAnyExceptInRange('\0', '\u007F');
                if (run < 0) run = rest.Length;
                latin += AsciiLetters.Count(rest[..run]);
                i += run - 1;
                continue;
            }
            if (c == Markup.Open) { inTag = true; continue; }
            if (c == Markup.TagEnd) { inTag = false; continue; }
            if (inTag || c == Markup.Close) continue;
            if (c < 0x80)
            {
                if ((uint)((c | 0x20) - 'a') <= 'z' - 'a') latin++;
                continue;
            }
            if (char.IsHighSurrogate(c))
            {
                // Planes 2 and 3 hold the CJK extensions; anything else astral counts as "other" if it is a letter.
                if (c is >= '\uD840' and <= '\uD8BF') han++;
                else if (i + 1 < text.Length && char.IsLetter(text, i)) other++;
                i++;
                continue;
            }
            switch (Classify(c))
            {
                case Script.Latin: latin++; break;
                case Script.Cyrillic: cyrillic++; break;
                case Script.Greek: greek++; break;
                case Script.Arabic: arabic++; break;
                case Script.Hebrew: hebrew++; break;
                case Script.Cjk:
                    if (c is >= '\u3040' and <= '\u30FF' or >= '\u31F0' and <= '\u31FF' or >= '\uFF66' and <= '\uFF9F') kana++;
                    else if (c is >= '\uAC00' and <= '\uD7AF' or >= '\u1100' and <= '\u11FF' or >= '\u3130' and <= '\u318F') hangul++;
                    else han++;
                    break;
                default:
                    if (char.IsLetter(c)) other++;
                    break;
            }
        }
        return new ScriptCounts(latin, cyrillic, han, kana, hangul, greek, arabic, hebrew, other);
    }

    /// <summary>The script of one BMP letter; <see cref="Script.Other"/> for non-letters and other scripts.</summary>
    public static Script Classify(char c)
    {
        if (c < 0x80) return (uint)((c | 0x20) - 'a') <= 'z' - 'a' ? Script.Latin : Script.Other;
        return c switch
        {
            '\u00D7' or '\u00F7' => Script.Other,
            >= '\u00C0' and <= '\u024F' or >= '\u1E00' and <= '\u1EFF' or >= '\u2C60' and <= '\u2C7F'
                or >= '\uA720' and <= '\uA7FF' or >= '\uFF21' and <= '\uFF3A' or >= '\uFF41' and <= '\uFF5A' => Script.Latin,
            >= '\u0370' and <= '\u03FF' or >= '\u1F00' and <= '\u1FFF' => IsLetterOr(c, Script.Greek),
            >= '\u0400' and <= '\u052F' or >= '\u1C80' and <= '\u1C8F' or >= '\u2DE0' and <= '\u2DFF'
                or >= '\uA640' and <= '\uA69F' => IsLetterOr(c, Script.Cyrillic),
            >= '\u0590' and <= '\u05FF' or >= '\uFB1D' and <= '\uFB4F' => IsLetterOr(c, Script.Hebrew),
            >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\u08A0' and <= '\u08FF'
                or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF' => IsLetterOr(c, Script.Arabic),
            >= '\u3040' and <= '\u30FF' or >= '\u31F0' and <= '\u31FF' or >= '\uFF66' and <= '\uFF9F'
                or >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF'
                or >= '\uAC00' and <= '\uD7AF' or >= '\u1100' and <= '\u11FF' or >= '\u3130' and <= '\u318F' => IsLetterOr(c, Script.Cjk),
            _ => Script.Other,
        };
    }

    private static Script IsLetterOr(char c, Script script) => char.IsLetter(c) ? script : Script.Other;
}
