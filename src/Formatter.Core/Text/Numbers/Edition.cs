using System.Globalization;

namespace Formatter.Core.Text.Numbers;

/// <summary>Edition statements: <c>Fifth edition</c>, <c>5</c>, <c>5th</c>, <c>5th ed.</c>, <c>fifth</c> → <c>5th ed.</c>.</summary>
internal static class Edition
{
    private static readonly string[] OrdinalWords =
    [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
        "nineteenth", "twentieth",
    ];

    private static readonly string[] EditionWords = ["edition", "edn.", "edn", "ed.", "ed"];

    /// <summary>
    /// The edition in the short form of <paramref name="style"/>; text the rules do not recognise is returned trimmed,
    /// as stored. Null or blank gives "".
    /// </summary>
    public static string Normalize(string? edition, EditionStyle style)
    {
        if (string.IsNullOrWhiteSpace(edition)) return "";
        var stored = edition.Trim();
        if (style == EditionStyle.GostRussian) return NormalizeRussian(stored);
        var (number, revised, recognised) = Parse(stored);
        if (!recognised) return stored;
        if (revised && style != EditionStyle.Apa) return stored;
        if (number is null) return revised ? "Rev. ed." : stored;
        return Ordinals.English(number.Value) + (revised ? " rev. ed." : " ed.");
    }

    /// <summary>The edition number of an English or numeric statement (<c>Fifth edition</c> → 5), or null.</summary>
    public static int? Number(string? edition)
    {
        if (string.IsNullOrWhiteSpace(edition)) return null;
        var trimmed = edition.Trim();
        if (TryRussianNumber(trimmed, out var russian)) return russian;
        var (number, _, recognised) = Parse(trimmed);
        return recognised ? number : null;
    }

    /// <summary>
    /// Reads <c>[revised] &lt;number|ordinal|ordinal word&gt; [revised] [edition|ed.|edn]</c> or <c>revised [edition]</c>.
    /// </summary>
    private static (int? Number, bool Revised, bool Recognised) Parse(string stored)
    {
        var words = stored.ToLowerInvariant().Replace(',', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int? number = null;
        var revised = false;
        var sawEditionWord = false;
        foreach (var word in words)
        {
            if (sawEditionWord) return (null, false, false);
            if (EditionWords.Contains(word)) { sawEditionWord = true; continue; }
            if (word is "revised" or "rev." or "rev") { if (revised) return (null, false, false); revised = true; continue; }
            if (number is null && TryNumber(word, out var value)) { number = value; continue; }
            return (null, false, false);
        }
        return number is null && !revised ? (null, false, false) : (number, revised, true);
    }

    private static bool TryNumber(string word, out int value)
    {
        var index = Array.IndexOf(OrdinalWords, word);
        if (index >= 0) { value = index + 1; return true; }
        var digits = word.Length;
        while (digits > 0 && !char.IsAsciiDigit(word[digits - 1])) digits--;
        if (digits == 0 || !int.TryParse(word.AsSpan(0, digits), NumberStyles.None, CultureInfo.InvariantCulture, out value) || value <= 0)
        {
            value = 0;
            return false;
        }
        var suffix = word[digits..].TrimEnd('.');
        return suffix.Length == 0 || suffix == Ordinals.English(value)[^2..];
    }

    private static string NormalizeRussian(string stored) =>
        TryRussianNumber(stored, out var number) ? number.ToString(CultureInfo.InvariantCulture) + "-е изд." : stored;

    /// <summary><c>2</c>, <c>2-е</c>, <c>2-е изд.</c> → 2.</summary>
    private static bool TryRussianNumber(string stored, out int number)
    {
        var digits = 0;
        while (digits < stored.Length && char.IsAsciiDigit(stored[digits])) digits++;
        number = 0;
        if (digits == 0 || !int.TryParse(stored.AsSpan(0, digits), NumberStyles.None, CultureInfo.InvariantCulture, out number)) return false;
        var rest = stored[digits..].Trim();
        return rest is "" or "-е" or "-е изд." or "-е изд" or "-e" && number > 0;
    }
}
