namespace Formatter.Styles.Apa;

/// <summary>APA 7 §5 and §12: publisher names print without business designations (<c>Inc.</c>, <c>Ltd.</c>, <c>LLC</c>).</summary>
public static class PublisherName
{
    private static readonly string[] Designations =
    [
        ", Inc.", " Inc.", ", Inc", " Inc", ", LLC", " LLC", ", Ltd.", " Ltd.", ", Ltd", " Ltd",
        ", Co.", " Co.", ", Corp.", " Corp.", ", GmbH", " GmbH", ", S.A.", " S.A.", " Pty", " plc", " PLC",
    ];

    /// <summary>Drops a trailing business designation; several publishers separated by <c>;</c> are each cleaned.</summary>
    public static string WithoutBusinessDesignation(string? publisher)
    {
        if (string.IsNullOrWhiteSpace(publisher)) return "";
        var parts = publisher.Split(';');
        for (var i = 0; i < parts.Length; i++) parts[i] = Clean(parts[i].Trim());
        return string.Join("; ", parts.Where(p => p.Length > 0));
    }

    private static string Clean(string name)
    {
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
