namespace Formatter.Core.Text.Language;

/// <summary>How many letters of each script a string holds (markup markers and tags not counted).</summary>
internal readonly record struct ScriptCounts(int Latin, int Cyrillic, int Han, int Kana, int Hangul, int Greek, int Arabic, int Hebrew, int Other)
{
    /// <summary>Chinese characters, kana and hangul together.</summary>
    public int Cjk => Han + Kana + Hangul;

    /// <summary>All letters counted.</summary>
    public int Letters => Latin + Cyrillic + Cjk + Greek + Arabic + Hebrew + Other;

    /// <summary>
    /// The script with the most letters; ties go to the earlier member of <see cref="Script"/> (Latin first).
    /// <see cref="Script.Other"/> when there are no letters.
    /// </summary>
    public Script Dominant
    {
        get
        {
            var best = Script.Other;
            var bestCount = Other;
            Consider(Script.Hebrew, Hebrew, ref best, ref bestCount);
            Consider(Script.Arabic, Arabic, ref best, ref bestCount);
            Consider(Script.Greek, Greek, ref best, ref bestCount);
            Consider(Script.Cjk, Cjk, ref best, ref bestCount);
            Consider(Script.Cyrillic, Cyrillic, ref best, ref bestCount);
            Consider(Script.Latin, Latin, ref best, ref bestCount);
            return best;
        }
    }

    private static void Consider(Script script, int count, ref Script best, ref int bestCount)
    {
        if (count > 0 && count >= bestCount)
        {
            best = script;
            bestCount = count;
        }
    }
}
