namespace Formatter.Core.Readers.Seed;

/// <summary>
/// Parses the TueFind/IxTheo row <c>Year: 2021, Volume: 40, Issue: 4, Pages: 329-343</c> into its parts. A key is
/// one of the five names below in any letter case, then optional white space and a colon; its value runs to the next
/// <c>, KEY:</c> or to the end of the line. (Hand-written: as a case-insensitive regular expression, the key list
/// became a multi-string search table built for every run that reads any catalogue page.)
/// </summary>
internal static class SeedIxTheoDetails
{
    private static readonly string[] Keys = ["year", "volume", "issue", "pages", "number"];

    /// <summary>The parts by lowercase key (<c>year</c>, <c>volume</c>, <c>issue</c>, <c>pages</c>), from the value after <c>Year:</c>.</summary>
    public static Dictionary<string, string> Parse(string valueAfterYear)
    {
        var parts = new Dictionary<string, string>(StringComparer.Ordinal);
        var text = "Year: " + valueAfterYear;
        var at = 0;
        while (NextKey(text, at, out var key, out var valueStart))
        {
            var end = ValueEnd(text, valueStart);
            var value = text[valueStart..end].Trim().TrimEnd(',').Trim();
            if (value.Length > 0) parts.TryAdd(key, value);
            at = end;
        }
        return parts;
    }

    // The first key at or after `from` that is followed by optional white space and a colon.
    private static bool NextKey(string text, int from, out string key, out int valueStart)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (KeyAt(text, i) is not { } found) continue;
            var colon = SkipSpace(text, i + found.Length);
            if (colon >= text.Length || text[colon] != ':') continue;
            key = found;
            valueStart = colon + 1;
            return true;
        }
        key = "";
        valueStart = 0;
        return false;
    }

    // Where a value ends: before `, KEY :` or at the end of the line.
    private static int ValueEnd(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (text[i] == '\n') return i;
            if (text[i] != ',') continue;
            var next = SkipSpace(text, i + 1);
            if (KeyAt(text, next) is { } key && SkipSpace(text, next + key.Length) is var colon && colon < text.Length && text[colon] == ':')
                return i;
        }
        return text.Length;
    }

    private static string? KeyAt(string text, int at)
    {
        foreach (var key in Keys)
        {
            if (at + key.Length > text.Length) continue;
            var match = true;
            for (var k = 0; k < key.Length && match; k++)
            {
                var c = text[at + k];
                match = (c is >= 'A' and <= 'Z' ? (char)(c + ('a' - 'A')) : c) == key[k];
            }
            if (match) return key;
        }
        return null;
    }

    private static int SkipSpace(string text, int at)
    {
        while (at < text.Length && char.IsWhiteSpace(text[at])) at++;
        return at;
    }
}
