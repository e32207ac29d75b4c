namespace Formatter.Cli.Commands;

/// <summary>Expands the file and folder arguments of <c>format</c> into input files, in a stable order.</summary>
public static class InputCollector
{
    private static readonly HashSet<string> Extensions = new(StringComparer.OrdinalIgnoreCase) { ".txt", ".json", ".bib", ".bibtex", ".ris", ".csljson" };

    /// <summary>
    /// Files as given; folders expanded to their readable files (sorted by name, not recursive). A path that names
    /// nothing is kept as a file: reading it reports "file not found" with its name, and the other inputs are still
    /// formatted (exit code 1, not a usage error that would lose them all).
    /// </summary>
    public static IReadOnlyList<string> Collect(IEnumerable<string> arguments)
    {
        var files = new List<string>();
        foreach (var argument in arguments)
        {
            if (Directory.Exists(argument))
                files.AddRange(Directory.EnumerateFiles(argument).Where(f => Extensions.Contains(Path.GetExtension(f))).Order(StringComparer.Ordinal));
            else
                files.Add(argument);
        }
        return files;
    }
}
