namespace Formatter.Core.Readers.Seed;

/// <summary>A catalogue page split into its title and labelled rows, before any value is interpreted.</summary>
internal sealed class SeedDocument(string title, int titleLine)
{
    public string Title { get; } = title;

    public int TitleLine { get; } = titleLine;

    /// <summary>The rows in page order (first occurrences only; duplicates are reported and dropped).</summary>
    public List<SeedField> Fields { get; } = [];

    /// <summary>The first data row of a kind, or null.</summary>
    public SeedField? Find(SeedFieldKind kind) => Fields.FirstOrDefault(f => f.Kind == kind);
}
