using Formatter.Records;

namespace Formatter.Core.Readers.BibTex;

/// <summary>
/// Splits a BibTeX name field at <c>and</c> (brace depth 0) and each name into First, von, Last and Jr parts as BibTeX
/// does: <c>First von Last</c>, <c>von Last, First</c>, <c>von Last, Jr, First</c>. A name that is one brace group
/// (<c>{World Health Organization}</c>) is a literal. <c>and others</c> ends the list with an "et al." flag.
/// </summary>
/// <remarks>
/// One deliberate change to BibTeX's rule: in the comma-less form a lower-case word starts the von part only when it
/// is a known particle (<see cref="NameParticles"/>), so "American Rights at Work" and the all-lower-case
/// "sudhin jacob" keep "at"/"sudhin" in the given name rather than making them particles.
/// </remarks>
internal static class BibTexNameParser
{
    /// <summary>Parses the raw (LaTeX) value of a name field.</summary>
    public static BibTexNameList Parse(string raw)
    {
        var names = new List<Name>();
        var andOthers = false;
        foreach (var part in SplitNames(raw))
        {
            var trimmed = part.Trim();
            if (trimmed.Length == 0) continue;
            if (trimmed.Equals("others", StringComparison.OrdinalIgnoreCase))
            {
                andOthers = true;
                continue;
            }
            if (ParseName(trimmed) is { } name) names.Add(name);
        }
        return new BibTexNameList(names, andOthers);
    }

    /// <summary>The names of a list: split at whitespace-<c>and</c>-whitespace outside braces.</summary>
    internal static List<string> SplitNames(string raw)
    {
        var names = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c == '\\') i++;
            else if (c == '{') depth++;
            else if (c == '}') depth = Math.Max(0, depth - 1);
            else if (depth == 0 && char.IsWhiteSpace(c) && IsAndAt(raw, i + 1))
            {
                names.Add(raw[start..i]);
                i += 4;
                start = i;
            }
        }
        names.Add(raw[start..]);
        return names;
    }

    private static bool IsAndAt(string raw, int i) =>
        i + 4 <= raw.Length && string.Compare(raw, i, "and", 0, 3, StringComparison.OrdinalIgnoreCase) == 0 && char.IsWhiteSpace(raw[i + 3]);

    private static Name? ParseName(string raw)
    {
        var parts = BibTexNameWords.SplitParts(raw);
        var head = parts[0];
        if (parts.Count == 1)
        {
            if (head.Count == 0) return null;
            if (head.Count == 1) return BibTexNameWords.IsWholeGroup(head[0]) ? Literal(head[0]) : Build(null, null, Join(head), null);
            return FirstVonLast(head);
        }
        var first = parts.Count == 2 ? Join(parts[1]) : JoinParts(parts.Skip(2));
        var jr = parts.Count >= 3 ? Join(parts[1]) : null;
        if (head.Count == 1 && BibTexNameWords.IsWholeGroup(head[0]) && first is null && jr is null) return Literal(head[0]);
        var vonEnd = -1;
        for (var i = 0; i < head.Count - 1 && BibTexNameWords.IsLowerCase(head[i]); i++) vonEnd = i;
        return Build(first, Join(head.Take(vonEnd + 1).ToList()), Join(head.Skip(vonEnd + 1).ToList()), jr);
    }

    private static Name? FirstVonLast(List<string> words)
    {
        var vonStart = -1;
        for (var i = 0; i < words.Count - 1; i++)
        {
            if (BibTexNameWords.IsLowerCase(words[i]) && NameParticles.IsParticle(LatexDecoder.Decode(words[i])))
            {
                vonStart = i;
                break;
            }
        }
        if (vonStart < 0) return Build(Join(words[..^1]), null, Join([words[^1]]), null);
        var vonEnd = vonStart;
        while (vonEnd + 1 < words.Count - 1 && BibTexNameWords.IsLowerCase(words[vonEnd + 1])) vonEnd++;
        return Build(Join(words[..vonStart]), Join(words[vonStart..(vonEnd + 1)]), Join(words[(vonEnd + 1)..]), null);
    }

    private static Name? Build(string? given, string? particle, string? family, string? suffix)
    {
        if (family is null) return given is null ? null : Name.FromLiteral(given);
        return new Name { Family = family, Given = given, NonDroppingParticle = particle, Suffix = suffix };
    }

    private static string? JoinParts(IEnumerable<List<string>> parts)
    {
        var text = string.Join(", ", parts.Select(Join).OfType<string>());
        return text.Length == 0 ? null : text;
    }

    private static Name Literal(string group) => Name.FromLiteral(Clean(LatexDecoder.Decode(group[1..^1])));

    private static string? Join(List<string> words)
    {
        if (words.Count == 0) return null;
        var text = Clean(LatexDecoder.Decode(string.Join(' ', words)));
        return text.Length == 0 ? null : text;
    }

    private static string Clean(string text) => text.Replace('\u00A0', ' ').Replace(" ,", ",", StringComparison.Ordinal).Trim();
}
