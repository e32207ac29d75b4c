namespace Formatter.Styles.Apa;

/// <summary>APA 7 §5 and §12: publisher names print without business designations (<c>Inc.</c>, <c>Ltd.</c>, <c>LLC</c>).</summary>
public static class PublisherName
{
    private static readonly string[] Designations =
    [
        ", Inc.", " Inc.", ", Inc", " Inc", ", LLC", " LLC", ", Ltd.", " Ltd.", ", Ltd", " Ltd",
        ", Co.", " Co.", ", Corp.", " Corp.", ", GmbH", " GmbH", ", S.A.", " S.A.", " Pty", " plc", " PLC",
    ];

    // The last characters of the designations: a name ending otherwise has none to drop (most names).
    private static readonly System.Buffers.SearchValues<char> LastCharacters =
        System.Buffers.SearchValues.Create(string.Concat(Designations.Select(d => d[^1]).Distinct()));

    /// <summary>Drops a trailing business designation; several publishers separated by <c>;</c> are each cleaned.</summary>
    public static string WithoutBusinessDesignation(string? publisher)
    {
        if (string.IsNullOrWhiteSpace(publisher)) return "";
        // One publisher (most records) needs no splitting and joining.
        if (!publisher.Contains(';')) return Clean(publisher.Trim());
        var parts = publisher.Split(';');
        for (var i = 0; i < parts.Length; i++) parts[i] = Clean(parts[i].Trim());
        return string.Join("; ", parts.Where(p => p.Length > 0));
    }

    private static string Clean(string name)
    {
        if (name.Length == 0 || !LastCharacters.Contains(name[^1])) return name;
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var designation in Designations)
            {
                if (name.Length > designation.Length && name.EndsWith(designation, StringComparison.Ordinal))
                {
                    name = name[..^designation.Length].TrimEnd();
                    changed = true;
                }
            }
        }
        return name;
    }
}
