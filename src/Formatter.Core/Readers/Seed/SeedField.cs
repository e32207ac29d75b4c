namespace Formatter.Core.Readers.Seed;

/// <summary>A labelled row: its label, meaning, section and value lines (the first one, then continuation lines).</summary>
internal sealed class SeedField(string label, SeedFieldKind kind, SeedSection section, int line)
{
    public string Label { get; } = label;

    public SeedFieldKind Kind { get; } = kind;

    public SeedSection Section { get; } = section;

    /// <summary>The line of the label.</summary>
    public int Line { get; } = line;

    /// <summary>The value lines, blank ones left out.</summary>
    public List<SeedLine> Values { get; } = [];

    /// <summary>The first value line, or an empty string.</summary>
    public string First => Values.Count > 0 ? Values[0].Text : "";

    /// <summary>All value lines joined by a space.</summary>
    public string Joined => string.Join(" ", Values.Select(v => v.Text));
}
