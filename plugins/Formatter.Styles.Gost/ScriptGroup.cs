namespace Formatter.Styles.Gost;

/// <summary>The alphabet runs of a GOST list (ГОСТ Р 7.0.11-2011, 5.6.4, 5.6.7): Cyrillic, Latin, then the rest.</summary>
public static class ScriptGroup
{
    /// <summary>0 for Cyrillic, 1 for Latin, 2 for any other script; decided by the first letter of the text.</summary>
    public static int Of(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsLetter(c)) continue;
            if (c is >= '\u0400' and <= '\u052F') return 0;
            if (c < '\u0250' || c is >= '\u1E00' and <= '\u1EFF') return 1;
            return 2;
        }
        return 2;
    }
}
