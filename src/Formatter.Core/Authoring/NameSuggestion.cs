namespace Formatter.Core.Authoring;

/// <summary>The known name closest to a misspelt one (<c>pubisher</c> → <c>publisher</c>), for "did you mean" hints.</summary>
internal static class NameSuggestion
{
    /// <summary>
    /// The candidate nearest to <paramref name="name"/> by edits (insertions, deletions, substitutions, swaps of two
    /// neighbours), when it is within a third of the name's length and at most 3 edits; else the one candidate that begins
    /// with the name or that the name begins with; null when none is that close.
    /// </summary>
    public static string? Closest(string name, IEnumerable<string> candidates)
    {
        // A name of one or two letters is too short for any edit to say what was meant.
        if (name.Length < 3) return null;
        var limit = Math.Min(3, Math.Max(1, name.Length / 3));
        string? best = null;
        var bestDistance = limit + 1;
        foreach (var candidate in candidates)
        {
            if (Math.Abs(candidate.Length - name.Length) >= bestDistance || candidate == name) continue;
            var distance = Distance(name, candidate);
            if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        if (best is not null) return best;
        // A shortened or lengthened name (`pass` for `passes`) is too many edits away but plainly meant.
        var prefixed = candidates.Where(c => c.Length >= 3 && (c.StartsWith(name, StringComparison.Ordinal) || name.StartsWith(c, StringComparison.Ordinal))).Take(2).ToList();
        return prefixed.Count == 1 ? prefixed[0] : null;
    }

    /// <summary>The optimal string alignment distance of two names.</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
